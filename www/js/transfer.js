// The export and import box: the open article's work saved as Web Annotation JSON, brat or CSV, and a Web
// Annotation file imported onto it, with a report of what was placed and what was not.

import { onFilesChosen } from './dom.js';
import { download, fileSlug } from './download.js';
import { toBrat, toCsv, toWebAnnotations } from './export.js';
import { ImportError, parseWebAnnotations, placeAnnotations } from './import.js';
import { replaceAll } from './state.js';
import { zip } from './zip.js';
import { messageOf } from './errors.js';

/** @import { App } from './app' */

/** @type {Record<string, string>} */
const FORMAT_NAMES = { json: 'Web Annotation JSON', brat: 'brat (.txt and .ann in a zip)', csv: 'CSV' };

/**
 * @param {App} app
 */
export function createTransfer(app) {
  const { ui, store } = app;

  /**
   * @param {string} format
   */
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
    app.controls.setStatus(`Exported ${annotations.length} marks as ${FORMAT_NAMES[format]}.`);
  }

  /**
   * @param {string} message
   * @param {{error?: boolean, unplaced?: {type: string, exact: string}[]}} [options]
   */
  function report(message, { error = false, unplaced = [] } = {}) {
    const p = document.createElement('p');
    p.textContent = message;
    p.className = error ? 'import-error' : 'import-ok';
    /** @type {HTMLElement[]} */
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

  /**
   * @param {File} file
   */
  async function importFile(file) {
    const { article } = store.get();
    if (!article) return report('Open an article first: annotations are imported onto the open article.', { error: true });
    let parsed;
    try {
      parsed = parseWebAnnotations(await file.text());
    } catch (e) {
      const message = e instanceof ImportError ? e.message : `Nothing was imported: ${messageOf(e)}`;
      return report(`${file.name}: ${message}`, { error: true });
    }
    const placed = placeAnnotations(article.text, parsed);
    const before = store.get().annotations.length;
    store.change(`imported ${placed.annotations.length} marks from ${file.name}`, replaceAll(placed.annotations, placed.speakers));
    const moved = placed.moved ? `; ${placed.moved} found at a new place in the text` : '';
    const lost = placed.unplaced.length ? `; ${placed.unplaced.length} could not be placed (their words are not in this text):` : '.';
    report(`Imported ${placed.annotations.length} marks from ${file.name}, replacing the ${before} that were here (Ctrl+Z undoes it)${moved}${lost}`, { unplaced: placed.unplaced });
  }

  for (const b of ui.exports) b.addEventListener('click', () => exportAs(b.dataset.export ?? 'json'));
  ui.storageExport.addEventListener('click', () => exportAs('json'));
  onFilesChosen(ui.importFile, ([file]) => importFile(file));
  return {};
}
