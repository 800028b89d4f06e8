// The page's wiring: opens articles and exercises, renders the store into the page, and turns clicks and keys into
// store changes. The other modules do the work; this one connects them.
//
// The page has three modes (body[data-mode]): 'annotate', the annotator; 'exercise', a student doing an exercise (the
// same article view and tools, with the machine's marks hidden and an exercise panel); 'overview', a teacher reading
// a class's submissions.

import { normalise, readArticleFile, titleOf } from './article.js';
import { CAVEAT_KINDS, makeAnnotation, newId } from './annotation.js';
import { renderCard } from './card.js';
import { checkWork, nextHint } from './check.js';
import { download, fileSlug } from './download.js';
import { loadEngine } from './engine.js';
import { canonicalJson, makeExercise, makeSubmission, marksFrom, parseExercise, progressKey, toUtf16 } from './exercise.js';
import { asksFor, renderCheck, renderExerciseInfo } from './exercise-view.js';
import { toBrat, toCsv, toWebAnnotations } from './export.js';
import { textKey } from './hash.js';
import { decorate, marksAt, renderMarked } from './highlight.js';
import { ImportError, parseWebAnnotations, placeAnnotations } from './import.js';
import { SHORTCUTS, commandFor } from './keys.js';
import { exerciseJsonFromLink, exerciseLink, linkPayload } from './link.js';
import { offsetsFromRange, rangeFromOffsets } from './offsets.js';
import { classOverview, itemsCsv, readClassFiles, studentsCsv } from './overview.js';
import { renderOverview, renderProblems, renderProgress } from './overview-view.js';
import { SAMPLES, sampleNamed } from './samples.js';
import { renderSources } from './sources-panel.js';
import { addAnnotation, createStore, removeAnnotation, replaceAll, updateAnnotation } from './state.js';
import { openStorage } from './storage.js';
import { defaultInstructions, readScope, renderKeyList, renderShare } from './teacher-view.js';
import { zip } from './zip.js';

const $ = (id) => document.getElementById(id);
const ui = {
  doc: $('doc'),
  card: $('card'),
  status: $('status'),
  sample: $('sample'),
  recent: $('recent'),
  openFile: $('open-file'),
  paste: $('paste'),
  pasteBox: $('paste-box'),
  annotatePasted: $('annotate-pasted'),
  version: $('version'),
  undo: $('undo'),
  redo: $('redo'),
  help: $('help'),
  helpButton: $('help-button'),
  helpList: $('help-list'),
  find: $('find'),
  findInput: $('find-input'),
  addBar: $('add-bar'),
  balance: $('balance'),
  sourceList: $('source-list'),
  importFile: $('import-file'),
  importReport: $('import-report'),
  storageWarning: $('storage-warning'),
  storageMessage: $('storage-message'),
  storageExport: $('storage-export'),
  toggles: [...document.querySelectorAll('input[data-show]')],
  exports: [...document.querySelectorAll('button[data-export]')],
  layout: document.querySelector('main.layout'),
  transfer: document.querySelector('section.transfer'),
  pageAlert: $('page-alert'),
  pageAlertMessage: $('page-alert-message'),
  pageAlertClose: $('page-alert-close'),
  classroom: $('classroom'),
  makeExercise: $('make-exercise'),
  openExercise: $('open-exercise'),
  openOverview: $('open-overview'),
  teacher: $('teacher'),
  teacherClose: $('teacher-close'),
  teacherForm: $('teacher-form'),
  teacherTitle: $('teacher-title'),
  teacherInstructions: $('teacher-instructions'),
  teacherCount: $('teacher-count'),
  teacherKey: $('teacher-key'),
  teacherFile: $('teacher-file'),
  teacherLink: $('teacher-link'),
  teacherOverview: $('teacher-overview'),
  teacherShare: $('teacher-share'),
  exercise: $('exercise'),
  exerciseInfo: {
    title: $('exercise-title'),
    instructions: $('exercise-instructions'),
    asks: $('exercise-asks'),
    hintCount: $('hint-count'),
    hint: $('hint'),
  },
  studentName: $('student-name'),
  checkWork: $('check-work'),
  hint: $('hint'),
  checkResult: $('check-result'),
  submitWork: $('submit-work'),
  leaveExercise: $('leave-exercise'),
  exerciseReport: $('exercise-report'),
  overview: $('overview'),
  overviewClose: $('overview-close'),
  overviewExercise: $('overview-exercise'),
  overviewFiles: $('overview-files'),
  overviewCsv: $('overview-csv'),
  overviewItemsCsv: $('overview-items-csv'),
  overviewClear: $('overview-clear'),
  overviewExerciseName: $('overview-exercise-name'),
  overviewProgressWrap: $('overview-progress-wrap'),
  overviewProgress: $('overview-progress'),
  overviewProgressText: $('overview-progress-text'),
  overviewProblems: $('overview-problems'),
  overviewBody: $('overview-body'),
};

const store = createStore();

/** What the page shows that is not the reader's work (so not undone): loading state, the focused mark, the layers. */
const view = {
  engine: null,
  storage: null,
  busy: true,
  /** Counts article loads, so a slow analysis of an article the reader has left is dropped. */
  loading: 0,
  current: null,
  /** The words picked with the finder or the mouse, `{start, end}`, until they are marked. */
  picked: null,
  findFrom: 0,
  pieces: new Map(),
  /** Set while the page moves focus itself, so that focus does not open the card. */
  quietFocus: false,
  shown: new Set(ui.toggles.filter((t) => t.checked).map((t) => t.dataset.show)),
  mode: 'annotate',
  /** The exercise a student is doing: `{exercise, hintsUsed, revealed, checked}`, or null. */
  exercise: null,
  /** The teacher's panel for the open article: `{articleKey, id, notes, made}`, or null. */
  teacher: null,
  /** The exercise id saved with the open article, so an exercise made from it again keeps its id. */
  savedExerciseId: null,
  /** The latest exercise made here, which the class overview starts from. */
  lastExercise: null,
  /** The class overview: the exercise, the accepted submissions, the skipped files, files waiting for an exercise. */
  overview: { exercise: null, submissions: [], problems: [], waiting: [], result: null },
};

// ---------------------------------------------------------------------------------------------- status and controls

function setStatus(text, busy = false) {
  ui.status.textContent = text;
  ui.status.dataset.busy = String(busy);
}

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

/** Switches the page between the annotator, a student's exercise and the class overview. */
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

function showAlert(message) {
  ui.pageAlertMessage.textContent = message;
  ui.pageAlert.hidden = false;
}

function hideAlert() {
  ui.pageAlert.hidden = true;
}

function renderSampleMenu(selected) {
  const options = SAMPLES.map(({ file, title }) => new Option(title, file));
  const other = new Option(SAMPLES.length ? '(another article)' : '(no samples)', '');
  other.disabled = true;
  ui.sample.replaceChildren(other, ...options);
  ui.sample.value = selected ?? '';
}

async function renderRecentMenu() {
  const list = view.storage ? await view.storage.recent(20) : [];
  const open = store.get().article?.key;
  const head = new Option(list.length ? `(${list.length} saved)` : '(none yet)', '');
  head.disabled = true;
  ui.recent.replaceChildren(
    head,
    ...list.map((m) => {
      const when = m.saved ? new Date(m.saved).toLocaleString() : '';
      return new Option(`${m.title} · ${m.count} marks · ${when}`, m.key);
    }),
  );
  ui.recent.value = list.some((m) => m.key === open) ? open : '';
}

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

function toggleHelp(show = ui.help.hidden) {
  ui.help.hidden = !show;
  ui.helpButton.setAttribute('aria-expanded', String(show));
  if (show) ui.help.scrollIntoView({ block: 'nearest' });
}

// ------------------------------------------------------------------------------------------------------- rendering

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

let drawn = [];
function renderDocument(force) {
  const { article, annotations, speakers } = store.get();
  if (!article) return;
  if (!force && sameGeometry(drawn, annotations)) {
    const old = byIdOf(drawn);
    for (const a of annotations) {
      if (old.get(a.id) === a) continue;
      for (const el of view.pieces.get(a.id) ?? []) decorate(el, a, article.text, speakers);
    }
  } else {
    view.pieces = renderMarked(ui.doc, article.text, annotations, speakers);
  }
  drawn = annotations;
  updateTabStops();
  ui.doc.dataset.state = 'annotated';
  ui.doc.dataset.source = article.source ?? '';
  ui.doc.removeAttribute('aria-busy');
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
  for (const [id, els] of view.pieces) {
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

let cardParts = null;
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
  const pieces = view.pieces.get(a.id) ?? [];
  for (const el of pieces) el.classList.add('is-current');
  const byId = byIdOf(annotations);
  const around = pieces[0] ? marksAt(ui.doc, pieces[0]).filter((id) => id !== a.id).map((id) => byId.get(id)).filter(Boolean) : [];
  const hadFocus = ui.card.contains(document.activeElement) ? document.activeElement.dataset.act ?? document.activeElement.name : null;
  cardParts = renderCard(ui.card, { a, text: article.text, speakers, around });
  ui.card.hidden = false;
  placeCard(pieces[0]);
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

store.subscribe((state, event) => {
  renderDocument(event.kind === 'load');
  if (event.kind === 'load') view.current = null;
  renderCurrent();
  renderSourcesPanel();
  renderUndo();
  setBusy(view.busy);
  if (event.kind !== 'load') {
    const verb = { change: '', undo: 'Undone: ', redo: 'Redone: ' }[event.kind];
    setStatus(`${verb}${event.label}.`);
  }
  if (view.exercise) {
    renderExercise();
    if (event.kind !== 'load') markCheckStale();
  }
  if (event.kind === 'load' && view.teacher?.articleKey !== state.article?.key) ui.teacher.hidden = true;
  renderTeacher();
  save();
});

// ------------------------------------------------------------------------------------------------------------ saving

let saving = Promise.resolve();
let saveQueued = false;
/** Saves the open article after the current task, once however many changes it made. */
function save() {
  if (saveQueued || !view.storage) return;
  saveQueued = true;
  queueMicrotask(() => {
    saveQueued = false;
    const { article, annotations, speakers } = store.get();
    if (!article) return;
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
      .then(() => view.storage.save(record))
      .then(() => {
        ui.doc.dataset.saved = record.saved;
        if (!listed) return renderRecentMenu();
      });
  });
}

function showStorageProblem(problem, kind) {
  ui.storageWarning.hidden = false;
  ui.storageMessage.textContent =
    kind === 'memory'
      ? `Your annotations cannot be saved in this browser (${problem}). They are kept only while this tab is open: export them to keep them.`
      : `Saving had a problem (${problem}); your work is now saved with ${kind} instead.`;
}

// ------------------------------------------------------------------------------------------------ opening articles

/** Opens `text`: restores the reader's saved work on it, or has the worker analyse it. */
async function openArticle(raw, { title, source }) {
  const text = normalise(raw);
  if (!text.trim()) {
    setStatus('There is no text to annotate: paste or open an article.');
    return;
  }
  const ticket = ++view.loading;
  if (view.exercise || view.mode !== 'annotate') {
    view.exercise = null;
    setMode('annotate');
  }
  setBusy(true);
  const key = await textKey(text);
  const saved = view.storage ? await view.storage.load(key) : undefined;
  if (ticket !== view.loading) return;
  view.savedExerciseId = saved?.teacher?.exerciseId ?? null;
  const article = { key, title: saved?.title ?? title ?? titleOf(text), text, source };
  if (saved) {
    setBusy(false);
    store.load(article, saved.annotations ?? [], saved.speakers ?? []);
    setStatus(`Restored your work on “${article.title}”: ${saved.annotations?.length ?? 0} marks, saved ${new Date(saved.saved).toLocaleString()}.`);
  } else {
    // Show the beginning at once; the whole text and its marks follow when the worker is done. (Laying out a very
    // long text twice would stall the page while it waits.)
    const PREVIEW = 4000;
    ui.doc.replaceChildren(document.createTextNode(text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text));
    ui.doc.dataset.state = 'analysing';
    ui.doc.setAttribute('aria-busy', 'true');
    ui.card.hidden = true;
    setStatus(`Analysing ${text.split(/\s+/).filter(Boolean).length.toLocaleString()} words…`, true);
    let result;
    try {
      result = await view.engine.analyse(text);
    } catch (e) {
      if (ticket !== view.loading) return;
      setBusy(false);
      ui.doc.dataset.state = 'error';
      setStatus(`Could not analyse this text: ${e.message}`);
      return;
    }
    if (ticket !== view.loading) return;
    setBusy(false);
    store.load(article, result.annotations, result.speakers);
    const n = result.annotations.length;
    setStatus(`“${article.title}”: ${n} suggested marks in ${Math.round(result.ms)} ms. Confirm, reject or add your own.`);
  }
  renderSampleMenu(source === 'pasted' || source === 'file' || source === 'recent' ? '' : source);
  await renderRecentMenu();
}

function openSample(file) {
  const sample = sampleNamed(file);
  if (sample) return openArticle(sample.text, { title: sample.title, source: file });
  setStatus(`There is no sample called ${file}.`);
}

async function openFile(file) {
  try {
    const { text, title } = await readArticleFile(file);
    await openArticle(text, { title, source: 'file' });
  } catch (e) {
    setStatus(`Could not open ${file.name}: ${e.message}`);
  }
}

async function openRecent(key) {
  const record = await view.storage.load(key);
  if (record?.exercise) {
    try {
      await openExercise(await parseExercise(record.exercise));
    } catch (e) {
      showAlert(`Your saved exercise could not be reopened: ${e.message}`);
    }
  } else if (record) await openArticle(record.text, { title: record.title, source: 'recent' });
}

// ----------------------------------------------------------------------------------------------------- annotating

const current = () => store.get().annotations.find((a) => a.id === view.current);
const describeShort = (a) => `${a.type === 'caveat' ? `${a.kind} caveat` : a.type} “${store.get().article.text.slice(a.start, a.end).slice(0, 40)}”`;

function setCurrent(id, { focus = false, card = false } = {}) {
  view.current = id;
  renderCurrent();
  const first = view.pieces.get(id)?.[0];
  if (focus && first) {
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    placeCard(first);
  }
  if (card && cardParts) cardParts.first.focus();
}

function setState(state) {
  const a = current();
  if (!a) return setStatus('Focus a mark first (j, k or Tab), then press y or n.');
  if (a.state === state) return;
  store.change(`${state === 'confirmed' ? 'confirmed' : 'rejected'} ${describeShort(a)}`, updateAnnotation(a.id, { state }));
}

function deleteCurrent() {
  const a = current();
  if (!a) return;
  if (a.creator !== 'reader') return setState('rejected');
  const pieces = view.pieces.get(a.id);
  const next = pieces?.[0] ? neighbour(pieces[0], 1) : null;
  store.change(`deleted ${describeShort(a)}`, removeAnnotation(a.id));
  if (next) setCurrent(next, { focus: true });
}

/** A speaker for words the reader marks: an existing one with that name, or a new one. */
function speakerFor(words) {
  const name = words.replace(/\s+/g, ' ').trim();
  const existing = store.get().speakers.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (existing) return { id: existing.id, added: null };
  const kind = /^(officials?|sources?|people|a (senior )?\w+ official|an? (spokes\w+|source|person))\b/i.test(name) ? 'anonymous' : /^[A-Z]/.test(name) ? 'person' : 'unknown';
  const added = { id: newId('s'), name, kind, roles: [], creator: 'reader' };
  return { id: added.id, added };
}

/** The words to mark: the picked or selected text, trimmed of spaces; else the focused mark's words. */
function wordsToMark() {
  const text = store.get().article?.text ?? '';
  let span = selectionOffsets() ?? view.picked;
  if (!span) {
    const a = current();
    if (a) span = { start: a.start, end: a.end };
  }
  if (!span) return null;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

function addMark(type) {
  const { article } = store.get();
  if (!article) return;
  const span = wordsToMark();
  if (!span) return setStatus('Select some words first (drag over them, or press / to find them), then choose a type.');
  const words = article.text.slice(span.start, span.end);
  const speaker = type === 'speaker' ? speakerFor(words) : null;
  const a = makeAnnotation(article.text, { ...span, type, creator: 'reader', speakerId: speaker?.id ?? null });
  store.change(`added ${describeShort(a)}`, addAnnotation(a, speaker?.added));
  view.picked = null;
  document.getSelection()?.removeAllRanges();
  hideAddBar();
  setCurrent(a.id, { focus: true });
  // Straight into the field the new mark most needs.
  const f = cardParts?.fields;
  (type === 'caveat' ? f?.kind : type === 'claim' ? f?.speaker : f?.comment)?.focus();
}

function retype(type) {
  const a = current();
  if (!a || a.type === type) return;
  const { article } = store.get();
  const patch = { type, state: 'confirmed', kind: type === 'caveat' ? (CAVEAT_KINDS.includes(a.kind) ? a.kind : 'hedge') : type === 'claim' || type === 'cue' ? (a.type === 'claim' || a.type === 'cue' ? a.kind : null) : null };
  let added = null;
  if (type === 'speaker' && !a.speakerId) {
    const s = speakerFor(article.text.slice(a.start, a.end));
    patch.speakerId = s.id;
    added = s.added;
  }
  store.change(`made ${describeShort(a)} a ${type}`, (d) => ({
    ...updateAnnotation(a.id, patch)(d),
    ...(added ? { speakers: [...d.speakers, added] } : {}),
  }));
}

function link(speakerId) {
  const a = current();
  if (!a) return;
  const { article, speakers } = store.get();
  if (!speakerId && a.type === 'speaker') {
    const s = speakerFor(article.text.slice(a.start, a.end));
    return store.change(`made ${describeShort(a)} a speaker of its own`, (d) => ({
      ...updateAnnotation(a.id, { speakerId: s.id, state: 'confirmed' })(d),
      ...(s.added ? { speakers: [...d.speakers, s.added] } : {}),
    }));
  }
  const name = speakers.find((s) => s.id === speakerId)?.name ?? 'no identified source';
  store.change(`linked ${describeShort(a)} to ${name}`, updateAnnotation(a.id, { speakerId: speakerId || null, state: 'confirmed' }));
}

function saveComment() {
  const a = current();
  const value = cardParts?.fields.comment.value ?? '';
  if (!a || value === (a.comment ?? '')) return;
  store.change(`${value ? 'commented on' : 'removed the comment on'} ${describeShort(a)}`, updateAnnotation(a.id, { comment: value }));
}

// ------------------------------------------------------------------------------------------- marks and the keyboard

/** The first pieces of the marks that can be seen, in document order. */
function visibleMarks() {
  return [...ui.doc.querySelectorAll('mark.m-first')].filter((el) => el.tabIndex === 0);
}

/** The id of the visible mark before or after `el` (by document order), or null. */
function neighbour(el, step) {
  const list = visibleMarks();
  const i = list.indexOf(el);
  const j = i === -1 ? (step > 0 ? 0 : list.length - 1) : i + step;
  return list[j]?.dataset.mark ?? null;
}

function move(step) {
  const list = visibleMarks();
  if (!list.length) return;
  const from = view.pieces.get(view.current)?.[0];
  let i = from ? list.indexOf(from) : -1;
  if (i === -1 && from) {
    // The current mark is hidden: start from where it is.
    i = list.findIndex((el) => Number(el.dataset.start) > Number(from.dataset.start)) - (step > 0 ? 1 : 0);
  }
  const next = list[Math.max(0, Math.min(list.length - 1, i === -1 ? (step > 0 ? 0 : list.length - 1) : i + step))];
  setCurrent(next.dataset.mark, { focus: true });
}

/** The offsets of the reader's selection inside the article, or null. */
function selectionOffsets() {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const range = sel.getRangeAt(0);
  if (!ui.doc.contains(range.commonAncestorContainer)) return null;
  const span = offsetsFromRange(ui.doc, range);
  return span && span.end > span.start ? span : null;
}

function showAddBar() {
  const sel = document.getSelection();
  const span = selectionOffsets();
  if (!span) return hideAddBar();
  view.picked = span;
  // Words being selected matter more than the card of the mark they lie in.
  if (!ui.card.hidden && !ui.card.contains(document.activeElement)) {
    view.current = null;
    renderCurrent();
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

function openFinder() {
  ui.find.hidden = false;
  ui.findInput.select();
  ui.findInput.focus();
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
  view.picked = { start: at, end: at + words.length };
  const range = rangeFromOffsets(ui.doc, at, at + words.length);
  const sel = document.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  ui.find.hidden = true;
  ui.doc.focus({ preventScroll: true });
  showAddBar();
  setStatus(`Selected “${words}”: press s, c, v or m to mark it.`);
}

/** Selects `start..end` of the article, ready to be marked (as the finder does). */
function selectWords(start, end) {
  view.current = null;
  renderCurrent();
  view.picked = { start, end };
  const range = rangeFromOffsets(ui.doc, start, end);
  const sel = document.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  ui.doc.focus({ preventScroll: true });
  showAddBar();
  setStatus(`Selected “${store.get().article.text.slice(start, end).slice(0, 60)}”: press s, c, v or m to mark it.`);
}

/** Hides the card; the keyboard stays on its mark, without opening the card again. */
function closeCard() {
  const first = view.pieces.get(view.current)?.[0];
  view.current = null;
  renderCurrent();
  if (first && document.activeElement !== first) {
    view.quietFocus = true;
    first.focus({ preventScroll: true });
    view.quietFocus = false;
  }
}

function closeTopmost() {
  if (view.mode === 'overview') {
    closeOverview();
  } else if (!ui.teacher.hidden && ui.teacher.contains(document.activeElement)) {
    closeTeacher();
  } else if (!ui.find.hidden) {
    ui.find.hidden = true;
    ui.doc.focus({ preventScroll: true });
  } else if (!ui.help.hidden) {
    toggleHelp(false);
    ui.helpButton.focus();
  } else if (!ui.card.hidden) {
    const first = view.pieces.get(view.current)?.[0];
    if (ui.card.contains(document.activeElement) && first) first.focus();
    else closeCard();
  } else if (!ui.addBar.hidden) {
    document.getSelection()?.removeAllRanges();
    view.picked = null;
    hideAddBar();
  }
}

const COMMANDS = {
  next: () => move(1),
  prev: () => move(-1),
  open: () => {
    if (view.current) setCurrent(view.current, { card: true });
  },
  confirm: () => setState('confirmed'),
  reject: () => setState('rejected'),
  delete: () => deleteCurrent(),
  find: () => openFinder(),
  'add-speaker': () => addMark('speaker'),
  'add-claim': () => addMark('claim'),
  'add-caveat': () => addMark('caveat'),
  'add-note': () => addMark('note'),
  undo: () => store.undo() ?? setStatus('Nothing to undo.'),
  redo: () => store.redo() ?? setStatus('Nothing to redo.'),
  help: () => toggleHelp(),
  close: () => closeTopmost(),
};

function onKey(e) {
  const command = commandFor(e);
  if (!command || !store.get().article || view.mode === 'overview') {
    if (command === 'help' || command === 'close') COMMANDS[command]();
    return;
  }
  e.preventDefault();
  COMMANDS[command]();
}

// ------------------------------------------------------------------------------------------------ export and import

function exportAs(format) {
  const { article, annotations, speakers } = store.get();
  if (!article) return;
  const name = fileSlug(article.title);
  if (format === 'json') {
    download(`${name}.whosaid.json`, `${JSON.stringify(toWebAnnotations(article, annotations, speakers), null, 2)}\n`, 'application/ld+json');
  } else if (format === 'brat') {
    const files = [
      { name: `${name}.txt`, text: article.text },
      { name: `${name}.ann`, text: toBrat(article.text, annotations) },
    ];
    download(`${name}.brat.zip`, zip(files), 'application/zip');
  } else if (format === 'csv') {
    download(`${name}.csv`, toCsv(article.text, annotations, speakers), 'text/csv');
  }
  setStatus(`Exported ${annotations.length} marks as ${format === 'json' ? 'Web Annotation JSON' : format === 'brat' ? 'brat (.txt and .ann in a zip)' : 'CSV'}.`);
}

function report(message, { error = false, unplaced = [] } = {}) {
  const p = document.createElement('p');
  p.textContent = message;
  p.className = error ? 'import-error' : 'import-ok';
  const parts = [p];
  if (unplaced.length) {
    const list = document.createElement('ul');
    list.className = 'unplaced';
    for (const u of unplaced) {
      const li = document.createElement('li');
      li.textContent = `${u.type}: “${u.exact.length > 80 ? `${u.exact.slice(0, 79)}…` : u.exact}”`;
      list.append(li);
    }
    parts.push(list);
  }
  ui.importReport.replaceChildren(...parts);
  ui.importReport.setAttribute('role', error ? 'alert' : 'status');
}

async function importFile(file) {
  const { article } = store.get();
  if (!article) return report('Open an article first: annotations are imported onto the open article.', { error: true });
  let parsed;
  try {
    parsed = parseWebAnnotations(await file.text());
  } catch (e) {
    const message = e instanceof ImportError ? e.message : `Nothing was imported: ${e.message}`;
    return report(`${file.name}: ${message}`, { error: true });
  }
  const placed = placeAnnotations(article.text, parsed);
  const before = store.get().annotations.length;
  store.change(`imported ${placed.annotations.length} marks from ${file.name}`, replaceAll(placed.annotations, placed.speakers));
  const moved = placed.moved ? `; ${placed.moved} found at a new place in the text` : '';
  const lost = placed.unplaced.length ? `; ${placed.unplaced.length} could not be placed (their words are not in this text):` : '.';
  report(`Imported ${placed.annotations.length} marks from ${file.name}, replacing the ${before} that were here (Ctrl+Z undoes it)${moved}${lost}`, { unplaced: placed.unplaced });
}

// ------------------------------------------------------------------------------------------------ the student's side

const MAX_EXERCISE_BYTES = 20 * 1024 * 1024;

/** Opens a checked exercise for a student: the article without the machine's marks, and their saved work if any. */
async function openExercise(exercise) {
  const ticket = ++view.loading;
  const key = progressKey(exercise);
  const saved = view.storage ? await view.storage.load(key) : undefined;
  if (ticket !== view.loading) return;
  const progress = saved?.progress ?? {};
  view.savedExerciseId = null;
  view.exercise = { exercise, hintsUsed: progress.hintsUsed ?? 0, revealed: progress.revealed ?? [], checked: false };
  ui.studentName.value = progress.student ?? '';
  ui.checkResult.hidden = true;
  ui.checkResult.replaceChildren();
  exerciseReport('');
  setMode('exercise');
  setBusy(false);
  store.load({ key, title: `Exercise: ${exercise.title}`, text: exercise.article.text, source: 'exercise' }, saved?.annotations ?? [], saved?.speakers ?? []);
  setStatus(
    saved
      ? `Restored your work on the exercise “${exercise.title}”: ${saved.annotations?.length ?? 0} marks, saved ${new Date(saved.saved).toLocaleString()}.`
      : `Exercise “${exercise.title}”: whosaid's own marks are hidden. Find the ${asksFor(exercise)} yourself, then check your work.`,
  );
  renderSampleMenu('');
  await renderRecentMenu();
}

/** Opens the exercise a link carries; says plainly what is wrong when it cannot. Resolves to whether it opened. */
async function openExerciseLink(payload) {
  try {
    const exercise = await parseExercise(await exerciseJsonFromLink(payload));
    hideAlert();
    await openExercise(exercise);
    return true;
  } catch (e) {
    showAlert(e.message);
    setStatus('The exercise could not be opened.');
    return false;
  }
}

async function openExerciseFile(file) {
  try {
    if (file.size > MAX_EXERCISE_BYTES) throw new Error(`it is too large to be an exercise (${Math.round(file.size / 1024)} KiB)`);
    const exercise = await parseExercise(await file.text());
    hideAlert();
    await openExercise(exercise);
  } catch (e) {
    showAlert(`${file.name}: ${e.message}`);
  }
}

/** The student's marks in any state (what a hint must not repeat), in code points. */
const exerciseMarks = (options) => marksFrom(store.get().article.text, store.get().annotations, view.exercise.exercise, options);

function renderExercise() {
  const { exercise, hintsUsed, revealed } = view.exercise;
  const hintsLeft = !!nextHint(exercise, exerciseMarks({ state: null }), revealed);
  renderExerciseInfo(ui.exerciseInfo, { exercise, hintsUsed, hintsLeft });
}

function exerciseReport(message, { error = false } = {}) {
  ui.exerciseReport.textContent = message;
  ui.exerciseReport.className = `exercise-report${error ? ' import-error' : ''}`;
  ui.exerciseReport.setAttribute('role', error ? 'alert' : 'status');
}

/** Reveals one machine suggestion as a suggested mark, and counts it (one undone and shown again is free). */
function showHint() {
  const ex = view.exercise;
  if (!ex) return;
  const next = nextHint(ex.exercise, exerciseMarks({ state: null }), ex.revealed);
  if (!next) {
    renderExercise();
    return setStatus('No hints left: every suggestion whosaid has for this exercise is marked already.');
  }
  const s = ex.exercise.suggestions[next.index];
  const { text } = store.get().article;
  const a = makeAnnotation(text, { ...toUtf16(ex.exercise, s), type: s.layer, kind: s.kind, creator: 'machine', state: 'suggested', why: s.why, id: newId('hint') });
  if (!next.free) {
    ex.hintsUsed += 1;
    ex.revealed = [...ex.revealed, next.index];
  }
  store.change(`showed a hint, ${describeShort(a)}`, addAnnotation(a));
  setCurrent(a.id, { focus: true });
  setStatus(`Hint ${ex.hintsUsed}: whosaid suggests the ${describeShort(a)}. Confirm it (y) if you agree, or reject it (n).`);
}

function checkMyWork() {
  const ex = view.exercise;
  if (!ex) return;
  const result = checkWork(ex.exercise, exerciseMarks({ keepId: true }));
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

async function submitWork() {
  const ex = view.exercise;
  if (!ex) return;
  try {
    const s = await makeSubmission(ex.exercise, { student: ui.studentName.value, annotations: store.get().annotations, hintsUsed: ex.hintsUsed });
    const name = `${fileSlug(ex.exercise.title)}.${fileSlug(s.student)}.submission.whosaid.json`;
    download(name, `${JSON.stringify(s, null, 2)}\n`, 'application/json');
    exerciseReport(`Saved ${name}: ${s.marks.length} marks, ${s.hintsUsed} hints used. Give this file to your teacher.`);
  } catch (e) {
    exerciseReport(e.message, { error: true });
    ui.studentName.focus();
  }
}

async function leaveExercise() {
  view.exercise = null;
  setMode('annotate');
  const recent = view.storage ? await view.storage.recent(20) : [];
  const last = recent.find((m) => !m.key.startsWith('exercise:'));
  if (last) await openRecent(last.key);
  else if (SAMPLES[0]) await openSample(SAMPLES[0].file);
}

// ------------------------------------------------------------------------------------------------ the teacher's side

function openTeacher() {
  const { article, annotations } = store.get();
  if (!article || view.exercise) return;
  if (view.teacher?.articleKey !== article.key) {
    // A teacher's comment on a mark is the first draft of its feedback note.
    const id = view.savedExerciseId ?? newId('ex');
    view.teacher = { articleKey: article.key, id, notes: new Map(annotations.filter((a) => a.comment).map((a) => [a.id, a.comment])), made: null };
    save();
    ui.teacherTitle.value = article.title;
    ui.teacherInstructions.value = '';
    ui.teacherShare.replaceChildren();
  }
  ui.teacher.hidden = false;
  renderTeacher();
  ui.teacher.scrollIntoView({ block: 'start' });
  ui.teacherForm.querySelector('input')?.focus();
}

function closeTeacher() {
  ui.teacher.hidden = true;
  ui.makeExercise.focus();
}

function renderTeacher() {
  if (ui.teacher.hidden || !view.teacher) return;
  const { article, annotations } = store.get();
  const scope = readScope(ui.teacherForm);
  for (const k of ui.teacherForm.querySelectorAll('input[name="kind"]')) k.disabled = !scope.layers.includes('caveat');
  ui.teacherInstructions.placeholder = defaultInstructions(scope);
  const n = renderKeyList(ui.teacherKey, { text: article.text, annotations, scope, notes: view.teacher.notes });
  ui.teacherCount.textContent = `${n} item${n === 1 ? '' : 's'}`;
  ui.teacherFile.disabled = ui.teacherLink.disabled = !n;
}

/** The exercise the panel describes now; the same object again while nothing has changed, so file and link agree. */
async function buildExercise() {
  const { article, annotations } = store.get();
  const scope = readScope(ui.teacherForm);
  const instructions = ui.teacherInstructions.value.trim() || defaultInstructions(scope);
  const title = ui.teacherTitle.value.trim() || article.title;
  const inputs = canonicalJson({ scope, instructions, title, notes: [...view.teacher.notes], annotations: annotations.map((a) => [a.id, a.type, a.kind, a.start, a.end, a.state]) });
  if (view.teacher.made?.inputs === inputs) return view.teacher.made.exercise;
  const exercise = await makeExercise({ title, text: article.text, annotations, ...scope, instructions, notes: view.teacher.notes, id: view.teacher.id });
  view.teacher.made = { inputs, exercise };
  view.lastExercise = exercise;
  return exercise;
}

const exerciseFileName = (exercise) => `${fileSlug(exercise.title)}.exercise.whosaid.json`;

function teacherError(message) {
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
    teacherError(e.message);
  }
}

async function makeLink() {
  try {
    const exercise = await buildExercise();
    const link = await exerciseLink(location.href, exercise);
    renderShare(ui.teacherShare, { link, fileName: exerciseFileName(exercise) });
    setStatus(link.tooLong ? 'The link would be too long: share the exercise file instead.' : `Made a link of ${link.length} characters to the exercise.`);
  } catch (e) {
    teacherError(e.message);
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

// ------------------------------------------------------------------------------------------------- the class overview

/** Shows the class overview; with `exercise`, for that exercise, else for the one it had, or the latest made here. */
async function openOverview(exercise) {
  const o = view.overview;
  if (exercise) await setOverviewExercise(exercise);
  else if (!o.exercise && view.lastExercise) await setOverviewExercise(view.lastExercise);
  setMode('overview');
  renderOverviewPage();
  ui.overviewClose.focus();
}

function closeOverview() {
  setMode(view.exercise ? 'exercise' : 'annotate');
  (view.exercise ? ui.checkWork : ui.openOverview).focus();
}

/** Uses `exercise` for the overview; the submissions counted for another one are dropped. */
async function setOverviewExercise(exercise) {
  const o = view.overview;
  if (o.exercise && o.exercise.id === exercise.id && o.exercise.integrity.key === exercise.integrity.key) return;
  Object.assign(o, { exercise, submissions: [], problems: [] });
  if (o.waiting.length) await addClassFiles([]);
}

/** Reads dropped or chosen files into the overview, with a progress bar. */
async function addClassFiles(files) {
  const o = view.overview;
  const waiting = o.waiting.map((w) => ({ name: w.file, size: 0, text: async () => JSON.stringify(w.data) }));
  const all = [...waiting, ...files];
  if (!all.length) return;
  ui.overviewProgressWrap.hidden = false;
  ui.overviewProgressText.textContent = `Reading ${all.length} file${all.length === 1 ? '' : 's'}…`;
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
  const n = all.length;
  ui.overviewProgressText.textContent = `Read ${n} file${n === 1 ? '' : 's'}: ${r.submissions.length} submission${r.submissions.length === 1 ? '' : 's'} counted, ${r.problems.length} skipped${r.waiting.length ? `, ${r.waiting.length} waiting for the exercise file` : ''}.`;
  renderOverviewPage();
}

function renderOverviewPage() {
  const o = view.overview;
  const { exercise } = o;
  ui.overviewExerciseName.textContent = exercise
    ? `Exercise: “${exercise.title}”, ${exercise.key.length} key items, made ${new Date(exercise.created).toLocaleString()}.`
    : `No exercise yet: open the exercise file you shared with your students.${o.waiting.length ? ` ${o.waiting.length} submission files are waiting for it.` : ''}`;
  renderProblems(ui.overviewProblems, o.problems);
  o.result = exercise ? classOverview(exercise, o.submissions) : null;
  if (o.result) renderOverview(ui.overviewBody, { exercise, overview: o.result });
  else ui.overviewBody.replaceChildren();
  ui.overviewCsv.disabled = ui.overviewItemsCsv.disabled = !o.result || !o.submissions.length;
  ui.overviewClear.disabled = !exercise && !o.problems.length && !o.waiting.length;
}

async function chooseOverviewExercise(file) {
  try {
    if (file.size > MAX_EXERCISE_BYTES) throw new Error('it is too large to be an exercise');
    await setOverviewExercise(await parseExercise(await file.text()));
  } catch (e) {
    view.overview.problems.push({ file: file.name, message: e.message });
  }
  renderOverviewPage();
}

function overviewCsv(which) {
  const { exercise, result } = view.overview;
  if (!result) return;
  const name = `${fileSlug(exercise.title)}.${which}.csv`;
  download(name, which === 'students' ? studentsCsv(exercise, result) : itemsCsv(result), 'text/csv');
  setStatus(`Saved ${name}.`);
}

function clearOverview() {
  Object.assign(view.overview, { exercise: null, submissions: [], problems: [], waiting: [], result: null });
  ui.overviewProgressWrap.hidden = true;
  renderOverviewPage();
}

// ------------------------------------------------------------------------------------------------------------ wiring

function markOf(target) {
  return target?.closest?.('mark[data-mark]');
}

function wire() {
  document.addEventListener('keydown', onKey);
  ui.sample.addEventListener('change', () => ui.sample.value && openSample(ui.sample.value));
  ui.recent.addEventListener('change', () => ui.recent.value && openRecent(ui.recent.value));
  ui.openFile.addEventListener('change', () => {
    const [file] = ui.openFile.files;
    ui.openFile.value = '';
    if (file) openFile(file);
  });
  ui.annotatePasted.addEventListener('click', () => openArticle(ui.paste.value, { source: 'pasted' }));
  ui.paste.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) ui.annotatePasted.click();
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
    if (view.mode === 'overview') addClassFiles(files);
    else if (/\.json$/i.test(files[0].name)) openExerciseFile(files[0]);
    else if (view.engine && !view.busy) openFile(files[0]);
  });

  ui.doc.addEventListener('click', (e) => {
    const mark = markOf(e.target);
    if (mark && document.getSelection()?.isCollapsed !== false) setCurrent(mark.dataset.mark);
    else if (!mark && !selectionOffsets()) setCurrent(null);
  });
  ui.doc.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark && !view.quietFocus && mark.dataset.mark !== view.current) setCurrent(mark.dataset.mark);
  });
  ui.doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e.target);
    if (!mark || mark.dataset.mark === view.current) return;
    if (ui.card.contains(document.activeElement) || selectionOffsets()) return;
    setCurrent(mark.dataset.mark);
  });
  document.addEventListener('selectionchange', () => {
    if (selectionOffsets()) showAddBar();
    else if (!ui.addBar.contains(document.activeElement) && !view.picked) hideAddBar();
  });
  ui.doc.addEventListener('mousedown', () => {
    view.picked = null;
  });
  ui.addBar.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
  ui.addBar.addEventListener('click', (e) => {
    const type = e.target.closest('button[data-add]')?.dataset.add;
    if (type) addMark(type);
  });

  ui.card.addEventListener('click', (e) => {
    const act = e.target.closest('button[data-act]')?.dataset.act;
    if (act === 'confirm') setState('confirmed');
    else if (act === 'reject') setState('rejected');
    else if (act === 'delete') deleteCurrent();
    else if (act === 'comment') saveComment();
    else if (act === 'goto') setCurrent(e.target.dataset.id, { focus: true });
    else if (act === 'close') closeCard();
  });
  ui.card.addEventListener('change', (e) => {
    const act = e.target.dataset.act;
    if (act === 'type') retype(e.target.value);
    else if (act === 'kind') {
      const a = current();
      if (a) store.change(`made ${describeShort(a)} a ${e.target.value} caveat`, updateAnnotation(a.id, { kind: e.target.value, state: 'confirmed' }));
    } else if (act === 'speaker') link(e.target.value);
  });
  ui.card.addEventListener('keydown', (e) => {
    if (e.target.name === 'comment' && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      saveComment();
    }
  });

  ui.find.addEventListener('submit', (e) => {
    e.preventDefault();
    findNext();
  });
  ui.findInput.addEventListener('input', () => {
    view.findFrom = 0;
  });

  ui.undo.addEventListener('click', () => COMMANDS.undo());
  ui.redo.addEventListener('click', () => COMMANDS.redo());
  ui.helpButton.addEventListener('click', () => toggleHelp());
  ui.sourceList.addEventListener('click', (e) => {
    const id = e.target.closest('button[data-goto]')?.dataset.goto;
    if (id) setCurrent(id, { focus: true });
  });
  for (const t of ui.toggles) {
    t.addEventListener('change', () => {
      view.shown = new Set(ui.toggles.filter((x) => x.checked).map((x) => x.dataset.show));
      renderShown();
    });
  }
  for (const b of ui.exports) b.addEventListener('click', () => exportAs(b.dataset.export));
  ui.storageExport.addEventListener('click', () => exportAs('json'));
  ui.importFile.addEventListener('change', () => {
    const [file] = ui.importFile.files;
    ui.importFile.value = '';
    if (file) importFile(file);
  });
  window.addEventListener('resize', () => placeCard(view.pieces.get(view.current)?.[0]));
  window.addEventListener('hashchange', () => {
    const payload = linkPayload(location.hash);
    if (payload !== null) openExerciseLink(payload);
  });
  ui.pageAlertClose.addEventListener('click', hideAlert);

  // Classroom: the teacher's panel, the student's panel, the class overview.
  ui.makeExercise.addEventListener('click', openTeacher);
  ui.teacherClose.addEventListener('click', closeTeacher);
  // Only the ticks change the key; the title and instructions are read when the exercise is made.
  ui.teacherForm.addEventListener('change', (e) => e.target.type === 'checkbox' && renderTeacher());
  ui.teacherForm.addEventListener('submit', (e) => e.preventDefault());
  ui.teacherKey.addEventListener('input', (e) => {
    const id = e.target.dataset?.noteFor;
    if (id && view.teacher) view.teacher.notes.set(id, e.target.value);
  });
  ui.teacherFile.addEventListener('click', downloadExercise);
  ui.teacherLink.addEventListener('click', makeLink);
  ui.teacherOverview.addEventListener('click', async () => {
    try {
      await openOverview(await buildExercise());
    } catch (e) {
      teacherError(e.message);
    }
  });
  ui.teacherShare.addEventListener('click', (e) => {
    const act = e.target.closest('button[data-act]')?.dataset.act;
    if (act === 'copy') copyLink();
    else if (act === 'download') downloadExercise();
  });
  ui.openExercise.addEventListener('change', () => {
    const [file] = ui.openExercise.files;
    ui.openExercise.value = '';
    if (file) openExerciseFile(file);
  });
  ui.hint.addEventListener('click', showHint);
  ui.checkWork.addEventListener('click', checkMyWork);
  ui.submitWork.addEventListener('click', submitWork);
  ui.leaveExercise.addEventListener('click', leaveExercise);
  ui.studentName.addEventListener('change', save);
  ui.checkResult.addEventListener('click', (e) => {
    const id = e.target.closest('button[data-goto]')?.dataset.goto;
    if (id) setCurrent(id, { focus: true });
    const words = e.target.closest('button[data-select]')?.dataset.select;
    if (words) selectWords(...words.split(':').map(Number));
  });
  ui.openOverview.addEventListener('click', () => openOverview());
  ui.overviewClose.addEventListener('click', closeOverview);
  ui.overviewExercise.addEventListener('change', () => {
    const [file] = ui.overviewExercise.files;
    ui.overviewExercise.value = '';
    if (file) chooseOverviewExercise(file);
  });
  ui.overviewFiles.addEventListener('change', () => {
    const files = [...ui.overviewFiles.files];
    ui.overviewFiles.value = '';
    if (files.length) addClassFiles(files);
  });
  ui.overviewCsv.addEventListener('click', () => overviewCsv('students'));
  ui.overviewItemsCsv.addEventListener('click', () => overviewCsv('items'));
  ui.overviewClear.addEventListener('click', clearOverview);
}

async function start() {
  wire();
  setMode('annotate');
  renderHelp();
  renderShown();
  renderSampleMenu();
  setBusy(true);
  setStatus('Loading the annotator…', true);
  view.storage = await openStorage({ onProblem: showStorageProblem });
  try {
    view.engine = await loadEngine();
  } catch (e) {
    setBusy(false);
    setStatus(`Could not load the annotator (is www/pkg built? run npm start): ${e.message}`);
    return;
  }
  ui.version.textContent = `v${view.engine.version}`;
  setBusy(false);
  setStatus('Ready.');
  const payload = linkPayload(location.hash);
  if (payload !== null && (await openExerciseLink(payload))) return;
  // Something was opened (dropped, say) while the engine loaded: leave it open.
  if (view.loading > 0) return;
  const wanted = new URLSearchParams(location.search).get('sample');
  const [last] = await view.storage.recent(1);
  if (wanted && sampleNamed(wanted)) await openSample(wanted);
  else if (last) await openRecent(last.key);
  else if (SAMPLES[0]) await openSample(SAMPLES[0].file);
  else {
    await renderRecentMenu();
    setStatus('Paste or open an article to begin.');
  }
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
