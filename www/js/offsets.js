// Converts between offsets into a document's text and points in the DOM that shows it.
//
// Offsets count UTF-16 code units, like `String.prototype.slice` and the spans the wasm core
// returns to the browser, and are half-open (`start` inclusive, `end` exclusive). The text of a
// rendered document is the concatenation of the text nodes under its root, in document order;
// elements (marks) may split it into many nodes but never add or drop characters.
//
// Everything here except `rangeFromOffsets` needs only `nodeType`, `childNodes`, `parentNode` and
// `data`, so it runs on plain objects in Node's tests as well as on a real DOM.

const TEXT_NODE = 3;

/**
 * A node as this module reads it: a DOM node, or a hand-built object shaped like one.
 * @typedef {{nodeType: number, childNodes: Iterable<TreeNode>, parentNode: TreeNode | null, data?: string}} TreeNode
 * @typedef {{node: TreeNode, start: number, end: number}} IndexEntry a text node and the offsets it covers
 */

/**
 * Lists the text nodes under `root` in document order with the offsets they cover:
 * `[{node, start, end}]`, contiguous from 0 to the length of the text.
 * @param {TreeNode} root
 */
export function textIndex(root) {
  /** @type {IndexEntry[]} */
  const index = [];
  let pos = 0;
  /** @param {TreeNode} node */
  const visit = (node) => {
    if (node.nodeType === TEXT_NODE) {
      const end = pos + (node.data ?? '').length;
      index.push({ node, start: pos, end });
      pos = end;
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return index;
}

/**
 * The length of the text an index covers.
 * @param {IndexEntry[]} index
 */
export function textLength(index) {
  return index.length ? index[index.length - 1].end : 0;
}

/**
 * The DOM point `{node, offset}` for a text offset. At the border between two text nodes the
 * point is put in the later node when it starts a range (`side = 'start'`) and in the earlier one
 * when it ends a range (`side = 'end'`), so a range never reaches into a neighbour it does not
 * cover. Offsets outside the text are clamped. Returns null for an empty document.
 * @param {IndexEntry[]} index
 * @param {number} offset
 * @param {'start' | 'end'} [side]
 * @returns {{node: TreeNode, offset: number} | null}
 */
export function pointAt(index, offset, side = 'start') {
  if (!index.length) return null;
  const at = Math.max(0, Math.min(offset, textLength(index)));
  // First entry that could hold `at`: for a start, the first with end > at (empty nodes skipped);
  // for an end, the first with end >= at.
  let lo = 0;
  let hi = index.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = index[mid];
    if (side === 'start' ? e.end > at : e.end >= at) hi = mid;
    else lo = mid + 1;
  }
  const e = index[lo];
  return { node: e.node, offset: Math.max(0, at - e.start) };
}

/**
 * Whether `node` is `ancestor` or lies inside it.
 * @param {TreeNode | null} node
 * @param {TreeNode} ancestor
 */
function within(node, ancestor) {
  for (let n = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * The text offset of a DOM point under `root`: a text node and a character offset, or an
 * element and a child index (as in `Range` and `Selection`). Returns null for a point outside root.
 * @param {TreeNode} root
 * @param {TreeNode} node
 * @param {number} offset
 * @returns {number | null}
 */
export function offsetOfPoint(root, node, offset) {
  if (!within(node, root)) return null;
  if (node.nodeType === TEXT_NODE) {
    const e = textIndex(root).find((x) => x.node === node);
    return e ? e.start + Math.min(offset, (node.data ?? '').length) : null;
  }
  // An element point sits before its child number `offset`: count the text before that child.
  let count = 0;
  let done = false;
  /** @param {TreeNode} n */
  const visit = (n) => {
    if (done) return;
    if (n === node) {
      const kids = [...n.childNodes].slice(0, offset);
      for (const k of kids) count += textLength(textIndex(k));
      done = true;
      return;
    }
    if (n.nodeType === TEXT_NODE) count += (n.data ?? '').length;
    else for (const child of n.childNodes) visit(child);
  };
  visit(root);
  return count;
}

/**
 * The `{start, end}` text offsets a DOM `Range` (or any `{startContainer, …}`) covers under root.
 * @param {TreeNode} root
 * @param {{startContainer: TreeNode, startOffset: number, endContainer: TreeNode, endOffset: number}} range
 */
export function offsetsFromRange(root, range) {
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start, end };
}

/**
 * A DOM `Range` over text offsets `start..end` under `root`; null if the document is empty.
 * @param {Node} root
 * @param {number} start
 * @param {number} end
 * @param {IndexEntry[]} [index]
 */
export function rangeFromOffsets(root, start, end, index = textIndex(root)) {
  const a = pointAt(index, start, 'start');
  const b = pointAt(index, Math.max(start, end), 'end');
  if (!a || !b) return null;
  const range = (root.ownerDocument ?? document).createRange();
  // The index was made from `root`, a DOM node, so its nodes are DOM nodes.
  range.setStart(/** @type {Node} */ (/** @type {unknown} */ (a.node)), a.offset);
  range.setEnd(/** @type {Node} */ (/** @type {unknown} */ (b.node)), b.offset);
  return range;
}

/**
 * The pieces of the text nodes that `start..end` covers: `[{node, from, to}]` with offsets inside
 * each node, skipping empty pieces. What a highlighter wraps.
 * @param {IndexEntry[]} index
 * @param {number} start
 * @param {number} end
 */
export function piecesOf(index, start, end) {
  /** @type {{node: TreeNode, from: number, to: number}[]} */
  const pieces = [];
  for (const e of index) {
    if (e.end <= start) continue;
    if (e.start >= end) break;
    const from = Math.max(start, e.start) - e.start;
    const to = Math.min(end, e.end) - e.start;
    if (to > from) pieces.push({ node: e.node, from, to });
  }
  return pieces;
}
