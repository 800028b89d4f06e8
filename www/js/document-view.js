// Renders the store into the article's part of the page: the text and its marks, which layers show (and so which
// marks are tab stops), the current mark and its card, the undo buttons and the sources panel.

import { createArticleDrawing } from './article-drawing.js';
import { renderCard } from './card.js';
import { marksAt } from './highlight.js';
import { renderSources } from './sources-panel.js';

/**
 * @import { App } from './app'
 * @import { Annotation } from './types'
 */

/** @param {Annotation[]} annotations */
const byIdOf = (annotations) => new Map(annotations.map((a) => [a.id, a]));

/**
 * @param {Pick<App, 'ui' | 'store' | 'view'>} app
 */
export function createDocumentView({ ui, store, view }) {
  /** @type {ReturnType<typeof renderCard> | null} */
  let cardParts = null;
  /** @type {(() => void)[]} What waits for the whole text to be drawn (see `whenDrawn`). */
  let waiting = [];
  const drawing = createArticleDrawing(ui.doc, { isShown, onDrawn });

  /** The whole text is in: the sources panel follows (it waits for a long article, so as not to delay its start). */
  function onDrawn() {
    renderSourcesPanel();
    ui.doc.dataset.state = 'annotated';
    ui.doc.removeAttribute('aria-busy');
    const due = waiting;
    waiting = [];
    for (const fn of due) fn();
  }

  /**
   * Calls `fn` once the open article is drawn in full: now, or when its last slice is in.
   * @param {() => void} fn
   */
  function whenDrawn(fn) {
    if (drawing.isDrawn()) fn();
    else waiting.push(fn);
  }

  /** Draws the open article and its marks: a new text a slice at a time (see article-drawing.js), then the sources. */
  function renderDocument() {
    const { article, annotations, speakers } = store.get();
    if (!article) return;
    if (!drawing.draw(article.text, annotations, speakers)) {
      ui.doc.dataset.state = 'drawing';
      ui.doc.setAttribute('aria-busy', 'true');
    }
    ui.doc.dataset.source = article.source ?? '';
  }

  /**
   * While the worker analyses `text`: its beginning, greyed.
   * @param {string} text
   */
  function showAnalysing(text) {
    // The whole text and its marks follow when the worker is done. (Laying out a very long text twice would stall
    // the page while it waits.)
    const PREVIEW = 4000;
    drawing.reset();
    ui.doc.replaceChildren(document.createTextNode(text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text));
    ui.doc.dataset.state = 'analysing';
    ui.doc.setAttribute('aria-busy', 'true');
    ui.card.hidden = true;
  }

  function showFailed() {
    ui.doc.dataset.state = 'error';
  }

  /**
   * Whether an annotation's layer is switched on in the legend.
   * @param {Annotation} a
   */
  function isShown(a) {
    if (a.state === 'rejected' && !view.shown.has('rejected')) return false;
    return view.shown.has(a.type === 'caveat' ? a.kind ?? '' : a.type);
  }

  /** The legend's switches: each layer's class on the article, and hidden marks out of the tab order. */
  function renderShown() {
    for (const t of ui.toggles) ui.doc.classList.toggle(`show-${t.dataset.show}`, view.shown.has(t.dataset.show ?? ''));
    drawing.refreshShown();
  }

  function renderUndo() {
    ui.undo.disabled = !store.canUndo();
    ui.redo.disabled = !store.canRedo();
  }

  function renderSourcesPanel() {
    const { article, annotations, speakers } = store.get();
    renderSources(ui.balance, ui.sourceList, article?.text ?? '', annotations, speakers);
  }

  function renderCurrent() {
    for (const el of ui.doc.querySelectorAll('mark.is-current')) el.classList.remove('is-current');
    const { article, annotations, speakers } = store.get();
    const a = annotations.find((x) => x.id === view.current);
    if (!a || !article) {
      view.current = null;
      ui.card.hidden = true;
      cardParts = null;
      return;
    }
    const els = drawing.piecesOf(a.id);
    for (const el of els) el.classList.add('is-current');
    const byId = byIdOf(annotations);
    const around = els[0] ? marksAt(ui.doc, els[0]).filter((id) => id !== a.id).map((id) => byId.get(id)).filter((x) => x !== undefined) : [];
    const active = document.activeElement;
    const hadFocus = active instanceof HTMLElement && ui.card.contains(active) ? active.dataset.act ?? active.getAttribute('name') : null;
    cardParts = renderCard(ui.card, { a, text: article.text, speakers, around });
    ui.card.hidden = false;
    placeCard(els[0]);
    if (hadFocus) /** @type {HTMLElement | null} */ (ui.card.querySelector(`[data-act="${hadFocus}"], [name="${hadFocus}"]`))?.focus();
  }

  /**
   * Puts the card under its mark (on a narrow screen CSS docks it to the bottom instead).
   * @param {HTMLElement | undefined} anchorEl
   */
  function placeCard(anchorEl) {
    if (!anchorEl) return;
    const wrap = ui.card.offsetParent ?? document.body;
    const box = anchorEl.getBoundingClientRect();
    const base = wrap.getBoundingClientRect();
    const width = Math.min(ui.card.offsetWidth || 360, base.width);
    const left = Math.max(0, Math.min(box.left - base.left, base.width - width));
    ui.card.style.setProperty('--card-top', `${box.bottom - base.top + 8}px`);
    ui.card.style.setProperty('--card-left', `${left}px`);
  }

  for (const t of ui.toggles) {
    t.addEventListener('change', () => {
      view.shown = new Set(ui.toggles.filter((x) => x.checked).map((x) => x.dataset.show ?? ''));
      renderShown();
    });
  }
  window.addEventListener('resize', () => placeCard(drawing.piecesOf(view.current)[0]));

  return {
    renderDocument,
    whenDrawn,
    showAnalysing,
    showFailed,
    renderShown,
    renderUndo,
    renderCurrent,
    placeCard,
    /** The elements drawing mark `id`, in document order (the first is its tab stop). */
    piecesOf: drawing.piecesOf,
    /** Draws at once the text up to `offset`, so that offsets up to there have their place in the page. */
    drawTo: drawing.drawTo,
    /** The card's controls while it shows a mark, else null. */
    cardParts: () => cardParts,
  };
}
