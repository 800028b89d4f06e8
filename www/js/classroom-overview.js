// The class overview page: the exercise and the submissions a teacher drops in (read with a progress bar, bad files
// skipped by name), the tables and agreement drawn from them, and their CSV.

import { onFilesChosen } from './dom.js';
import { download, fileSlug } from './download.js';
import { MAX_EXERCISE_BYTES, parseExercise } from './exercise.js';
import { classOverview, itemsCsv, readClassFiles, studentsCsv } from './overview.js';
import { renderOverview, renderProblems, renderProgress } from './overview-view.js';
import { messageOf } from './errors.js';

/**
 * @import { FileLike } from './overview.js'
 * @import { App } from './app'
 * @import { Exercise } from './types'
 */

/** @param {number} n */
const files = (n) => `${n} file${n === 1 ? '' : 's'}`;

/**
 * @param {App} app
 */
export function createOverview(app) {
  const { ui, view } = app;

  /**
   * Shows the class overview; with `exercise`, for that exercise, else for the one it had, or the latest made here.
   * @param {Exercise} [exercise]
   */
  async function open(exercise) {
    const o = view.overview;
    if (exercise) await setExercise(exercise);
    else if (!o.exercise && view.lastExercise) await setExercise(view.lastExercise);
    app.controls.setMode('overview');
    render();
    ui.overviewClose.focus();
  }

  function close() {
    app.controls.setMode(view.exercise ? 'exercise' : 'annotate');
    (view.exercise ? ui.checkWork : ui.openOverview).focus();
  }

  /**
   * Uses `exercise` for the overview; the submissions counted for another one are dropped.
   * @param {Exercise} exercise
   */
  async function setExercise(exercise) {
    const o = view.overview;
    if (o.exercise && o.exercise.id === exercise.id && o.exercise.integrity.key === exercise.integrity.key) return;
    Object.assign(o, { exercise, submissions: [], problems: [] });
    if (o.waiting.length) await addFiles([]);
  }

  /**
   * Reads dropped or chosen files into the overview, with a progress bar.
   * @param {FileLike[]} dropped
   */
  async function addFiles(dropped) {
    const o = view.overview;
    const waiting = o.waiting.map((w) => ({ name: w.file, size: 0, text: async () => JSON.stringify(w.data) }));
    const all = [...waiting, ...dropped];
    if (!all.length) return;
    ui.overviewProgressWrap.hidden = false;
    ui.overviewProgressText.textContent = `Reading ${files(all.length)}…`;
    const r = await readClassFiles(all, {
      exercise: o.exercise,
      known: new Set(o.submissions.map((s) => s.integrity.submission)),
      onProgress: (p) => renderProgress(ui.overviewProgress, ui.overviewProgressText, p),
      pause: () => new Promise((done) => setTimeout(done, 0)),
    });
    if (r.newExercise) Object.assign(o, { exercise: r.exercise, submissions: [], problems: [] });
    o.submissions.push(...r.submissions);
    o.problems.push(...r.problems);
    o.waiting = r.waiting;
    const n = r.submissions.length;
    ui.overviewProgressText.textContent = `Read ${files(all.length)}: ${n} submission${n === 1 ? '' : 's'} counted, ${r.problems.length} skipped${r.waiting.length ? `, ${r.waiting.length} waiting for the exercise file` : ''}.`;
    render();
  }

  function render() {
    const o = view.overview;
    const { exercise } = o;
    ui.overviewExerciseName.textContent = exercise
      ? `Exercise: “${exercise.title}”, ${exercise.key.length} key items, made ${new Date(exercise.created).toLocaleString()}.`
      : `No exercise yet: open the exercise file you shared with your students.${o.waiting.length ? ` ${o.waiting.length} submission files are waiting for it.` : ''}`;
    renderProblems(ui.overviewProblems, o.problems);
    o.result = exercise ? classOverview(exercise, o.submissions) : null;
    if (exercise && o.result) renderOverview(ui.overviewBody, { exercise, overview: o.result });
    else ui.overviewBody.replaceChildren();
    ui.overviewCsv.disabled = ui.overviewItemsCsv.disabled = !o.result || !o.submissions.length;
    ui.overviewClear.disabled = !exercise && !o.problems.length && !o.waiting.length;
  }

  /**
   * @param {File} file
   */
  async function chooseExercise(file) {
    try {
      if (file.size > MAX_EXERCISE_BYTES) throw new Error('it is too large to be an exercise');
      await setExercise(await parseExercise(await file.text()));
    } catch (e) {
      view.overview.problems.push({ file: file.name, message: messageOf(e) });
    }
    render();
  }

  /**
   * @param {'students' | 'items'} which
   */
  function saveCsv(which) {
    const { exercise, result } = view.overview;
    if (!exercise || !result) return;
    const name = `${fileSlug(exercise.title)}.${which}.csv`;
    download(name, which === 'students' ? studentsCsv(exercise, result) : itemsCsv(result), 'text/csv');
    app.controls.setStatus(`Saved ${name}.`);
  }

  function clear() {
    Object.assign(view.overview, { exercise: null, submissions: [], problems: [], waiting: [], result: null });
    ui.overviewProgressWrap.hidden = true;
    render();
  }

  ui.openOverview.addEventListener('click', () => open());
  ui.overviewClose.addEventListener('click', close);
  onFilesChosen(ui.overviewExercise, ([file]) => chooseExercise(file));
  onFilesChosen(ui.overviewFiles, addFiles);
  ui.overviewCsv.addEventListener('click', () => saveCsv('students'));
  ui.overviewItemsCsv.addEventListener('click', () => saveCsv('items'));
  ui.overviewClear.addEventListener('click', clear);

  return { open, close, addFiles };
}
