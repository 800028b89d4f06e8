// Opening articles: pasted, from a file, a bundled sample or the recent list; the reader's saved work is restored,
// else the worker analyses the text. Also the menus of samples and recent articles.

import { normalise, readArticleFile, titleOf } from './article.js';
import { onFilesChosen } from './dom.js';
import { parseExercise } from './exercise.js';
import { textKey } from './hash.js';
import { messageOf } from './errors.js';
import { SAMPLES, sampleNamed } from './samples.js';

/**
 * @import { App } from './app'
 * @import { SavedMeta } from './types'
 */

/**
 * @param {App} app
 */
export function createLoader(app) {
  const { ui, store, view } = app;
  /** @type {(text: string, busy?: boolean) => void} */
  const setStatus = (text, busy) => app.controls.setStatus(text, busy);
  /** @param {boolean} busy */
  const setBusy = (busy) => app.controls.setBusy(busy);

  /**
   * @param {string} [selected]
   */
  function renderSampleMenu(selected) {
    const options = SAMPLES.map(({ file, title }) => new Option(title, file));
    const other = new Option(SAMPLES.length ? '(another article)' : '(no samples)', '');
    other.disabled = true;
    ui.sample.replaceChildren(other, ...options);
    ui.sample.value = selected ?? '';
  }

  async function renderRecentMenu() {
    /** @type {SavedMeta[]} */
    const list = view.storage ? await view.storage.recent(20) : [];
    const open = store.get().article?.key ?? '';
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

  /**
   * Opens `text`: restores the reader's saved work on it, or has the worker analyse it.
   * @param {string} raw
   * @param {{title?: string, source: string}} from
   */
  async function openArticle(raw, { title, source }) {
    const text = normalise(raw);
    if (!text.trim()) {
      setStatus('There is no text to annotate: paste or open an article.');
      return;
    }
    const ticket = ++view.loading;
    if (view.exercise || view.mode !== 'annotate') {
      view.exercise = null;
      app.controls.setMode('annotate');
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
      app.docView.showAnalysing(text);
      setStatus(`Analysing ${text.split(/\s+/).filter(Boolean).length.toLocaleString()} words…`, true);
      let result;
      try {
        if (!view.engine) throw new Error('the annotator has not loaded');
        result = await view.engine.analyse(text);
      } catch (e) {
        if (ticket !== view.loading) return;
        setBusy(false);
        app.docView.showFailed();
        setStatus(`Could not analyse this text: ${messageOf(e)}`);
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

  /**
   * @param {string} file
   */
  function openSample(file) {
    const sample = sampleNamed(file);
    if (sample) return openArticle(sample.text, { title: sample.title, source: file });
    setStatus(`There is no sample called ${file}.`);
  }

  /**
   * @param {File} file
   */
  async function openFile(file) {
    try {
      const { text, title } = await readArticleFile(file);
      await openArticle(text, { title, source: 'file' });
    } catch (e) {
      setStatus(`Could not open ${file.name}: ${messageOf(e)}`);
    }
  }

  /**
   * Opens a saved article, or the exercise a student was doing, from the recent list.
   * @param {string} key
   */
  async function openRecent(key) {
    const record = await view.storage?.load(key);
    if (record?.exercise) {
      try {
        await app.student.openExercise(await parseExercise(record.exercise));
      } catch (e) {
        app.controls.showAlert(`Your saved exercise could not be reopened: ${messageOf(e)}`);
      }
    } else if (record) await openArticle(record.text, { title: record.title, source: 'recent' });
  }

  /** What the page opens when nothing asks for anything else: the most recent article that is not an exercise. */
  async function openLastArticle() {
    const recent = view.storage ? await view.storage.recent(20) : [];
    const last = recent.find((m) => !m.key.startsWith('exercise:'));
    if (last) await openRecent(last.key);
    else if (SAMPLES[0]) await openSample(SAMPLES[0].file);
  }

  /** At start-up: the sample the address asks for, else the last article worked on, else the first sample. */
  async function openFirst() {
    const wanted = new URLSearchParams(location.search).get('sample');
    const [last] = view.storage ? await view.storage.recent(1) : [];
    if (wanted && sampleNamed(wanted)) await openSample(wanted);
    else if (last) await openRecent(last.key);
    else if (SAMPLES[0]) await openSample(SAMPLES[0].file);
    else {
      await renderRecentMenu();
      setStatus('Paste or open an article to begin.');
    }
  }

  ui.sample.addEventListener('change', () => ui.sample.value && openSample(ui.sample.value));
  ui.recent.addEventListener('change', () => ui.recent.value && openRecent(ui.recent.value));
  onFilesChosen(ui.openFile, ([file]) => openFile(file));
  ui.annotatePasted.addEventListener('click', () => openArticle(ui.paste.value, { source: 'pasted' }));
  ui.paste.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) ui.annotatePasted.click();
  });
  renderSampleMenu();

  return { renderSampleMenu, renderRecentMenu, openArticle, openFile, openRecent, openLastArticle, openFirst };
}
