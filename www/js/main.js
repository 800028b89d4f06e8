// The page's wiring: builds the controllers on the one page state, renders every store change through them, routes
// dropped files, and starts up (storage, the engine, then the article or exercise to open). The controllers do the
// work; this module only connects them.
//
// The page has three modes (body[data-mode]): 'annotate', the annotator; 'exercise', a student doing an exercise (the
// same article view and tools, with the machine's marks hidden and an exercise panel); 'overview', a teacher reading
// a class's submissions.

import { createAnnotator } from './annotator.js';
import { createAutosave } from './autosave.js';
import { createOverview } from './classroom-overview.js';
import { createStudent } from './classroom-student.js';
import { createTeacher } from './classroom-teacher.js';
import { createControls } from './controls.js';
import { createDocumentView } from './document-view.js';
import { loadEngine } from './engine.js';
import { createKeyboard } from './keyboard.js';
import { linkPayload } from './link.js';
import { createLoader } from './loader.js';
import { pageElements } from './page-elements.js';
import { createPageState } from './page-state.js';
import { createSelection } from './selection.js';
import { openStorage } from './storage.js';
import { createTransfer } from './transfer.js';
import { messageOf } from './errors.js';

/** @import { App } from './app' */

const ui = pageElements(document);
const { store, view } = createPageState(ui.toggles);

// Each controller reaches the others through `app`, looked up when called, so the order they are made in is free.
// It is complete once the lines below have run, before any controller is called.
const app = /** @type {App} */ ({ ui, store, view });
app.controls = createControls(app);
app.docView = createDocumentView(app);
app.selection = createSelection(app);
app.annotator = createAnnotator(app);
app.keyboard = createKeyboard(app);
app.loader = createLoader(app);
app.autosave = createAutosave(app);
app.transfer = createTransfer(app);
app.student = createStudent(app);
app.teacher = createTeacher(app);
app.overview = createOverview(app);

store.subscribe((state, event) => {
  const { docView, controls } = app;
  docView.renderDocument();
  if (event.kind === 'load') view.current = null;
  docView.renderCurrent();
  docView.renderUndo();
  controls.setBusy(view.busy);
  if (event.kind !== 'load') {
    const verb = { change: '', undo: 'Undone: ', redo: 'Redone: ' }[event.kind];
    controls.setStatus(`${verb}${event.label}.`);
  }
  app.student.onChange(event);
  app.teacher.onChange(state, event);
  // A new article is saved once it is drawn: storing thousands of marks would hold up its first slices.
  if (event.kind === 'load') docView.whenDrawn(app.autosave.save);
  else app.autosave.save();
});

// Dropping a file anywhere on the page opens it.
document.addEventListener('dragover', (e) => {
  if ([...(e.dataTransfer?.types ?? [])].includes('Files')) {
    e.preventDefault();
    document.body.classList.add('is-dropping');
  }
});
document.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) document.body.classList.remove('is-dropping');
});
document.addEventListener('drop', (e) => {
  document.body.classList.remove('is-dropping');
  const files = [...(e.dataTransfer?.files ?? [])];
  if (!files.length) return;
  e.preventDefault();
  // In the overview every file is a submission (or the exercise); elsewhere a .json file is an exercise to do.
  if (view.mode === 'overview') app.overview.addFiles(files);
  else if (/\.json$/i.test(files[0].name)) app.student.openExerciseFile(files[0]);
  else if (view.engine && !view.busy) app.loader.openFile(files[0]);
});

async function start() {
  const { controls } = app;
  controls.setMode('annotate');
  app.docView.renderShown();
  controls.setBusy(true);
  controls.setStatus('Loading the annotator…', true);
  view.storage = await openStorage({ onProblem: app.autosave.showStorageProblem });
  try {
    view.engine = await loadEngine();
  } catch (e) {
    controls.setBusy(false);
    controls.setStatus(`Could not load the annotator (is www/pkg built? run npm start): ${messageOf(e)}`);
    return;
  }
  ui.version.textContent = `v${view.engine.version}`;
  controls.setBusy(false);
  controls.setStatus('Ready.');
  const payload = linkPayload(location.hash);
  if (payload !== null && (await app.student.openExerciseLink(payload))) return;
  // Something was opened (dropped, say) while the engine loaded: leave it open.
  if (view.loading > 0) return;
  await app.loader.openFirst();
}

start();

// For the browser tests and the curious: a read-only look at the store.
Object.defineProperty(window, 'whosaid', {
  value: Object.freeze({
    state: () => structuredClone(store.get()),
    mode: () => view.mode,
    exercise: () => (view.exercise ? structuredClone({ id: view.exercise.exercise.id, hintsUsed: view.exercise.hintsUsed, revealed: view.exercise.revealed }) : null),
  }),
});
