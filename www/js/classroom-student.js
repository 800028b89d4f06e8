// The student's side of an exercise: opening it (from a link, a file or the recent list) with the machine's marks
// hidden, hints, "Check my work", the submission file, and leaving.

import { makeAnnotation, newId } from './annotation.js';
import { checkWork, nextHint } from './check.js';
import { onFilesChosen } from './dom.js';
import { download, fileSlug } from './download.js';
import { MAX_EXERCISE_BYTES, makeSubmission, marksFrom, parseExercise, progressKey, toUtf16 } from './exercise.js';
import { asksFor, renderCheck, renderExerciseInfo } from './exercise-view.js';
import { exerciseJsonFromLink, linkPayload } from './link.js';
import { addAnnotation } from './state.js';
import { dataOf } from './dom.js';
import { messageOf } from './errors.js';

/**
 * @import { StoreEvent } from './state.js'
 * @import { App } from './app'
 * @import { Exercise } from './types'
 */

/**
 * @param {App} app
 */
export function createStudent(app) {
  const { ui, store, view } = app;
  /** @param {string} text */
  const setStatus = (text) => app.controls.setStatus(text);

  /**
   * Opens a checked exercise for a student: the article without the machine's marks, and their saved work if any.
   * @param {Exercise} exercise
   */
  async function openExercise(exercise) {
    const ticket = ++view.loading;
    const key = progressKey(exercise);
    const saved = view.storage ? await view.storage.load(key) : undefined;
    if (ticket !== view.loading) return;
    const progress = saved?.progress;
    view.savedExerciseId = null;
    view.exercise = { exercise, hintsUsed: progress?.hintsUsed ?? 0, revealed: progress?.revealed ?? [], checked: false };
    ui.studentName.value = progress?.student ?? '';
    ui.checkResult.hidden = true;
    ui.checkResult.replaceChildren();
    exerciseReport('');
    app.controls.setMode('exercise');
    app.controls.setBusy(false);
    store.load({ key, title: `Exercise: ${exercise.title}`, text: exercise.article.text, source: 'exercise' }, saved?.annotations ?? [], saved?.speakers ?? []);
    setStatus(
      saved
        ? `Restored your work on the exercise “${exercise.title}”: ${saved.annotations?.length ?? 0} marks, saved ${new Date(saved.saved).toLocaleString()}.`
        : `Exercise “${exercise.title}”: whosaid's own marks are hidden. Find the ${asksFor(exercise)} yourself, then check your work.`,
    );
    app.loader.renderSampleMenu('');
    await app.loader.renderRecentMenu();
  }

  /**
   * Opens the exercise a link carries; says plainly what is wrong when it cannot. Resolves to whether it opened.
   * @param {string} payload
   */
  async function openExerciseLink(payload) {
    try {
      const exercise = await parseExercise(await exerciseJsonFromLink(payload));
      app.controls.hideAlert();
      await openExercise(exercise);
      return true;
    } catch (e) {
      app.controls.showAlert(messageOf(e));
      setStatus('The exercise could not be opened.');
      return false;
    }
  }

  /**
   * @param {File} file
   */
  async function openExerciseFile(file) {
    try {
      if (file.size > MAX_EXERCISE_BYTES) throw new Error(`it is too large to be an exercise (${Math.round(file.size / 1024)} KiB)`);
      const exercise = await parseExercise(await file.text());
      app.controls.hideAlert();
      await openExercise(exercise);
    } catch (e) {
      app.controls.showAlert(`${file.name}: ${messageOf(e)}`);
    }
  }

  /** The student's marks in any state (what a hint must not repeat), in code points. */
  /**
   * @param {{state?: string | null, keepId?: boolean}} options
   * @param {Exercise} exercise
   */
  const exerciseMarks = (options, exercise) => marksFrom(store.get().article?.text ?? '', store.get().annotations, exercise, options);

  function renderExercise() {
    if (!view.exercise) return;
    const { exercise, hintsUsed, revealed } = view.exercise;
    const hintsLeft = !!nextHint(exercise, exerciseMarks({ state: null }, exercise), revealed);
    renderExerciseInfo(ui.exerciseInfo, { exercise, hintsUsed, hintsLeft });
  }

  /**
   * @param {string} message
   * @param {{error?: boolean}} [options]
   */
  function exerciseReport(message, { error = false } = {}) {
    ui.exerciseReport.textContent = message;
    ui.exerciseReport.className = `exercise-report${error ? ' import-error' : ''}`;
    ui.exerciseReport.setAttribute('role', error ? 'alert' : 'status');
  }

  /** Reveals one machine suggestion as a suggested mark, and counts it (one undone and shown again is free). */
  function showHint() {
    const ex = view.exercise;
    if (!ex) return;
    const next = nextHint(ex.exercise, exerciseMarks({ state: null }, ex.exercise), ex.revealed);
    if (!next) {
      renderExercise();
      return setStatus('No hints left: every suggestion whosaid has for this exercise is marked already.');
    }
    const s = ex.exercise.suggestions[next.index];
    const text = store.get().article?.text ?? '';
    const a = makeAnnotation(text, { ...toUtf16(ex.exercise, s), type: s.layer, kind: s.kind, creator: 'machine', state: 'suggested', why: s.why, id: newId('hint') });
    if (!next.free) {
      ex.hintsUsed += 1;
      ex.revealed = [...ex.revealed, next.index];
    }
    const { describeShort } = app.annotator;
    store.change(`showed a hint, ${describeShort(a)}`, addAnnotation(a));
    app.annotator.setCurrent(a.id, { focus: true });
    setStatus(`Hint ${ex.hintsUsed}: whosaid suggests the ${describeShort(a)}. Confirm it (y) if you agree, or reject it (n).`);
  }

  function checkMyWork() {
    const ex = view.exercise;
    if (!ex) return;
    const result = checkWork(ex.exercise, exerciseMarks({ keepId: true }, ex.exercise));
    const pending = store.get().annotations.filter((a) => a.state === 'suggested').length;
    renderCheck(ui.checkResult, { result, hintsUsed: ex.hintsUsed, pending, toUtf16: (span) => toUtf16(ex.exercise, span) });
    ex.checked = true;
    const t = result.total;
    setStatus(`Checked: ${t.found} of ${t.keyCount} key items found, ${t.missed} missed, ${t.extra} extra.`);
  }

  /** After a change, an earlier check no longer describes the marks: say so above it. */
  function markCheckStale() {
    if (!view.exercise?.checked || ui.checkResult.hidden) return;
    view.exercise.checked = false;
    const note = document.createElement('p');
    note.className = 'check-stale';
    note.textContent = 'Your marks have changed since this check: check again.';
    ui.checkResult.prepend(note);
  }

  /**
   * After the store changed: the panel follows the marks.
   * @param {StoreEvent} event
   */
  function onChange(event) {
    if (!view.exercise) return;
    renderExercise();
    if (event.kind !== 'load') markCheckStale();
  }

  async function submitWork() {
    const ex = view.exercise;
    if (!ex) return;
    try {
      const s = await makeSubmission(ex.exercise, { student: ui.studentName.value, annotations: store.get().annotations, hintsUsed: ex.hintsUsed });
      const name = `${fileSlug(ex.exercise.title)}.${fileSlug(s.student)}.submission.whosaid.json`;
      download(name, `${JSON.stringify(s, null, 2)}\n`, 'application/json');
      exerciseReport(`Saved ${name}: ${s.marks.length} marks, ${s.hintsUsed} hints used. Give this file to your teacher.`);
    } catch (e) {
      exerciseReport(messageOf(e), { error: true });
      ui.studentName.focus();
    }
  }

  async function leaveExercise() {
    view.exercise = null;
    app.controls.setMode('annotate');
    await app.loader.openLastArticle();
  }

  onFilesChosen(ui.openExercise, ([file]) => openExerciseFile(file));
  ui.hint.addEventListener('click', showHint);
  ui.checkWork.addEventListener('click', checkMyWork);
  ui.submitWork.addEventListener('click', submitWork);
  ui.leaveExercise.addEventListener('click', leaveExercise);
  ui.studentName.addEventListener('change', () => app.autosave.save());
  ui.checkResult.addEventListener('click', (e) => {
    app.annotator.gotoButton(e);
    const words = dataOf(e, 'button[data-select]', 'select');
    if (words) {
      const [start, end] = words.split(':').map(Number);
      app.selection.selectWords(start, end);
    }
  });
  window.addEventListener('hashchange', () => {
    const payload = linkPayload(location.hash);
    if (payload !== null) openExerciseLink(payload);
  });

  return { openExercise, openExerciseLink, openExerciseFile, onChange };
}
