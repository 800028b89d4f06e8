// Draws the class overview: agreement per layer, a table per student, a table per key item with the most common wrong
// marks, the common extra marks, and the files that were skipped and why. Text is set with textContent only.

import { describeAlpha } from './alpha.js';
import { percent } from './check.js';
import { el, words } from './dom.js';
import { LAYER_NAMES } from './exercise.js';
import { markKindName } from './overview.js';

/**
 * @import { ClassOverview, Problem, Progress } from './overview.js'
 * @import { Exercise } from './types'
 */

/** @type {(n: number, one: string, many?: string) => string} */
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The progress bar and its words while files are read and checked.
 * @param {HTMLProgressElement} bar
 * @param {HTMLElement} label
 * @param {Progress} progress
 */
export function renderProgress(bar, label, { phase, done, files, step, steps }) {
  bar.max = steps;
  bar.value = step;
  label.textContent = phase === 'reading' ? `Reading ${done} of ${plural(files, 'file')}…` : `Checking ${done} of ${plural(files, 'file')}…`;
}

/**
 * The list of skipped files, each with its name and the reason.
 * @param {HTMLElement} root
 * @param {Problem[]} problems
 */
export function renderProblems(root, problems) {
  const doc = root.ownerDocument;
  if (!problems.length) {
    root.replaceChildren();
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const list = el(doc, 'ul', { className: 'problem-list' });
  for (const p of problems) list.append(el(doc, 'li', { 'data-file': p.file }, el(doc, 'strong', { text: p.file }), `: ${p.message}`));
  root.replaceChildren(el(doc, 'p', { className: 'import-error', text: `${plural(problems.length, 'file was', 'files were')} skipped:` }), list);
}

/**
 * @param {Document} doc
 * @param {string} layer
 * @param {{found: number | unknown[], missed: number | unknown[], extra: number | unknown[], precision: number | null, recall: number | null}} r
 */
function scoreCell(doc, layer, r) {
  /** @param {number | unknown[]} x */
  const n = (x) => (Array.isArray(x) ? x.length : x);
  return el(doc, 'td', { className: 'score', 'data-layer': layer, 'data-found': n(r.found), 'data-missed': n(r.missed), 'data-extra': n(r.extra) },
    el(doc, 'span', { className: 'score-counts', text: `${n(r.found)} ✓ · ${n(r.missed)} missed · ${n(r.extra)} extra` }),
    el(doc, 'span', { className: 'score-pr', text: `P ${percent(r.precision)} · R ${percent(r.recall)}` }));
}

/**
 * @param {Document} doc
 * @param {Exercise} exercise
 * @param {ClassOverview} overview
 */
function studentsTable(doc, exercise, overview) {
  const head = el(doc, 'tr', {}, el(doc, 'th', { scope: 'col', text: 'Student' }), el(doc, 'th', { scope: 'col', text: 'Hints' }),
    ...exercise.layers.map((l) => el(doc, 'th', { scope: 'col', text: LAYER_NAMES[l] })), el(doc, 'th', { scope: 'col', text: 'All' }));
  const rows = overview.students.map((s) => el(doc, 'tr', { 'data-student': s.student },
    el(doc, 'th', { scope: 'row' }, el(doc, 'span', { text: s.student }), el(doc, 'span', { className: 'file-name', text: s.file })),
    el(doc, 'td', { className: 'num', 'data-hints': s.hintsUsed, text: String(s.hintsUsed) }),
    ...s.check.layers.map((l) => scoreCell(doc, l.layer, l)),
    scoreCell(doc, 'total', s.check.total)));
  return el(doc, 'table', { className: 'data-table students-table' }, el(doc, 'caption', { text: 'Each student: key items found, missed, and extra marks; precision (P) and recall (R)' }), el(doc, 'thead', {}, head), el(doc, 'tbody', {}, ...rows));
}

/**
 * @param {Document} doc
 * @param {ClassOverview} overview
 */
function itemsTable(doc, overview) {
  const head = el(doc, 'tr', {}, ...['Key item', 'Found by', 'Most common wrong marks', 'Your note'].map((t) => el(doc, 'th', { scope: 'col', text: t })));
  const rows = overview.items.map(({ item, found, of, wrong }) => el(doc, 'tr', { 'data-item': item.id, 'data-found': found },
    el(doc, 'th', { scope: 'row' }, el(doc, 'span', { className: `key-kind kind-${item.layer}`, text: markKindName(item) }), ' ', el(doc, 'q', { text: words(item.exact, 90) })),
    el(doc, 'td', { className: 'found-by' }, el(doc, 'meter', { min: 0, max: Math.max(1, of), value: found, 'aria-hidden': 'true' }), ` ${found} of ${of}`),
    el(doc, 'td', {}, wrong.length
      ? el(doc, 'ul', { className: 'wrong-list' }, ...wrong.map((w) => el(doc, 'li', {}, el(doc, 'q', { text: words(w.words, 60) }), ` as ${markKindName(w)} (${w.count})`)))
      : el(doc, 'span', { className: 'muted', text: '—' })),
    el(doc, 'td', { className: 'muted', text: item.note || '' })));
  return el(doc, 'table', { className: 'data-table items-table' }, el(doc, 'caption', { text: 'Each key item: how many students found it, and the wrong marks on its words' }), el(doc, 'thead', {}, head), el(doc, 'tbody', {}, ...rows));
}

/**
 * @param {Document} doc
 * @param {Exercise} exercise
 * @param {ClassOverview} overview
 */
function agreement(doc, exercise, overview) {
  const list = el(doc, 'dl', { className: 'alpha-list' });
  for (const layer of exercise.layers) {
    const r = overview.alpha[layer];
    list.append(el(doc, 'dt', { text: LAYER_NAMES[layer] }), el(doc, 'dd', { 'data-alpha': layer, text: `α = ${describeAlpha(r)}` }));
  }
  return el(doc, 'section', { className: 'alpha' },
    el(doc, 'h3', { text: 'Agreement between students' }),
    list,
    el(doc, 'p', { className: 'muted', text: "Krippendorff's alpha over the label each student gave each character (none, or the layer; for caveats, the kind). 1 means every student marked the same characters the same way; 0, no better than chance." }));
}

/**
 * Fills `root` with the overview of `overview` (from classOverview) for `exercise`.
 * @param {HTMLElement} root
 * @param {{exercise: Exercise, overview: ClassOverview}} shown
 */
export function renderOverview(root, { exercise, overview }) {
  const doc = root.ownerDocument;
  const n = overview.students.length;
  /** @type {HTMLElement[]} */
  const parts = [el(doc, 'p', { className: 'overview-summary', text: `${plural(n, 'submission')} counted for “${exercise.title}” (${plural(exercise.key.length, 'key item')}).` })];
  if (overview.duplicates.length) parts.push(el(doc, 'p', { className: 'warning', text: `More than one submission from: ${overview.duplicates.join(', ')}. All are counted.` }));
  if (n) {
    parts.push(agreement(doc, exercise, overview));
    parts.push(el(doc, 'div', { className: 'table-wrap' }, studentsTable(doc, exercise, overview)));
    parts.push(el(doc, 'div', { className: 'table-wrap' }, itemsTable(doc, overview)));
    if (overview.extras.length) {
      parts.push(el(doc, 'h3', { text: 'Common marks that are not in the key' }),
        el(doc, 'ul', { className: 'extras-list' }, ...overview.extras.map((x) => el(doc, 'li', {}, el(doc, 'q', { text: words(x.words, 90) }), ` as ${markKindName(x)}: ${plural(x.count, 'student')}`))));
    }
  }
  root.replaceChildren(...parts);
}
