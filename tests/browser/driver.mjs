// Driving the page in headless Chromium, shared by the browser tests and the screenshot scripts: the launch, waiting
// for the page, marking words from the keyboard, dropping files on it, saving what it downloads; and the wasm core in
// Node, to work out what the page should show. Chromium is /usr/bin/chromium (or $CHROMIUM_PATH), driven by
// playwright-core. Nothing here asserts or registers tests.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const MISSING = !existsSync(CHROMIUM);
export const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

const PKG = new URL('../../www/pkg/', import.meta.url);

/** The wasm core in Node (www/pkg must be built), as `new Annotator()`. */
export async function loadCore() {
  const wasm = await import(new URL('whosaid.js', PKG).href);
  wasm.initSync({ module: readFileSync(new URL('whosaid_bg.wasm', PKG)) });
  return new wasm.Annotator();
}

/** Headless Chromium with the options every browser test and script uses. */
export const launchBrowser = () => chromium.launch(LAUNCH);

/** Waits until the page shows an annotated article from `source` (a sample's file name, 'pasted', 'file', 'recent'). */
export async function waitAnnotated(page, source, timeout = 20_000) {
  try {
    await page.waitForFunction(
      (src) => {
        const doc = document.getElementById('doc');
        return doc?.dataset.state === 'annotated' && (src == null || doc.dataset.source === src);
      },
      source,
      { timeout },
    );
  } catch (e) {
    const status = await page.textContent('#status').catch(() => '(no status)');
    throw new Error(`the page did not annotate ${source}; its status says: ${status}\n${e.message}`);
  }
}

/** Pastes `text` into the paste box and annotates it. */
export async function paste(page, text) {
  await page.waitForFunction(() => !document.getElementById('annotate-pasted').disabled, null, { timeout: 20_000 });
  if (!(await page.$eval('#paste-box', (d) => d.open))) await page.click('#paste-box summary');
  await page.fill('#paste', text);
  // The page hashes the text and looks in storage before it shows the new text as analysing, so
  // until then #doc still says the old text is annotated: wait for the new text first.
  const prior = await page.evaluate(() => window.whosaid.state().article?.text ?? null);
  await page.click('#annotate-pasted');
  if (prior !== null && prior.trim() !== text.trim()) {
    await page.waitForFunction((old) => window.whosaid.state().article?.text !== old, prior, { timeout: 20_000 });
  }
  await waitAnnotated(page, 'pasted');
}

/** Selects `words` with the finder and marks them with `key` (s, c, v); for a caveat, steps its kind down `kindSteps`. */
export async function markWords(page, words, key, kindSteps = 0) {
  await page.keyboard.press('/');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  await page.keyboard.press(key);
  for (let i = 0; i < kindSteps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

/** Drops `files` (`[{name, content}]`) on the page at once, as a person drags them from a folder. */
export async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.content], f.name, { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

/** Waits for the class overview to finish reading (its progress line says "Read N files"). */
export async function waitRead(page) {
  await page.waitForFunction(() => /^Read \d+ files?/.test(document.getElementById('overview-progress-text').textContent), null, { timeout: 30_000 });
}

/** Does `click` and saves the download it starts into `dir`; returns the file's path. */
export async function saveDownload(page, click, dir) {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}
