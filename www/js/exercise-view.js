// Draws the student's side of an exercise: what to find, the hints used, and the result of "Check my work" (a table
// per layer and, for each layer, what was found, missed and added, with the teacher's notes). Text is set with
// textContent only; a found or extra mark is a button carrying `data-goto` with the id of the student's mark.

import { otherKindsOn, percent } from './check.js';
import { el, words } from './dom.js';
import { LAYER_NAMES } from './exercise.js';

/**
 * @import { CheckResult, Gold, LayerResult, Pred } from './check.js'
 * @import { Exercise, KeyItem, Mark, Span } from './types'
 */

/** @type {Record<string, string>} */
const LOWER = { speaker: 'speakers', cue: 'reporting cues', claim: 'claims', caveat: 'caveats' };
/** @type {(n: number, one: string, many?: string) => string} */
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "speakers, claims and caveats (hedge, denial)": what an exercise asks students to find.
 * @param {Exercise} exercise
 */
export function asksFor(exercise) {
  const parts = exercise.layers.map((l) => (l === 'caveat' ? `caveats (${exercise.caveatKinds.join(', ')})` : LOWER[l]));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
}

/**
 * Fills the exercise panel's fixed parts: title, instructions, what to find and the hint count.
 * @param {{title: HTMLElement, instructions: HTMLElement, asks: HTMLElement, hintCount: HTMLElement, hint: HTMLButtonElement}} ui
 * @param {{exercise: Exercise, hintsUsed: number, hintsLeft: boolean}} state
 */
export function renderExerciseInfo(ui, { exercise, hintsUsed, hintsLeft }) {
  ui.title.textContent = `Exercise: ${exercise.title}`;
  ui.instructions.textContent = exercise.instructions || 'Mark what this exercise asks you to find, then check your work.';
  ui.asks.textContent = `Find the ${asksFor(exercise)}. The key has ${plural(exercise.key.length, 'item')}.`;
  const n = exercise.suggestions.length;
  ui.hintCount.textContent = n ? `Hints used: ${hintsUsed} of ${n}.` : 'This exercise has no hints.';
  ui.hint.disabled = !hintsLeft;
}

/** @param {{layer: string, kind: string | null}} x */
const kindOf = (x) => (x.layer === 'caveat' ? ` (${x.kind})` : '');

/**
 * @param {Document} doc
 * @param {Mark & {note?: string}} item
 * @param {(Node | string)[]} [extra]
 */
function itemLine(doc, item, extra = []) {
  const li = el(doc, 'li', {}, el(doc, 'q', { text: words(item.exact) }), kindOf(item));
  if (item.note) li.append(el(doc, 'span', { className: 'key-note', text: ` — ${item.note}` }));
  for (const e of extra) li.append(e);
  return li;
}

/**
 * @param {Document} doc
 * @param {{id?: string}} mark
 * @param {string} label
 */
function goto(doc, mark, label) {
  return el(doc, 'button', { type: 'button', className: 'link', 'data-goto': mark.id, text: label, title: 'Go to this mark' });
}

/**
 * A button that selects the item's words in the article (`data-select` = UTF-16 "start:end").
 * @param {Document} doc
 * @param {Mark} item
 * @param {(span: Span) => Span} toUtf16
 */
function show(doc, item, toUtf16) {
  const { start, end } = toUtf16(item);
  return el(doc, 'button', { type: 'button', className: 'link', 'data-select': `${start}:${end}`, text: 'show me', 'aria-label': `Show “${words(item.exact, 40)}” in the article` });
}

/**
 * @param {Document} doc
 * @param {LayerResult} l
 * @param {(span: Span) => Span} toUtf16
 */
function layerDetails(doc, l, toUtf16) {
  const details = el(doc, 'details', { className: 'check-layer', 'data-layer': l.layer });
  details.open = l.missed.length + l.extra.length > 0 && l.missed.length + l.extra.length <= 6;
  details.append(el(doc, 'summary', { text: `${LAYER_NAMES[l.layer]}: ${l.found.length} found, ${l.missed.length} missed, ${l.extra.length} extra` }));
  if (l.missed.length) {
    details.append(el(doc, 'h4', { text: 'Missed' }));
    const list = el(doc, 'ul', { className: 'check-list is-missed' });
    for (const item of l.missed) {
      const wrong = otherKindsOn(l, item);
      const why = wrong.length ? [el(doc, 'span', { className: 'check-why', text: ` · you marked it as ${wrong.map((m) => m.kind).join(', ')}` })] : [];
      list.append(itemLine(doc, item, [...why, ' (', show(doc, item, toUtf16), ')']));
    }
    details.append(list);
  }
  if (l.found.length) {
    details.append(el(doc, 'h4', { text: 'Found' }));
    const list = el(doc, 'ul', { className: 'check-list is-found' });
    for (const { item, mark } of l.found) {
      const same = mark.span.start === item.span.start && mark.span.end === item.span.end;
      list.append(itemLine(doc, item, [same ? ' (' : ' (you marked ', goto(doc, mark, same ? 'your mark' : `“${words(mark.exact, 50)}”`), ')']));
    }
    details.append(list);
  }
  if (l.extra.length) {
    details.append(el(doc, 'h4', { text: 'Extra (not in the key)' }));
    const list = el(doc, 'ul', { className: 'check-list is-extra' });
    for (const m of l.extra) list.append(el(doc, 'li', {}, goto(doc, m, `“${words(m.exact)}”`), kindOf(m)));
    details.append(list);
  }
  return details;
}

/**
 * Fills `root` with the result of checking: a summary, a table (a row per layer and a total; cells carry
 * `data-count` = found, missed, extra, precision or recall) and the details per layer. `toUtf16` turns an item's
 * code-point span into the page's offsets, for the buttons that show a missed item.
 * @param {HTMLElement} root
 * @param {{result: CheckResult, hintsUsed: number, pending: number, toUtf16: (span: Span) => Span}} check
 */
export function renderCheck(root, { result, hintsUsed, pending, toUtf16 }) {
  const doc = root.ownerDocument;
  const { total } = result;
  const summary = `You found ${total.found} of ${plural(total.keyCount, 'key item')}, with ${plural(total.extra, 'extra mark')}. Hints used: ${hintsUsed}.`;
  const head = el(doc, 'tr', {}, ...['Layer', 'Found', 'Missed', 'Extra', 'Precision', 'Recall'].map((t) => el(doc, 'th', { scope: 'col', text: t })));
  /** @type {(layer: string, name: string, r: {found: number | unknown[], missed: number | unknown[], extra: number | unknown[], precision: number | null, recall: number | null}) => HTMLTableRowElement} */
  const row = (layer, name, r) => el(doc, 'tr', { 'data-layer': layer },
    el(doc, 'th', { scope: 'row', text: name }),
    el(doc, 'td', { 'data-count': 'found', text: String(Array.isArray(r.found) ? r.found.length : r.found) }),
    el(doc, 'td', { 'data-count': 'missed', text: String(Array.isArray(r.missed) ? r.missed.length : r.missed) }),
    el(doc, 'td', { 'data-count': 'extra', text: String(Array.isArray(r.extra) ? r.extra.length : r.extra) }),
    el(doc, 'td', { 'data-count': 'precision', text: percent(r.precision) }),
    el(doc, 'td', { 'data-count': 'recall', text: percent(r.recall) }));
  const table = el(doc, 'table', { className: 'check-table' },
    el(doc, 'thead', {}, head),
    el(doc, 'tbody', {}, ...result.layers.map((l) => row(l.layer, LAYER_NAMES[l.layer], l))),
    el(doc, 'tfoot', {}, row('total', 'All', total)));
  const notes = [
    'A mark counts as found when it shares words with a key item of the same layer (and kind), one mark per item, as the evaluation command matches.',
  ];
  if (pending) notes.push(`${plural(pending, 'hint')} you have not confirmed or rejected yet ${pending === 1 ? 'is' : 'are'} not counted.`);
  root.replaceChildren(
    el(doc, 'p', { className: 'check-summary', text: summary }),
    el(doc, 'div', { className: 'table-wrap' }, table),
    el(doc, 'p', { className: 'check-note', text: notes.join(' ') }),
    ...result.layers.map((l) => layerDetails(doc, l, toUtf16)),
  );
  root.hidden = false;
}
