// Renders the store into the article's part of the page: the text and its marks, which layers show (and so which
// marks are tab stops), the current mark and its card, the undo buttons and the sources panel.

import { renderCard } from './card.js';
import { decorate, marksAt, renderMarked } from './highlight.js';
import { renderSources } from './sources-panel.js';

const byIdOf = (annotations) => new Map(annotations.map((a) => [a.id, a]));

/** Whether the change from `before` to `after` leaves every mark where it was, so only attributes need updating. */
function sameGeometry(before, after) {
  if (before.length !== after.length) return false;
  const old = byIdOf(before);
  return after.every((a) => {
    const o = old.get(a.id);
    return o && o.start === a.start && o.end === a.end && o.type === a.type;
  });
}

export function createDocumentView({ ui, store, view }) {
  let drawn = [];
  let pieces = new Map();
  let cardParts = null;

  function renderDocument(force) {
    const { article, annotations, speakers } = store.get();
    if (!article) return;
    if (!force && sameGeometry(drawn, annotations)) {
      const old = byIdOf(drawn);
      for (const a of annotations) {
        if (old.get(a.id) === a) continue;
        for (const el of pieces.get(a.id) ?? []) decorate(el, a, article.text, speakers);
      }
    } else {
      pieces = renderMarked(ui.doc, article.text, annotations, speakers);
    }
    drawn = annotations;
    updateTabStops();
    ui.doc.dataset.state = 'annotated';
    ui.doc.dataset.source = article.source ?? '';
    ui.doc.removeAttribute('aria-busy');
  }

  /** While the worker analyses `text`: its beginning, greyed. */
  function showAnalysing(text) {
    // The whole text and its marks follow when the worker is done. (Laying out a very long text twice would stall
    // the page while it waits.)
    const PREVIEW = 4000;
    ui.doc.replaceChildren(document.createTextNode(text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text));
    ui.doc.dataset.state = 'analysing';
    ui.doc.setAttribute('aria-busy', 'true');
    ui.card.hidden = true;
  }

  function showFailed() {
    ui.doc.dataset.state = 'error';
  }

  /** Whether an annotation's layer is switched on in the legend. */
  function isShown(a) {
    if (a.state === 'rejected' && !view.shown.has('rejected')) return false;
    return view.shown.has(a.type === 'caveat' ? a.kind : a.type);
  }

  function renderShown() {
    for (const t of ui.toggles) ui.doc.classList.toggle(`show-${t.dataset.show}`, view.shown.has(t.dataset.show));
    updateTabStops();
  }

  /** Hidden marks leave the tab order, so Tab, j and k visit only what can be seen. */
  function updateTabStops() {
    const byId = byIdOf(store.get().annotations);
    for (const [id, els] of pieces) {
      const a = byId.get(id);
      if (!a || !els[0]) continue;
      const shown = isShown(a);
      els[0].tabIndex = shown ? 0 : -1;
      for (const el of els) el.classList.toggle('is-hidden', !shown);
    }
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
    const els = pieces.get(a.id) ?? [];
    for (const el of els) el.classList.add('is-current');
    const byId = byIdOf(annotations);
    const around = els[0] ? marksAt(ui.doc, els[0]).filter((id) => id !== a.id).map((id) => byId.get(id)).filter(Boolean) : [];
    const hadFocus = ui.card.contains(document.activeElement) ? document.activeElement.dataset.act ?? document.activeElement.name : null;
    cardParts = renderCard(ui.card, { a, text: article.text, speakers, around });
    ui.card.hidden = false;
    placeCard(els[0]);
    if (hadFocus) ui.card.querySelector(`[data-act="${hadFocus}"], [name="${hadFocus}"]`)?.focus();
  }

  /** Puts the card under its mark (on a narrow screen CSS docks it to the bottom instead). */
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
      view.shown = new Set(ui.toggles.filter((x) => x.checked).map((x) => x.dataset.show));
      renderShown();
    });
  }
  window.addEventListener('resize', () => placeCard(pieces.get(view.current)?.[0]));

  return {
    renderDocument,
    showAnalysing,
    showFailed,
    renderShown,
    renderUndo,
    renderSourcesPanel,
    renderCurrent,
    placeCard,
    /** The elements drawing mark `id`, in document order (the first is its tab stop). */
    piecesOf: (id) => pieces.get(id) ?? [],
    /** The card's controls while it shows a mark, else null. */
    cardParts: () => cardParts,
  };
}
