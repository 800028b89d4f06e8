// The page's frame around the article: the status line, which controls are enabled, the mode (annotator, exercise,
// class overview) and the alert box.

import { linkPayload } from './link.js';

/** @import { App } from './app' */

/**
 * @param {Pick<App, 'ui' | 'store' | 'view'>} app
 */
export function createControls({ ui, store, view }) {
  /**
   * @param {string} text
   * @param {boolean} [busy]
   */
  function setStatus(text, busy = false) {
    ui.status.textContent = text;
    ui.status.dataset.busy = String(busy);
  }

  /**
   * @param {boolean} busy
   */
  function setBusy(busy) {
    view.busy = busy;
    const ready = !!view.engine && !busy;
    ui.annotatePasted.disabled = !ready;
    ui.sample.disabled = !ready;
    ui.openFile.disabled = !ready;
    ui.recent.disabled = !ready;
    const open = !!store.get().article;
    for (const b of ui.exports) b.disabled = !open;
    ui.importFile.disabled = !open;
    ui.makeExercise.disabled = !open || !!view.exercise || busy;
  }

  /**
   * Switches the page between the annotator, a student's exercise and the class overview.
   * @param {'annotate' | 'exercise' | 'overview'} mode
   */
  function setMode(mode) {
    if (view.mode === 'exercise' && mode !== 'exercise' && mode !== 'overview' && linkPayload(location.hash) !== null) {
      // Leaving the exercise: a reload should not bring it back.
      history.replaceState(null, '', location.pathname + location.search);
    }
    view.mode = mode;
    document.body.dataset.mode = mode;
    ui.exercise.hidden = mode !== 'exercise';
    ui.classroom.hidden = mode === 'exercise';
    ui.transfer.hidden = mode === 'exercise';
    ui.overview.hidden = mode !== 'overview';
    ui.layout.hidden = mode === 'overview';
    if (mode !== 'annotate') ui.teacher.hidden = true;
  }

  /**
   * @param {string} message
   */
  function showAlert(message) {
    ui.pageAlertMessage.textContent = message;
    ui.pageAlert.hidden = false;
  }

  function hideAlert() {
    ui.pageAlert.hidden = true;
  }

  ui.pageAlertClose.addEventListener('click', hideAlert);
  return { setStatus, setBusy, setMode, showAlert, hideAlert };
}
