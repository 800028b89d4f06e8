// Quote selectors: the exact text of a span with some context, and finding a span again from them when the text has changed.
//
// Offsets are UTF-16 code units, half-open, like `String.prototype.slice`. Context never cuts a surrogate pair.

/**
 * @import { Quote } from './types'
 * @typedef {{start: number, end: number, how: 'position' | 'quote' | 'context'}} Anchored where a quote was found, and how
 */

/** How many code units of context a quote keeps on each side. */
export const CONTEXT = 32;

/**
 * @param {number} c
 */
const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
/**
 * @param {number} c
 */
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The TextQuoteSelector fields for `text.slice(start, end)`: `{exact, prefix, suffix}`.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @returns {Quote}
 */
export function quoteAt(text, start, end, context = CONTEXT) {
  let from = Math.max(0, start - context);
  if (from > 0 && isLow(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to -= 1;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * How many characters `a` and `b` share at their ends (`fromEnd`) or starts.
 * @param {string} a
 * @param {string} b
 * @param {boolean} fromEnd
 */
function shared(a, b, fromEnd) {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Edit distance between two strings, or null when they are too long to compare cheaply.
 * @param {string} a
 * @param {string} b
 */
function distance(a, b, limit = 4000) {
  if (a.length * b.length > limit * limit) return null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    /** @type {number[]} */
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * Where the words changed: the stretch between the quote's prefix and suffix, if it still resembles `exact`.
 * @param {string} text
 * @param {Quote} quote
 * @param {number} near
 * @returns {Anchored | null}
 */
function byContext(text, { exact, prefix, suffix }, near) {
  const pre = prefix.slice(-16);
  const suf = suffix.slice(0, 16);
  if (!pre && !suf) return null;
  /** @type {number[]} */
  const starts = [];
  if (!prefix) starts.push(0);
  else if (pre.length >= 4) for (let i = text.indexOf(pre); i !== -1; i = text.indexOf(pre, i + 1)) starts.push(i + pre.length);
  const slack = Math.max(8, Math.ceil(exact.length / 2));
  /** @type {{start: number, end: number, far: number} | null} */
  let best = null;
  for (const s of starts) {
    let e = null;
    if (!suffix) e = text.length;
    else if (suf.length >= 4) {
      const j = text.indexOf(suf, s);
      if (j !== -1) e = j;
    }
    if (e === null || e <= s || Math.abs(e - s - exact.length) > slack) continue;
    const d = distance(text.slice(s, e), exact);
    if (d !== null && d > exact.length / 2) continue;
    const far = Math.abs(s - near);
    if (!best || far < best.far) best = { start: s, end: e, far };
  }
  return best && { start: best.start, end: best.end, how: 'context' };
}

/**
 * Finds a quoted span in `text`: at its old position `start` if the exact text is still there; else the occurrence of
 * the exact text whose surroundings best match the prefix and suffix (nearest the old position on a tie); else the
 * stretch between prefix and suffix if it still resembles the quote. Returns `{start, end, how}` or null.
 * @param {string} text
 * @param {Partial<Quote> & {start?: unknown}} quote
 * @returns {Anchored | null}
 */
export function anchor(text, { exact, prefix = '', suffix = '', start }) {
  if (typeof exact !== 'string' || !exact) return null;
  const at = typeof start === 'number' && Number.isInteger(start) ? start : null;
  const near = at ?? 0;
  if (at !== null && text.startsWith(exact, at)) return { start: at, end: at + exact.length, how: 'position' };
  /** @type {{i: number, fit: number, far: number} | null} */
  let best = null;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const before = text.slice(Math.max(0, i - prefix.length), i);
    const after = text.slice(i + exact.length, i + exact.length + suffix.length);
    const fit = shared(before, prefix, true) + shared(after, suffix, false);
    const far = Math.abs(i - near);
    if (!best || fit > best.fit || (fit === best.fit && far < best.far)) best = { i, fit, far };
  }
  if (best) return { start: best.i, end: best.i + exact.length, how: 'quote' };
  return byContext(text, { exact, prefix, suffix }, near);
}
