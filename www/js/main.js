// The page's state and wiring: one state object, changed only through `update`, and render
// functions that draw the page from it. The other modules do the work; this one connects them.

import { renderCard } from './card.js';
import { loadEngine } from './engine.js';
import { drawMarks, elementsOf, marksAt, renderText } from './highlight.js';
import { CAVEAT_KINDS, countMarks, marksFromAnalysis } from './marks.js';
import { listSamples, loadSample } from './samples.js';

const $ = (id) => document.getElementById(id);
const ui = {
  doc: $('doc'),
  card: $('card'),
  status: $('status'),
  sample: $('sample'),
  paste: $('paste'),
  annotatePasted: $('annotate-pasted'),
  version: $('version'),
  toggles: [...document.querySelectorAll('input[data-show]')],
};

const state = {
  engine: null,
  samples: [],
  /** What is shown: `{kind: 'sample', file}` or `{kind: 'pasted'}`. */
  source: null,
  text: '',
  analysis: null,
  marks: [],
  /** Ids of the selected mark and the marks around it, innermost first. */
  selected: [],
  /** Layers and caveat kinds to draw (the legend's checkboxes). */
  shown: new Set(ui.toggles.filter((t) => t.checked).map((t) => t.dataset.show)),
  status: 'Loading the annotator…',
  busy: true,
};

function update(patch) {
  Object.assign(state, patch);
  if ('samples' in patch || 'source' in patch) renderSamples();
  if ('marks' in patch) renderDocument();
  if ('marks' in patch || 'selected' in patch) renderSelection();
  if ('shown' in patch) renderShown();
  if ('status' in patch || 'busy' in patch) renderStatus();
}

function renderSamples() {
  const options = state.samples.map(({ file, title }) => {
    const o = document.createElement('option');
    o.value = file;
    o.textContent = title;
    return o;
  });
  const pasted = document.createElement('option');
  pasted.value = '';
  pasted.textContent = state.samples.length ? '(your pasted text)' : '(no samples: paste an article)';
  pasted.disabled = true;
  ui.sample.replaceChildren(...options, pasted);
  ui.sample.value = state.source?.kind === 'sample' ? state.source.file : '';
}

function renderDocument() {
  renderText(ui.doc, state.text);
  drawMarks(ui.doc, state.marks);
  ui.doc.dataset.state = state.analysis ? 'annotated' : 'empty';
  ui.doc.dataset.source = state.source?.kind === 'sample' ? state.source.file : (state.source?.kind ?? '');
}

function renderSelection() {
  for (const el of ui.doc.querySelectorAll('mark.is-selected')) el.classList.remove('is-selected');
  const [innermost] = state.selected;
  if (innermost) for (const el of elementsOf(ui.doc, innermost)) el.classList.add('is-selected');
  const byId = new Map(state.marks.map((m) => [m.id, m]));
  renderCard(ui.card, state.selected.map((id) => byId.get(id)).filter(Boolean), state.text);
}

function renderShown() {
  for (const name of ['speaker', 'cue', 'claim', ...CAVEAT_KINDS]) {
    ui.doc.classList.toggle(`show-${name}`, state.shown.has(name));
  }
}

function renderStatus() {
  ui.status.textContent = state.status;
  ui.annotatePasted.disabled = state.busy || !state.engine;
  ui.sample.disabled = state.busy || !state.engine;
}

function summary(marks, ms) {
  const n = countMarks(marks);
  const caveats = CAVEAT_KINDS.filter((k) => n[k]).map((k) => `${n[k]} ${k}`);
  return (
    `${n.speaker} speaker mentions, ${n.cue} reporting cues, ${n.claim} claims, ` +
    `${n.caveat} caveats${caveats.length ? ` (${caveats.join(', ')})` : ''} · ${Math.round(ms)} ms`
  );
}

async function annotate(text, source) {
  update({ busy: true, status: 'Annotating…' });
  try {
    const t0 = performance.now();
    const analysis = await state.engine.annotate(text);
    const marks = marksFromAnalysis(analysis);
    update({ text, source, analysis, marks, selected: [], busy: false, status: summary(marks, performance.now() - t0) });
  } catch (e) {
    update({ busy: false, status: `Could not annotate this text: ${e.message}` });
  }
}

async function showSample(file) {
  update({ busy: true, status: 'Loading the sample…' });
  try {
    await annotate(await loadSample(file), { kind: 'sample', file });
  } catch (e) {
    update({ busy: false, status: e.message });
  }
}

function selectAt(target) {
  const mark = target.closest?.('mark[data-mark]');
  update({ selected: mark ? marksAt(ui.doc, mark) : [] });
}

function wire() {
  ui.sample.addEventListener('change', () => {
    if (ui.sample.value) showSample(ui.sample.value);
  });
  ui.annotatePasted.addEventListener('click', () => annotate(ui.paste.value, { kind: 'pasted' }));
  ui.paste.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) ui.annotatePasted.click();
  });
  ui.doc.addEventListener('click', (e) => selectAt(e.target));
  ui.doc.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectAt(e.target);
    }
  });
  for (const t of ui.toggles) {
    t.addEventListener('change', () => {
      update({ shown: new Set(ui.toggles.filter((x) => x.checked).map((x) => x.dataset.show)) });
    });
  }
}

async function start() {
  wire();
  update({ shown: state.shown, status: state.status, busy: true });
  let engine;
  try {
    engine = await loadEngine();
  } catch (e) {
    update({ busy: false, status: `Could not load the annotator (is www/pkg built? run npm start): ${e.message}` });
    return;
  }
  ui.version.textContent = `v${engine.version}`;
  const samples = await listSamples().catch(() => []);
  update({ engine, samples, busy: false, status: 'Ready.' });
  const wanted = new URLSearchParams(location.search).get('sample');
  const first = samples.find((s) => s.file === wanted) ?? samples[0];
  if (first) await showSample(first.file);
  else update({ marks: [], status: 'No sample articles found; paste one above.' });
}

start();
