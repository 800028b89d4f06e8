// Draws a stretch of the article with its annotations: one pass over the text, wrapping each annotation's words in
// <mark> elements. (Which stretches, and when, is article-drawing.js's job.)
//
// The text is only ever inserted as text nodes, so the DOM's text is exactly the article and user text can't become
// markup. Marks nest: an annotation inside another is drawn inside it; one that crosses another's edge (or the edge
// of the stretch) is split into pieces sharing its `data-mark` id (its first piece is the tab stop and carries the
// label).

import { label } from './explain.js';

/** @import { Annotation, Speaker } from './types' */

/**
 * The classes that show an annotation's type, kind and state.
 * @param {Annotation} a
 */
export function classesOf(a) {
  return ['m', `m-${a.type}`, a.kind ? `k-${a.kind}` : null, `st-${a.state}`, a.creator === 'reader' ? 'by-reader' : null].filter(Boolean);
}

/**
 * Sets the attributes that depend on an annotation's fields (not on its place in the text) on one piece.
 * @param {HTMLElement} el
 * @param {Annotation} a
 * @param {string} text
 * @param {Speaker[]} speakers
 */
export function decorate(el, a, text, speakers) {
  const first = el.classList.contains('m-first');
  const last = el.classList.contains('m-last');
  el.className = classesOf(a).join(' ');
  if (first) el.classList.add('m-first');
  if (last) el.classList.add('m-last');
  if (a.kind) el.dataset.kind = a.kind;
  else delete el.dataset.kind;
  el.dataset.layer = a.type;
  el.dataset.state = a.state;
  if (first) el.setAttribute('aria-label', `${label(a, speakers)}: ${text.slice(a.start, a.end)}`);
}

/**
 * @param {Document} doc
 * @param {Annotation} a
 * @param {boolean} first
 */
function piece(doc, a, first) {
  const el = doc.createElement('mark');
  if (first) {
    el.classList.add('m-first');
    // Only a mark's first piece is a tab stop, so the keyboard visits each mark once.
    el.tabIndex = 0;
  }
  el.dataset.mark = a.id;
  el.dataset.start = String(a.start);
  el.dataset.end = String(a.end);
  return el;
}

/**
 * Draws `text.slice(from, to)` into the empty element `el` with the annotations `marks` (those overlapping it, sorted
 * by `byPosition`) as marks. A mark that starts before `from` or ends after `to` is drawn as a piece of itself: only
 * the piece where it starts is its first (`m-first`), only the one where it ends its last (`m-last`). Returns a map
 * from annotation id to its pieces here, in document order.
 * @param {HTMLElement} el
 * @param {string} text
 * @param {number} from
 * @param {number} to
 * @param {Annotation[]} marks
 * @param {Speaker[]} [speakers]
 * @returns {Map<string, HTMLElement[]>}
 */
export function drawRange(el, text, from, to, marks, speakers = []) {
  const doc = el.ownerDocument;
  /** @param {Annotation} m */
  const begin = (m) => Math.max(m.start, from);
  const cuts = new Set([from, to]);
  for (const m of marks) cuts.add(begin(m)).add(Math.min(m.end, to));
  const points = [...cuts].sort((x, y) => x - y);

  /** @type {Map<string, HTMLElement[]>} */
  const pieces = new Map();
  // `active` stays in byPosition order: a mark starting here starts after every open one, so it goes last.
  /** @type {Annotation[]} */
  let active = [];
  /** @type {{mark: Annotation, el: HTMLElement}[]} outermost first */
  const stack = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [p, q] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > p);
    while (next < marks.length && begin(marks[next]) === p) active.push(marks[next++]);
    let k = 0;
    while (k < stack.length && k < active.length && stack[k].mark === active[k]) k++;
    stack.length = k;
    for (let j = k; j < active.length; j++) {
      const m = active[j];
      const e = piece(doc, m, p === m.start);
      (stack.length ? stack[stack.length - 1].el : el).append(e);
      stack.push({ mark: m, el: e });
      const els = pieces.get(m.id);
      if (els) els.push(e);
      else pieces.set(m.id, [e]);
    }
    (stack.length ? stack[stack.length - 1].el : el).append(doc.createTextNode(text.slice(p, q)));
  }
  if (from === to) el.append(doc.createTextNode(''));
  for (const m of marks) {
    const els = pieces.get(m.id);
    if (!els) continue;
    if (m.end <= to) els[els.length - 1].classList.add('m-last');
    for (const e of els) decorate(e, m, text, speakers);
  }
  return pieces;
}

/**
 * The ids of the marks at an element, innermost first (the clicked mark and those around it).
 * @param {Node} root
 * @param {Node} element
 */
export function marksAt(root, element) {
  /** @type {string[]} */
  const ids = [];
  for (let n = /** @type {Node | null} */ (element); n && n !== root; n = n.parentNode) {
    const id = n instanceof HTMLElement ? n.dataset.mark : undefined;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
