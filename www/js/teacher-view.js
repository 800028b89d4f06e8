// Draws the teacher's "Make an exercise" panel: the answer key as it stands (the confirmed marks in the chosen layers
// and kinds, each with a field for a feedback note) and what sharing produced (a link to copy, or why there is none).
// Text is set with textContent only.

import { comparedSpan } from './check.js';
import { el, words } from './dom.js';
import { LAYERS, marksFrom } from './exercise.js';
import { MAX_LINK } from './link.js';
import { markKindName } from './overview.js';

/** @import { Annotation, Scope } from './types' */

/**
 * The layers and caveat kinds ticked in the panel's form.
 * @param {HTMLFormElement} form
 * @returns {Scope}
 */
export function readScope(form) {
  /** @param {string} name */
  const ticked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => /** @type {HTMLInputElement} */ (i).value);
  const layers = LAYERS.filter((l) => ticked('layer').includes(l));
  return { layers, caveatKinds: layers.includes('caveat') ? ticked('kind') : [] };
}

/**
 * Default instructions for a scope.
 * @param {Scope} scope
 */
export function defaultInstructions(scope) {
  /** @type {Record<string, string>} */
  const names = { speaker: 'speaker', cue: 'reporting cue', claim: 'claim', caveat: 'caveat' };
  const list = scope.layers.map((l) => (l === 'caveat' && scope.caveatKinds.length ? `caveat (${scope.caveatKinds.join(', ')})` : names[l]));
  const what = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0] ?? 'mark';
  return `Find every ${what} in this article. Select the words, then choose what they are (or press s, c or v). Check your work when you are done.`;
}

/**
 * Lists the key the exercise would have: one item per confirmed mark in scope, with a note field (`data-note-for`
 * the annotation id) holding `notes.get(id)`. Returns the number of items.
 * @param {HTMLElement} root
 * @param {{text: string, annotations: Annotation[], scope: Scope, notes: Map<string, string>}} key
 */
export function renderKeyList(root, { text, annotations, scope, notes }) {
  const doc = root.ownerDocument;
  const chars = [...text];
  const items = scope.layers.length ? marksFrom(text, annotations, scope, { keepId: true }).filter((m) => comparedSpan(chars, m)) : [];
  if (!items.length) {
    root.replaceChildren(el(doc, 'li', { className: 'key-empty', text: 'No key yet: confirm (✓) the marks students should find, or add your own, in the layers ticked above.' }));
    return 0;
  }
  const active = doc.activeElement;
  const focused = active instanceof HTMLElement && root.contains(active) ? active.dataset.noteFor : null;
  root.replaceChildren(
    ...items.map((m, i) => {
      const input = el(doc, 'input', { type: 'text', value: (m.id && notes.get(m.id)) ?? '', placeholder: 'Feedback note (optional)', 'data-note-for': m.id, 'aria-label': `Feedback note on key item ${i + 1}, “${words(m.exact, 60)}”` });
      return el(doc, 'li', { className: 'key-item' },
        el(doc, 'span', { className: `key-kind kind-${m.layer}`, text: markKindName(m) }),
        el(doc, 'q', { className: 'key-words', text: words(m.exact, 120) }),
        input);
    }),
  );
  if (focused) /** @type {HTMLInputElement | null} */ (root.querySelector(`input[data-note-for="${CSS.escape(focused)}"]`))?.focus();
  return items.length;
}

/**
 * Shows a made link with a Copy button and a way to try it, or says why the link is too long.
 * @param {HTMLElement} root
 * @param {{link: {url: string, length: number, tooLong: boolean}, fileName: string}} share
 */
export function renderShare(root, { link, fileName }) {
  const doc = root.ownerDocument;
  if (link.tooLong) {
    root.replaceChildren(el(doc, 'p', { className: 'share-error', text: `The link would be ${link.length.toLocaleString('en')} characters long, too long to share reliably (the limit is ${MAX_LINK.toLocaleString('en')}): share the exercise file instead.` }),
      el(doc, 'button', { type: 'button', 'data-act': 'download', text: `Download ${fileName}` }));
    return;
  }
  const input = el(doc, 'input', { type: 'text', id: 'teacher-link-url', readOnly: true, value: link.url, 'aria-label': 'Link to the exercise' });
  root.replaceChildren(
    el(doc, 'p', { text: `A link of ${link.length.toLocaleString('en')} characters: the exercise travels inside it, so opening it needs only this page, and nothing is uploaded.` }),
    el(doc, 'div', { className: 'share-row' }, input,
      el(doc, 'button', { type: 'button', 'data-act': 'copy', text: 'Copy link' }),
      el(doc, 'a', { href: link.url, target: '_blank', rel: 'noopener noreferrer', text: 'Try it as a student' })),
  );
}
