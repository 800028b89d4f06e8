// The words the reader picks to mark: the selection in the article, the finder (`/`) that selects words from the
// keyboard, and the add bar that offers a type for them.

import { dataOf } from './dom.js';
import { offsetsFromRange, rangeFromOffsets } from './offsets.js';

/**
 * @import { App } from './app'
 * @import { Span } from './types'
 */

/**
 * @param {App} app
 */
export function createSelection(app) {
  const { ui, store, view } = app;
  /** @param {string} text */
  const setStatus = (text) => app.controls.setStatus(text);

  /**
   * The offsets of the reader's selection inside the article, or null.
   * @returns {Span | null}
   */
  function offsets() {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    if (!ui.doc.contains(range.commonAncestorContainer)) return null;
    const span = offsetsFromRange(ui.doc, range);
    return span && span.end > span.start ? span : null;
  }

  function showAddBar() {
    const sel = document.getSelection();
    const span = offsets();
    if (!span || !sel) return hideAddBar();
    view.picked = span;
    // Words being selected matter more than the card of the mark they lie in.
    if (!ui.card.hidden && !ui.card.contains(document.activeElement)) {
      view.current = null;
      app.docView.renderCurrent();
    }
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    const base = ui.addBar.offsetParent?.getBoundingClientRect() ?? { top: 0, left: 0 };
    ui.addBar.style.setProperty('--bar-top', `${Math.max(0, rect.top - base.top - 44)}px`);
    ui.addBar.style.setProperty('--bar-left', `${Math.max(0, rect.left - base.left)}px`);
    ui.addBar.hidden = false;
  }

  function hideAddBar() {
    ui.addBar.hidden = true;
  }

  /** Drops the selection and the picked words, and hides the add bar. */
  function clear() {
    document.getSelection()?.removeAllRanges();
    view.picked = null;
    hideAddBar();
  }

  function openFinder() {
    ui.find.hidden = false;
    ui.findInput.select();
    ui.findInput.focus();
  }

  function closeFinder() {
    ui.find.hidden = true;
    ui.doc.focus({ preventScroll: true });
  }

  /**
   * Selects `start..end` of the article as the picked words; `block` is where to scroll them to.
   * @param {number} start
   * @param {number} end
   * @param {ScrollLogicalPosition} block
   */
  function select(start, end, block) {
    view.picked = { start, end };
    app.docView.drawTo(end);
    const range = rangeFromOffsets(ui.doc, start, end);
    const sel = document.getSelection();
    if (!range || !sel) return;
    sel.removeAllRanges();
    sel.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block });
  }

  /** With words selected, the keyboard goes back to the article and the add bar offers their types. */
  function offerTypes() {
    ui.doc.focus({ preventScroll: true });
    showAddBar();
  }

  /** Selects the next occurrence of the finder's words after the last one found, wrapping round. */
  function findNext() {
    const text = store.get().article?.text ?? '';
    const words = ui.findInput.value;
    if (!words.trim()) return;
    const hay = text.toLowerCase();
    const needle = words.toLowerCase();
    let at = hay.indexOf(needle, view.findFrom);
    if (at === -1) at = hay.indexOf(needle);
    if (at === -1) return setStatus(`“${words}” is not in the article.`);
    view.findFrom = at + 1;
    select(at, at + words.length, 'nearest');
    ui.find.hidden = true;
    offerTypes();
    setStatus(`Selected “${words}”: press s, c, v or m to mark it.`);
  }

  /**
   * Selects `start..end` of the article, ready to be marked (as the finder does).
   * @param {number} start
   * @param {number} end
   */
  function selectWords(start, end) {
    view.current = null;
    app.docView.renderCurrent();
    select(start, end, 'center');
    offerTypes();
    setStatus(`Selected “${(store.get().article?.text ?? '').slice(start, end).slice(0, 60)}”: press s, c, v or m to mark it.`);
  }

  document.addEventListener('selectionchange', () => {
    if (offsets()) showAddBar();
    else if (!ui.addBar.contains(document.activeElement) && !view.picked) hideAddBar();
  });
  ui.doc.addEventListener('mousedown', () => {
    view.picked = null;
  });
  ui.addBar.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
  ui.addBar.addEventListener('click', (e) => {
    const type = dataOf(e, 'button[data-add]', 'add');
    if (type) app.annotator.addMark(type);
  });
  ui.find.addEventListener('submit', (e) => {
    e.preventDefault();
    findNext();
  });
  ui.findInput.addEventListener('input', () => {
    view.findFrom = 0;
  });

  return { offsets, hideAddBar, clear, openFinder, closeFinder, selectWords };
}
