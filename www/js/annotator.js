// The reader's edits to the marks: which mark is current, moving between marks, and what the card's controls do
// (confirm, reject, re-type, re-kind, link, comment, delete), plus adding a mark on the picked words.

import { CAVEAT_KINDS, makeAnnotation, newId } from './annotation.js';
import { dataOf } from './dom.js';
import { addAnnotation, removeAnnotation, updateAnnotation } from './state.js';

/**
 * @import { App } from './app'
 * @import { Annotation, Span, Speaker } from './types'
 */

/**
 * The mark an event happened in, or null.
 * @param {Event} e
 * @returns {HTMLElement | null}
 */
const markOf = (e) => (e.target instanceof Element ? e.target.closest('mark[data-mark]') : null);

/**
 * @param {App} app
 */
export function createAnnotator(app) {
  const { ui, store, view } = app;
  /** @param {string} text */
  const setStatus = (text) => app.controls.setStatus(text);

  const current = () => store.get().annotations.find((a) => a.id === view.current);
  /** @param {Annotation} a */
  const describeShort = (a) => `${a.type === 'caveat' ? `${a.kind} caveat` : a.type} “${(store.get().article?.text ?? '').slice(a.start, a.end).slice(0, 40)}”`;

  /**
   * @param {string | null} id
   * @param {{focus?: boolean, card?: boolean}} [options]
   */
  function setCurrent(id, { focus = false, card = false } = {}) {
    view.current = id;
    app.docView.renderCurrent();
    const first = app.docView.piecesOf(id)[0];
    if (focus && first) {
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      app.docView.placeCard(first);
    }
    const parts = app.docView.cardParts();
    if (card && parts) parts.first.focus();
  }

  /**
   * @param {'confirmed' | 'rejected'} state
   */
  function setState(state) {
    const a = current();
    if (!a) return setStatus('Focus a mark first (j, k or Tab), then press y or n.');
    if (a.state === state) return;
    store.change(`${state === 'confirmed' ? 'confirmed' : 'rejected'} ${describeShort(a)}`, updateAnnotation(a.id, { state }));
  }

  function deleteCurrent() {
    const a = current();
    if (!a) return;
    if (a.creator !== 'reader') return setState('rejected');
    const first = app.docView.piecesOf(a.id)[0];
    const next = first ? neighbour(first, 1) : null;
    store.change(`deleted ${describeShort(a)}`, removeAnnotation(a.id));
    if (next) setCurrent(next, { focus: true });
  }

  /**
   * A speaker for words the reader marks: an existing one with that name, or a new one.
   * @param {string} words
   * @returns {{id: string, added: Speaker | null}}
   */
  function speakerFor(words) {
    const name = words.replace(/\s+/g, ' ').trim();
    const existing = store.get().speakers.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (existing) return { id: existing.id, added: null };
    const kind = /^(officials?|sources?|people|a (senior )?\w+ official|an? (spokes\w+|source|person))\b/i.test(name) ? 'anonymous' : /^[A-Z]/.test(name) ? 'person' : 'unknown';
    /** @type {Speaker} */
    const added = { id: newId('s'), name, kind, roles: [], creator: 'reader' };
    return { id: added.id, added };
  }

  /**
   * The words to mark: the picked or selected text, trimmed of spaces; else the focused mark's words.
   * @returns {Span | null}
   */
  function wordsToMark() {
    const text = store.get().article?.text ?? '';
    let span = app.selection.offsets() ?? view.picked;
    if (!span) {
      const a = current();
      if (a) span = { start: a.start, end: a.end };
    }
    if (!span) return null;
    let { start, end } = span;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return end > start ? { start, end } : null;
  }

  /**
   * @param {string} type
   */
  function addMark(type) {
    const { article } = store.get();
    if (!article) return;
    const span = wordsToMark();
    if (!span) return setStatus('Select some words first (drag over them, or press / to find them), then choose a type.');
    const words = article.text.slice(span.start, span.end);
    const speaker = type === 'speaker' ? speakerFor(words) : null;
    const a = makeAnnotation(article.text, { ...span, type, creator: 'reader', speakerId: speaker?.id ?? null });
    store.change(`added ${describeShort(a)}`, addAnnotation(a, speaker?.added));
    view.picked = null;
    document.getSelection()?.removeAllRanges();
    app.selection.hideAddBar();
    setCurrent(a.id, { focus: true });
    // Straight into the field the new mark most needs.
    const f = app.docView.cardParts()?.fields;
    const field = type === 'caveat' ? f?.kind : type === 'claim' ? f?.speaker : f?.comment;
    if (field instanceof HTMLElement) field.focus();
  }

  /**
   * @param {string} type
   */
  function retype(type) {
    const a = current();
    if (!a || a.type === type) return;
    const { article } = store.get();
    if (!article) return;
    /** @type {Partial<Annotation>} */
    const patch = { type, state: 'confirmed', kind: type === 'caveat' ? (a.kind && CAVEAT_KINDS.includes(a.kind) ? a.kind : 'hedge') : type === 'claim' || type === 'cue' ? (a.type === 'claim' || a.type === 'cue' ? a.kind : null) : null };
    let added = null;
    if (type === 'speaker' && !a.speakerId) {
      const s = speakerFor(article.text.slice(a.start, a.end));
      patch.speakerId = s.id;
      added = s.added;
    }
    store.change(`made ${describeShort(a)} a ${type}`, (d) => ({
      ...updateAnnotation(a.id, patch)(d),
      ...(added ? { speakers: [...d.speakers, added] } : {}),
    }));
  }

  /**
   * @param {string} kind
   */
  function rekind(kind) {
    const a = current();
    if (a) store.change(`made ${describeShort(a)} a ${kind} caveat`, updateAnnotation(a.id, { kind, state: 'confirmed' }));
  }

  /**
   * @param {string} speakerId
   */
  function link(speakerId) {
    const a = current();
    if (!a) return;
    const { article, speakers } = store.get();
    if (!article) return;
    if (!speakerId && a.type === 'speaker') {
      const s = speakerFor(article.text.slice(a.start, a.end));
      return store.change(`made ${describeShort(a)} a speaker of its own`, (d) => ({
        ...updateAnnotation(a.id, { speakerId: s.id, state: 'confirmed' })(d),
        ...(s.added ? { speakers: [...d.speakers, s.added] } : {}),
      }));
    }
    const name = speakers.find((s) => s.id === speakerId)?.name ?? 'no identified source';
    store.change(`linked ${describeShort(a)} to ${name}`, updateAnnotation(a.id, { speakerId: speakerId || null, state: 'confirmed' }));
  }

  function saveComment() {
    const a = current();
    const value = app.docView.cardParts()?.fields.comment.value ?? '';
    if (!a || value === (a.comment ?? '')) return;
    store.change(`${value ? 'commented on' : 'removed the comment on'} ${describeShort(a)}`, updateAnnotation(a.id, { comment: value }));
  }

  /** Hides the card; the keyboard stays on its mark, without opening the card again. */
  function closeCard() {
    const first = app.docView.piecesOf(view.current)[0];
    view.current = null;
    app.docView.renderCurrent();
    if (first && document.activeElement !== first) {
      view.quietFocus = true;
      first.focus({ preventScroll: true });
      view.quietFocus = false;
    }
  }

  /** The first pieces of the marks that can be seen, in document order. */
  function visibleMarks() {
    return [...ui.doc.querySelectorAll('mark.m-first')].filter(/** @returns {el is HTMLElement} */ (el) => el instanceof HTMLElement && el.tabIndex === 0);
  }

  /**
   * The id of the visible mark before or after `el` (by document order), or null.
   * @param {HTMLElement} el
   * @param {number} step
   * @returns {string | null}
   */
  function neighbour(el, step) {
    const list = visibleMarks();
    const i = list.indexOf(el);
    const j = i === -1 ? (step > 0 ? 0 : list.length - 1) : i + step;
    return list[j]?.dataset.mark ?? null;
  }

  /**
   * Makes the next (`step` 1) or previous (-1) visible mark current and focuses it.
   * @param {number} step
   */
  function move(step) {
    const list = visibleMarks();
    if (!list.length) return;
    const from = app.docView.piecesOf(view.current)[0];
    let i = from ? list.indexOf(from) : -1;
    if (i === -1 && from) {
      // The current mark is hidden: start from where it is.
      i = list.findIndex((el) => Number(el.dataset.start) > Number(from.dataset.start)) - (step > 0 ? 1 : 0);
    }
    const next = list[Math.max(0, Math.min(list.length - 1, i === -1 ? (step > 0 ? 0 : list.length - 1) : i + step))];
    setCurrent(next.dataset.mark ?? null, { focus: true });
  }

  /** A click on a button carrying `data-goto` (the sources panel, a checked exercise) goes to that mark. */
  /** @param {Event} e */
  function gotoButton(e) {
    const id = dataOf(e, 'button[data-goto]', 'goto');
    if (id) setCurrent(id, { focus: true });
  }

  ui.doc.addEventListener('click', (e) => {
    const mark = markOf(e);
    if (mark && document.getSelection()?.isCollapsed !== false) setCurrent(mark.dataset.mark ?? null);
    else if (!mark && !app.selection.offsets()) setCurrent(null);
  });
  ui.doc.addEventListener('focusin', (e) => {
    const mark = markOf(e);
    if (mark && !view.quietFocus && mark.dataset.mark !== view.current) setCurrent(mark.dataset.mark ?? null);
  });
  ui.doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e);
    if (!mark || mark.dataset.mark === view.current) return;
    if (ui.card.contains(document.activeElement) || app.selection.offsets()) return;
    setCurrent(mark.dataset.mark ?? null);
  });
  ui.card.addEventListener('click', (e) => {
    const act = dataOf(e, 'button[data-act]', 'act');
    if (act === 'confirm') setState('confirmed');
    else if (act === 'reject') setState('rejected');
    else if (act === 'delete') deleteCurrent();
    else if (act === 'comment') saveComment();
    else if (act === 'goto') setCurrent(dataOf(e, 'button[data-act]', 'id') ?? null, { focus: true });
    else if (act === 'close') closeCard();
  });
  ui.card.addEventListener('change', (e) => {
    const field = e.target;
    if (!(field instanceof HTMLSelectElement)) return;
    const act = field.dataset.act;
    if (act === 'type') retype(field.value);
    else if (act === 'kind') rekind(field.value);
    else if (act === 'speaker') link(field.value);
  });
  ui.card.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLTextAreaElement && e.target.name === 'comment' && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      saveComment();
    }
  });
  ui.sourceList.addEventListener('click', gotoButton);

  return { current, describeShort, setCurrent, setState, deleteCurrent, addMark, closeCard, move, gotoButton };
}
