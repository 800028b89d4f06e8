// Draws the card for one mark: what it is, the evidence, who said it, why it matters, and the controls to confirm,
// reject, re-type, link, comment or delete it. Every text is set with textContent; actions go to `act(name, value)`.

import { CAVEAT_KINDS, TYPES, isUnnamed } from './annotation.js';
import { el } from './dom.js';
import { matters, provenance, speakerOf, typeName } from './explain.js';

/** @import { Annotation, Speaker } from './types' */

const QUOTE_MAX = 280;

/**
 * @param {Document} doc
 * @param {string} value
 * @param {string} text
 * @param {boolean} selected
 */
function option(doc, value, text, selected) {
  return el(doc, 'option', { value, text, selected });
}

/**
 * @param {Document} doc
 * @param {Annotation} a
 * @param {Speaker[]} speakers
 */
function whoLine(doc, a, speakers) {
  const who = speakerOf(a, speakers);
  if (a.type === 'speaker') {
    if (!who) return el(doc, 'p', { className: 'card-who', text: 'Refers to: not tied to a speaker' });
    const roles = who.roles?.length ? `; ${who.roles.join('; ')}` : '';
    return el(doc, 'p', { className: 'card-who', text: `Refers to: ${who.name} (${who.kind}${roles})${isUnnamed(who) ? ' ⚠ unnamed' : ''}` });
  }
  if (a.type === 'claim' || a.type === 'cue') {
    return el(doc, 'p', { className: 'card-who', text: who ? `Said by: ${who.name}${isUnnamed(who) ? ' ⚠ not named' : ''}` : 'Said by: no identified source' });
  }
  return null;
}

/**
 * @param {Document} doc
 * @param {Annotation} a
 * @param {Speaker[]} speakers
 */
function speakerSelect(doc, a, speakers) {
  const label = a.type === 'speaker' ? 'Refers to' : 'Said by';
  const select = el(doc, 'select', { name: 'speaker', 'data-act': 'speaker' });
  select.append(option(doc, '', a.type === 'speaker' ? '(a new speaker)' : '(no identified source)', !a.speakerId));
  for (const s of speakers) select.append(option(doc, s.id, `${s.name} (${s.kind})`, s.id === a.speakerId));
  return el(doc, 'label', { className: 'card-field' }, `${label} `, select);
}

/**
 * Fills `root` with the card for annotation `a` of `text`. `around` lists the other annotations at the same place
 * (innermost first), offered as buttons. Returns the element to focus first when the card is entered.
 * @param {HTMLElement} root
 * @param {{a: Annotation, text: string, speakers: Speaker[], around?: Annotation[]}} card
 */
export function renderCard(root, { a, text, speakers, around = [] }) {
  const doc = root.ownerDocument;
  const exact = text.slice(a.start, a.end);
  const quote = exact.length > QUOTE_MAX ? `${exact.slice(0, QUOTE_MAX - 1)}…` : exact;
  const head = el(doc, 'div', { className: 'card-head' },
    el(doc, 'h2', { id: 'card-title', text: typeName(a) }),
    el(doc, 'span', { className: `badge st-${a.state}`, text: a.state }),
    el(doc, 'button', { type: 'button', className: 'card-close', text: '×', 'aria-label': 'Close the card (Escape)', 'data-act': 'close' }),
  );
  const parts = [head, el(doc, 'blockquote', { className: 'card-quote', text: quote })];
  if (a.why) parts.push(el(doc, 'p', { className: 'card-why' }, el(doc, 'strong', { text: 'Evidence: ' }), a.why));
  const who = whoLine(doc, a, speakers);
  if (who) parts.push(who);
  const why = matters(a);
  if (why) parts.push(el(doc, 'p', { className: 'card-matters' }, el(doc, 'strong', { text: 'Why it matters: ' }), why));
  parts.push(el(doc, 'p', { className: 'card-meta', text: provenance(a) }));

  const confirm = el(doc, 'button', { type: 'button', 'data-act': 'confirm', text: '✓ Confirm', 'aria-keyshortcuts': 'y', 'aria-pressed': String(a.state === 'confirmed') });
  const reject = el(doc, 'button', { type: 'button', 'data-act': 'reject', text: '✗ Reject', 'aria-keyshortcuts': 'n', 'aria-pressed': String(a.state === 'rejected') });
  const actions = el(doc, 'div', { className: 'card-actions' }, confirm, reject);
  if (a.creator === 'reader') actions.append(el(doc, 'button', { type: 'button', 'data-act': 'delete', text: 'Delete', 'aria-keyshortcuts': 'Delete' }));
  parts.push(actions);

  const type = el(doc, 'select', { name: 'type', 'data-act': 'type' });
  for (const t of TYPES) type.append(option(doc, t, t, t === a.type));
  const fields = el(doc, 'div', { className: 'card-fields' }, el(doc, 'label', { className: 'card-field' }, 'Type ', type));
  if (a.type === 'caveat') {
    const kind = el(doc, 'select', { name: 'kind', 'data-act': 'kind' });
    for (const k of CAVEAT_KINDS) kind.append(option(doc, k, k, k === a.kind));
    fields.append(el(doc, 'label', { className: 'card-field' }, 'Kind ', kind));
  }
  if (['speaker', 'claim', 'cue'].includes(a.type)) fields.append(speakerSelect(doc, a, speakers));
  parts.push(fields);

  const comment = el(doc, 'textarea', { name: 'comment', rows: 2, value: a.comment ?? '', placeholder: 'Your comment (optional)' });
  const save = el(doc, 'button', { type: 'button', 'data-act': 'comment', text: 'Save comment', 'aria-keyshortcuts': 'Control+Enter' });
  parts.push(el(doc, 'div', { className: 'card-comment' }, el(doc, 'label', { className: 'card-field' }, 'Comment', comment), save));

  if (around.length) {
    const list = el(doc, 'p', { className: 'card-around' }, 'Also here: ');
    around.forEach((o, i) => {
      if (i) list.append(', ');
      list.append(el(doc, 'button', { type: 'button', className: 'link', 'data-act': 'goto', 'data-id': o.id, text: typeName(o) }));
    });
    parts.push(list);
  }
  root.replaceChildren(...parts);
  root.setAttribute('aria-labelledby', 'card-title');
  return { first: confirm, fields: { type, comment, kind: root.querySelector('select[name=kind]'), speaker: root.querySelector('select[name=speaker]') } };
}
