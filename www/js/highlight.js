// Draws the article with its annotations: one pass over the text, wrapping each annotation's words in <mark> elements.
//
// The text is only ever inserted as text nodes, so the DOM's text is exactly the article and user text can't become
// markup. Marks nest: an annotation inside another is drawn inside it; one that crosses another's edge is split into
// pieces sharing its `data-mark` id (its first piece is the tab stop and carries the label).

import { byPosition } from './annotation.js';
import { label } from './explain.js';

/** The classes that show an annotation's type, kind and state. */
export function classesOf(a) {
  return ['m', `m-${a.type}`, a.kind ? `k-${a.kind}` : null, `st-${a.state}`, a.creator === 'reader' ? 'by-reader' : null].filter(Boolean);
}

/** Sets the attributes that depend on an annotation's fields (not on its place in the text) on one piece. */
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
 * Replaces the contents of `root` with `text` and its annotations drawn as marks. Annotations outside the text or
 * empty are skipped. Returns a map from annotation id to its pieces, in document order.
 */
export function renderMarked(root, text, annotations, speakers = []) {
  const doc = root.ownerDocument;
  const marks = annotations.filter((a) => a.start >= 0 && a.end > a.start && a.end <= text.length).sort(byPosition);
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((x, y) => x - y);

  const frag = doc.createDocumentFragment();
  const pieces = new Map();
  // `active` stays in byPosition order: a mark starting here starts after every open one, so it goes last.
  let active = [];
  const stack = []; // [{mark, el}], outermost first
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [p, q] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > p);
    while (next < marks.length && marks[next].start === p) active.push(marks[next++]);
    let k = 0;
    while (k < stack.length && k < active.length && stack[k].mark === active[k]) k++;
    stack.length = k;
    for (let j = k; j < active.length; j++) {
      const m = active[j];
      const el = piece(doc, m, p === m.start);
      (stack.length ? stack[stack.length - 1].el : frag).append(el);
      stack.push({ mark: m, el });
      if (!pieces.has(m.id)) pieces.set(m.id, []);
      pieces.get(m.id).push(el);
    }
    (stack.length ? stack[stack.length - 1].el : frag).append(doc.createTextNode(text.slice(p, q)));
  }
  if (!text.length) frag.append(doc.createTextNode(''));
  for (const m of marks) {
    const els = pieces.get(m.id);
    els[els.length - 1].classList.add('m-last');
    for (const el of els) decorate(el, m, text, speakers);
  }
  root.replaceChildren(frag);
  return pieces;
}

/** The ids of the marks at an element, innermost first (the clicked mark and those around it). */
export function marksAt(root, element) {
  const ids = [];
  for (let n = element; n && n !== root; n = n.parentNode) {
    if (n.dataset?.mark && !ids.includes(n.dataset.mark)) ids.push(n.dataset.mark);
  }
  return ids;
}
