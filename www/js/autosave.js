// Autosave: the open article and the work on it go to storage after every change, and a storage failure is said
// plainly with an offer to export.

import { progressKey } from './exercise.js';

/**
 * @import { App } from './app'
 * @import { SavedRecord } from './types'
 */

/**
 * @param {App} app
 */
export function createAutosave(app) {
  const { ui, store, view } = app;
  let saving = Promise.resolve();
  let saveQueued = false;

  /**
   * Saves the open article in a task of its own after this one, once however many changes it made. (Storing a long
   * article's marks takes tens of milliseconds, which should not lengthen the task that made the change.)
   */
  function save() {
    if (saveQueued || !view.storage) return;
    saveQueued = true;
    setTimeout(() => {
      saveQueued = false;
      const { article, annotations, speakers } = store.get();
      if (!article) return;
      /** @type {SavedRecord} */
      const record = { key: article.key, title: article.title, text: article.text, annotations, speakers, saved: new Date().toISOString() };
      const exerciseId = view.teacher?.articleKey === article.key ? view.teacher.id : view.savedExerciseId;
      if (exerciseId) record.teacher = { exerciseId };
      if (view.exercise && article.key === progressKey(view.exercise.exercise)) {
        const { exercise, hintsUsed, revealed } = view.exercise;
        record.exercise = exercise;
        record.progress = { hintsUsed, revealed, student: ui.studentName.value };
      }
      const listed = [...ui.recent.options].some((o) => o.value === record.key);
      saving = saving
        .then(() => view.storage?.save(record))
        .then(() => {
          ui.doc.dataset.saved = record.saved;
          if (!listed) return app.loader.renderRecentMenu();
        });
    }, 0);
  }

  /**
   * @param {string} problem
   * @param {string} kind
   */
  function showStorageProblem(problem, kind) {
    ui.storageWarning.hidden = false;
    ui.storageMessage.textContent =
      kind === 'memory'
        ? `Your annotations cannot be saved in this browser (${problem}). They are kept only while this tab is open: export them to keep them.`
        : `Saving had a problem (${problem}); your work is now saved with ${kind} instead.`;
  }

  return { save, showStorageProblem };
}
