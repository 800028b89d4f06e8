// Draws marks over a rendered document by wrapping the text they cover in <mark> elements.
//
// The document is first rendered as one text node, so the DOM's text is exactly the annotated
// text. A mark that crosses the edge of another is split into several elements that share its
// `data-mark` id; nothing is ever parsed as HTML, so user text can't become markup.

import { piecesOf, textIndex } from './offsets.js';

/** Replaces the contents of `root` with `text`, as a single text node. */
export function renderText(root, text) {
  root.replaceChildren(root.ownerDocument.createTextNode(text));
}

function markElement(doc, mark, first, last) {
  const el = doc.createElement('mark');
  el.className = `m m-${mark.layer}${mark.kind ? ` k-${mark.kind}` : ''}`;
  // A mark's first and last pieces carry its opening and closing decorations.
  if (first) el.classList.add('m-first');
  if (last) el.classList.add('m-last');
  el.dataset.mark = mark.id;
  el.dataset.layer = mark.layer;
  if (mark.kind) el.dataset.kind = mark.kind;
  el.dataset.start = String(mark.start);
  el.dataset.end = String(mark.end);
  if (mark.why) el.title = mark.why;
  // Only a mark's first piece is a tab stop, so the keyboard visits each mark once.
  if (first) el.tabIndex = 0;
  return el;
}

/**
 * Wraps each mark's text under `root` in <mark> elements. `marks` must come outermost first for
 * equal starts (as `marksFromAnalysis` sorts them) so inner marks nest inside outer ones.
 */
export function drawMarks(root, marks) {
  const doc = root.ownerDocument;
  for (const mark of marks) {
    // Each wrap splits text nodes, so the index is rebuilt per mark; articles are small.
    const pieces = piecesOf(textIndex(root), mark.start, mark.end);
    pieces.forEach(({ node, from, to }, i) => {
      let target = node;
      if (from > 0) target = target.splitText(from);
      if (to - from < target.data.length) target.splitText(to - from);
      const el = markElement(doc, mark, i === 0, i === pieces.length - 1);
      target.replaceWith(el);
      el.append(target);
    });
  }
}

/** The ids of the marks at an element, innermost first (the clicked mark and those around it). */
export function marksAt(root, element) {
  const ids = [];
  for (let n = element; n && n !== root; n = n.parentNode) {
    if (n.dataset?.mark && !ids.includes(n.dataset.mark)) ids.push(n.dataset.mark);
  }
  return ids;
}

/** Every element drawn for the mark `id`, in document order. */
export function elementsOf(root, id) {
  return [...root.querySelectorAll('mark[data-mark]')].filter((el) => el.dataset.mark === id);
}
