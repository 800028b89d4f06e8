// The keyboard: turns the shortcuts of keys.js into commands, draws the shortcuts panel, and decides what Escape
// closes first.

import { SHORTCUTS, commandFor } from './keys.js';

/** @import { App } from './app' */

/**
 * @param {App} app
 */
export function createKeyboard(app) {
  const { ui, store, view } = app;
  /** @param {string} text */
  const setStatus = (text) => app.controls.setStatus(text);

  function renderHelp() {
    ui.helpList.replaceChildren(
      ...SHORTCUTS.flatMap(({ keys, does }) => {
        const dt = document.createElement('dt');
        keys.forEach((k, i) => {
          if (i) dt.append(' or ');
          const kbd = document.createElement('kbd');
          kbd.textContent = k;
          dt.append(kbd);
        });
        const dd = document.createElement('dd');
        dd.textContent = does;
        return [dt, dd];
      }),
    );
  }

  /**
   * @param {boolean} [show]
   */
  function toggleHelp(show = ui.help.hidden !== false) {
    ui.help.hidden = !show;
    ui.helpButton.setAttribute('aria-expanded', String(show));
    if (show) ui.help.scrollIntoView({ block: 'nearest' });
  }

  /** Escape: closes the topmost thing open (the overview, the teacher's panel, the finder, the help, the card). */
  function closeTopmost() {
    if (view.mode === 'overview') {
      app.overview.close();
    } else if (!ui.teacher.hidden && ui.teacher.contains(document.activeElement)) {
      app.teacher.close();
    } else if (!ui.find.hidden) {
      app.selection.closeFinder();
    } else if (!ui.help.hidden) {
      toggleHelp(false);
      ui.helpButton.focus();
    } else if (!ui.card.hidden) {
      const first = app.docView.piecesOf(view.current)[0];
      if (ui.card.contains(document.activeElement) && first) first.focus();
      else app.annotator.closeCard();
    } else if (!ui.addBar.hidden) {
      app.selection.clear();
    }
  }

  /** @type {Record<string, () => void>} */
  const COMMANDS = {
    next: () => app.annotator.move(1),
    prev: () => app.annotator.move(-1),
    open: () => {
      if (view.current) app.annotator.setCurrent(view.current, { card: true });
    },
    confirm: () => app.annotator.setState('confirmed'),
    reject: () => app.annotator.setState('rejected'),
    delete: () => app.annotator.deleteCurrent(),
    find: () => app.selection.openFinder(),
    'add-speaker': () => app.annotator.addMark('speaker'),
    'add-claim': () => app.annotator.addMark('claim'),
    'add-caveat': () => app.annotator.addMark('caveat'),
    'add-note': () => app.annotator.addMark('note'),
    undo: () => {
      if (store.undo() === null) setStatus('Nothing to undo.');
    },
    redo: () => {
      if (store.redo() === null) setStatus('Nothing to redo.');
    },
    help: () => toggleHelp(),
    close: () => closeTopmost(),
  };

  /**
   * @param {KeyboardEvent} e
   */
  function onKey(e) {
    const command = commandFor(e);
    if (!command || !store.get().article || view.mode === 'overview') {
      if (command === 'help' || command === 'close') COMMANDS[command]();
      return;
    }
    e.preventDefault();
    COMMANDS[command]();
  }

  document.addEventListener('keydown', onKey);
  ui.undo.addEventListener('click', () => COMMANDS.undo());
  ui.redo.addEventListener('click', () => COMMANDS.redo());
  ui.helpButton.addEventListener('click', () => toggleHelp());
  renderHelp();
  return {};
}
