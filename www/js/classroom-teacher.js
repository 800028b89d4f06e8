// The teacher's "Make an exercise" panel: the scope and notes, the answer key as it stands, and sharing the
// exercise as a file or a link.

import { newId } from './annotation.js';
import { download, fileSlug } from './download.js';
import { canonicalJson, makeExercise } from './exercise.js';
import { exerciseLink } from './link.js';
import { defaultInstructions, readScope, renderKeyList, renderShare } from './teacher-view.js';
import { dataOf } from './dom.js';
import { messageOf } from './errors.js';

/**
 * @import { StoreEvent } from './state.js'
 * @import { App } from './app'
 * @import { Exercise, StoreState } from './types'
 */

/** @param {Exercise} exercise */
const exerciseFileName = (exercise) => `${fileSlug(exercise.title)}.exercise.whosaid.json`;

/**
 * @param {App} app
 */
export function createTeacher(app) {
  const { ui, store, view } = app;
  /** @param {string} text */
  const setStatus = (text) => app.controls.setStatus(text);

  function open() {
    const { article, annotations } = store.get();
    if (!article || view.exercise) return;
    if (view.teacher?.articleKey !== article.key) {
      // A teacher's comment on a mark is the first draft of its feedback note.
      const id = view.savedExerciseId ?? newId('ex');
      view.teacher = { articleKey: article.key, id, notes: new Map(annotations.filter((a) => a.comment).map((a) => [a.id, a.comment])), made: null };
      app.autosave.save();
      ui.teacherTitle.value = article.title;
      ui.teacherInstructions.value = '';
      ui.teacherShare.replaceChildren();
    }
    ui.teacher.hidden = false;
    render();
    ui.teacher.scrollIntoView({ block: 'start' });
    ui.teacherForm.querySelector('input')?.focus();
  }

  function close() {
    ui.teacher.hidden = true;
    ui.makeExercise.focus();
  }

  function render() {
    const { article, annotations } = store.get();
    if (ui.teacher.hidden || !view.teacher || !article) return;
    const scope = readScope(ui.teacherForm);
    for (const k of ui.teacherForm.querySelectorAll('input[name="kind"]')) if (k instanceof HTMLInputElement) k.disabled = !scope.layers.includes('caveat');
    ui.teacherInstructions.placeholder = defaultInstructions(scope);
    const n = renderKeyList(ui.teacherKey, { text: article.text, annotations, scope, notes: view.teacher.notes });
    ui.teacherCount.textContent = `${n} item${n === 1 ? '' : 's'}`;
    ui.teacherFile.disabled = ui.teacherLink.disabled = !n;
  }

  /**
   * After the store changed: another article closes the panel; otherwise the key follows the marks.
   * @param {StoreState} state
   * @param {StoreEvent} event
   */
  function onChange(state, event) {
    if (event.kind === 'load' && view.teacher?.articleKey !== state.article?.key) ui.teacher.hidden = true;
    render();
  }

  /**
   * The exercise the panel describes now; the same object again while nothing has changed, so file and link agree.
   * @returns {Promise<Exercise>}
   */
  async function buildExercise() {
    const { article, annotations } = store.get();
    const { teacher } = view;
    if (!article || !teacher) throw new Error('Open an article and its “Make an exercise” panel first.');
    const scope = readScope(ui.teacherForm);
    const instructions = ui.teacherInstructions.value.trim() || defaultInstructions(scope);
    const title = ui.teacherTitle.value.trim() || article.title;
    const inputs = canonicalJson({ scope, instructions, title, notes: [...teacher.notes], annotations: annotations.map((a) => [a.id, a.type, a.kind, a.start, a.end, a.state]) });
    if (teacher.made?.inputs === inputs) return teacher.made.exercise;
    const exercise = await makeExercise({ title, text: article.text, annotations, ...scope, instructions, notes: teacher.notes, id: teacher.id });
    teacher.made = { inputs, exercise };
    view.lastExercise = exercise;
    return exercise;
  }

  /**
   * @param {string} message
   */
  function showError(message) {
    const p = document.createElement('p');
    p.className = 'import-error';
    p.textContent = message;
    ui.teacherShare.replaceChildren(p);
  }

  async function downloadExercise() {
    try {
      const exercise = await buildExercise();
      download(exerciseFileName(exercise), `${JSON.stringify(exercise, null, 2)}\n`, 'application/json');
      setStatus(`Saved ${exerciseFileName(exercise)}: ${exercise.key.length} key items. Share it with your students, and keep it for the class overview.`);
    } catch (e) {
      showError(messageOf(e));
    }
  }

  async function makeLink() {
    try {
      const exercise = await buildExercise();
      const link = await exerciseLink(location.href, exercise);
      renderShare(ui.teacherShare, { link, fileName: exerciseFileName(exercise) });
      setStatus(link.tooLong ? 'The link would be too long: share the exercise file instead.' : `Made a link of ${link.length} characters to the exercise.`);
    } catch (e) {
      showError(messageOf(e));
    }
  }

  async function copyLink() {
    const input = ui.teacherShare.querySelector('input');
    if (!input) return;
    try {
      await navigator.clipboard.writeText(input.value);
      setStatus('The link is copied: paste it where your students will find it.');
    } catch {
      input.focus();
      input.select();
      setStatus('The link is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  }

  ui.makeExercise.addEventListener('click', open);
  ui.teacherClose.addEventListener('click', close);
  // Only the ticks change the key; the title and instructions are read when the exercise is made.
  ui.teacherForm.addEventListener('change', (e) => e.target instanceof HTMLInputElement && e.target.type === 'checkbox' && render());
  ui.teacherForm.addEventListener('submit', (e) => e.preventDefault());
  ui.teacherKey.addEventListener('input', (e) => {
    const field = e.target;
    const id = field instanceof HTMLInputElement ? field.dataset.noteFor : undefined;
    if (id && view.teacher && field instanceof HTMLInputElement) view.teacher.notes.set(id, field.value);
  });
  ui.teacherFile.addEventListener('click', downloadExercise);
  ui.teacherLink.addEventListener('click', makeLink);
  ui.teacherOverview.addEventListener('click', async () => {
    try {
      await app.overview.open(await buildExercise());
    } catch (e) {
      showError(messageOf(e));
    }
  });
  ui.teacherShare.addEventListener('click', (e) => {
    const act = dataOf(e, 'button[data-act]', 'act');
    if (act === 'copy') copyLink();
    else if (act === 'download') downloadExercise();
  });

  return { close, onChange };
}
