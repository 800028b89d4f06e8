// Renders the card that explains the selected marks: what each is, the text it covers, and why.
//
// Everything shown is set with textContent: the text comes from the user's article.

import { describe } from './marks.js';

function el(doc, tag, className, text) {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

/**
 * Fills `root` with one entry per mark in `marks` (innermost first), quoting each mark's text from
 * `text`; with no marks, shows `hint`.
 */
export function renderCard(root, marks, text, hint = 'Select a marked phrase to see why it is marked.') {
  const doc = root.ownerDocument;
  if (!marks.length) {
    root.replaceChildren(el(doc, 'p', 'card-hint', hint));
    return;
  }
  const list = el(doc, 'ul', 'card-list');
  for (const mark of marks) {
    const item = el(doc, 'li', `card-item card-${mark.layer}`);
    item.append(el(doc, 'h3', null, describe(mark)));
    item.append(el(doc, 'blockquote', 'card-quote', text.slice(mark.start, mark.end)));
    if (mark.label) item.append(el(doc, 'p', 'card-who', `Speaker: ${mark.label}`));
    if (mark.why) item.append(el(doc, 'p', 'card-why', mark.why));
    const evidence = [mark.cue && `cue “${mark.cue}”`, mark.rule && `rule ${mark.rule}`].filter(Boolean);
    if (evidence.length) item.append(el(doc, 'p', 'card-rule', `Fired by ${evidence.join(', ')}`));
    list.append(item);
  }
  root.replaceChildren(list);
}
