// The blocks an article is drawn in, and which annotations each block holds. Pure, so it runs in Node's tests.
//
// A block runs from the start of a line to the end of the run of line breaks that closes it ("A paragraph.\n\n"), so
// drawing each block as a box of its own lays the text out exactly as one pre-wrapped run of text would: a block ends
// only where the text already breaks its line, and a line break at the very end of a box opens no new line. Offsets
// are UTF-16 code units, half-open, like every offset in the page.

/** @import { Annotation, Span } from './types' */

/**
 * `[{start, end}]` tiling `text` in order, each ending after a run of line breaks (the last at the end of the text); one empty block for an empty text.
 * @param {string} text
 * @returns {Span[]}
 */
export function blocksOf(text) {
  /** @type {Span[]} */
  const blocks = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    while (end < text.length && text[end] === '\n') end++;
    blocks.push({ start, end });
    start = end;
  }
  if (!blocks.length) blocks.push({ start: 0, end: 0 });
  return blocks;
}

/**
 * The index of the block that holds `offset` (the last block for an offset at or past the end).
 * @param {Span[]} blocks
 * @param {number} offset
 */
export function blockAt(blocks, offset) {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Whether an annotation can be drawn on a text of `length` units: not empty, and inside the text.
 * @param {Span} a
 * @param {number} length
 */
export const drawable = (a, length) => a.start >= 0 && a.end > a.start && a.end <= length;

/**
 * For each block, the drawable annotations that overlap it, in the order given (so two lists made from the same
 * store compare element by element). An annotation over several blocks is in each of their lists.
 * @template {Span} A
 * @param {Span[]} blocks
 * @param {A[]} annotations
 * @param {number} length
 * @returns {A[][]}
 */
export function annotationsByBlock(blocks, annotations, length) {
  const lists = blocks.map(() => /** @type {A[]} */ ([]));
  for (const a of annotations) {
    if (!drawable(a, length)) continue;
    for (let i = blockAt(blocks, a.start); i < blocks.length && blocks[i].start < a.end; i++) lists[i].push(a);
  }
  return lists;
}

/**
 * How a block's list of annotations changed: 'same' (the same objects), 'fields' (the same marks in the same places, some with new fields) or 'marks'.
 * @param {Annotation[]} before
 * @param {Annotation[]} after
 * @returns {'same' | 'fields' | 'marks'}
 */
export function blockChange(before, after) {
  if (before.length !== after.length) return 'marks';
  let same = true;
  for (let k = 0; k < after.length; k++) {
    const [b, a] = [before[k], after[k]];
    if (a === b) continue;
    same = false;
    if (a.id !== b.id || a.start !== b.start || a.end !== b.end || a.type !== b.type) return 'marks';
  }
  return same ? 'same' : 'fields';
}
