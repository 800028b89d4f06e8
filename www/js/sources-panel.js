// Draws the sources panel from `summarise`: the balance line, then named speakers, unnamed ones (flagged) and
// claims with no source, each claim a button that takes the reader to it. Text is set with textContent only.

import { summarise } from './sources.js';

/**
 * @import { SourceEntry } from './sources.js'
 * @import { Annotation, Speaker } from './types'
 */

const SNIPPET = 90;

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {string | null} [className]
 * @param {string | null} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(doc, tag, className, text) {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

/**
 * @param {Document} doc
 * @param {Annotation[]} claims
 * @param {string} text
 */
function claimList(doc, claims, text) {
  const list = el(doc, 'ol', 'claim-list');
  // Its height before it is laid out (see .claim-list in style.css): a long article lists hundreds of claims.
  list.style.setProperty('--claims', String(claims.length));
  for (const c of claims) {
    const words = text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
    const b = el(doc, 'button', 'claim-link', `“${words.length > SNIPPET ? `${words.slice(0, SNIPPET - 1)}…` : words}”`);
    b.type = 'button';
    b.dataset.goto = c.id;
    const li = el(doc, 'li');
    li.append(b);
    list.append(li);
  }
  return list;
}

/**
 * @param {Document} doc
 * @param {string} title
 * @param {SourceEntry[]} entries
 * @param {string} text
 * @param {boolean} flagged
 */
function group(doc, title, entries, text, flagged) {
  const section = el(doc, 'section', `source-group${flagged ? ' is-flagged' : ''}`);
  section.append(el(doc, 'h3', null, `${flagged ? '⚠ ' : ''}${title} (${entries.length})`));
  if (flagged) section.append(el(doc, 'p', 'source-note', 'A reader cannot check who these are or what they know.'));
  const list = el(doc, 'ul', 'source-list');
  for (const { speaker, claims, mentions } of entries) {
    const li = el(doc, 'li', 'source');
    const head = el(doc, 'p', 'source-head');
    head.append(el(doc, 'span', 'source-name', speaker.name));
    const n = claims.length;
    head.append(el(doc, 'span', 'source-count', ` · ${speaker.kind} · ${n} claim${n === 1 ? '' : 's'}${n ? '' : `, ${mentions} mention${mentions === 1 ? '' : 's'}`}`));
    li.append(head);
    if (speaker.roles?.length) li.append(el(doc, 'p', 'source-roles', speaker.roles.join('; ')));
    if (n) li.append(claimList(doc, claims, text));
    list.append(li);
  }
  section.append(list);
  return section;
}

/**
 * What the list shows, as a string: when it is the same after a change, the list is left as it is.
 * @param {string} text
 * @param {ReturnType<typeof summarise>} summary
 */
function drawnAs(text, { named, unnamed, unsourced }) {
  /** @param {Annotation[]} list */
  const claims = (list) => list.map((c) => [c.id, c.start, c.end]);
  /** @param {SourceEntry[]} list */
  const entries = (list) => list.map(({ speaker: s, claims: c, mentions }) => [s.id, s.name, s.kind, s.roles ?? [], mentions, claims(c)]);
  return JSON.stringify([text.length, text.slice(0, 200), entries(named), entries(unnamed), claims(unsourced)]);
}

/** The last drawing of each list, so that a change that leaves the sources as they were redraws nothing. */
/** @type {WeakMap<HTMLElement, string>} */
const lastDrawn = new WeakMap();

/**
 * Fills the balance line and the list from the open article's annotations.
 * @param {HTMLElement} balanceEl
 * @param {HTMLElement} listEl
 * @param {string} text
 * @param {Annotation[]} annotations
 * @param {Speaker[]} speakers
 */
export function renderSources(balanceEl, listEl, text, annotations, speakers) {
  const doc = listEl.ownerDocument;
  const summary = summarise(annotations, speakers);
  const { named, unnamed, unsourced, balance } = summary;
  balanceEl.textContent = balance;
  // Confirming, commenting or re-kinding a mark leaves the sources as they were; a long article's list is costly.
  const key = drawnAs(text, summary);
  if (lastDrawn.get(listEl) === key) return;
  lastDrawn.set(listEl, key);
  const parts = [];
  if (named.length) parts.push(group(doc, 'Named sources', named, text, false));
  if (unnamed.length) parts.push(group(doc, 'Anonymous or unnamed', unnamed, text, true));
  if (unsourced.length) {
    const section = el(doc, 'section', 'source-group is-flagged');
    section.append(el(doc, 'h3', null, `⚠ Claims with no identified source (${unsourced.length})`));
    section.append(claimList(doc, unsourced, text));
    parts.push(section);
  }
  listEl.replaceChildren(...parts);
}
