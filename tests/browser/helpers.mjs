// Shared by the browser tests: the Chromium launch, a server for www/, the wasm core in Node, and ways to read the
// page (its marks, its store) and to wait for it. Chromium is /usr/bin/chromium (or $CHROMIUM_PATH), driven by
// playwright-core; without it the tests are skipped, unless CI is set.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

export const ROOT = new URL('../../', import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const IN_CI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
export const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};
export const MISSING = !existsSync(CHROMIUM);
/** The `skip` option for a describe block: a reason when Chromium is missing, else false. */
export const skip = MISSING ? `${CHROMIUM} not found, so the browser tests are skipped (install it with \`apt-get install chromium\`; under CI=true this fails)` : false;

/** Text with curly quotes, an emoji and every caveat kind, for tests that need exact offsets. */
export const ARTICLE = [
  '“We will not go,” said Anna Petrova 👋, the mayor. Officials reportedly denied the report, which could not be independently verified.',
  'The so-called reform was announced on Tuesday in Lisbon, according to the ministry.',
].join('\n\n');

/** The wasm core in Node, to compute what the page should draw. */
export async function loadCore() {
  const pkg = new URL('www/pkg/', ROOT);
  const wasm = await import(new URL('whosaid.js', pkg));
  wasm.initSync({ module: readFileSync(new URL('whosaid_bg.wasm', pkg)) });
  return new wasm.Annotator();
}

/**
 * Sets up one server and browser for a describe block; returns an object whose `server`, `browser` and `core` are
 * filled before the tests run.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    assert.ok(existsSync(new URL('www/pkg/whosaid_bg.wasm', ROOT)), 'www/pkg is missing: run `npm run build` first');
    env.core = await loadCore();
    env.server = await startServer({ port: 0 });
    env.browser = await chromium.launch(LAUNCH);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A new page in its own context (so its own storage), and the list its console errors and exceptions go to. */
export async function openPage(browser, { context, viewport = { width: 1280, height: 900 } } = {}) {
  const problems = [];
  const ctx = context ?? (await browser.newContext({ viewport, acceptDownloads: true }));
  const page = await ctx.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return { page, problems, context: ctx };
}

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

/** Waits until the page has saved its current state (the article's `data-saved` changes after `since`). */
export async function waitSaved(page, since = '') {
  await page.waitForFunction((s) => (document.getElementById('doc').dataset.saved ?? '') > s, since, { timeout: 10_000 });
}

/** Pastes `text` into the paste box and annotates it. */
export async function paste(page, text) {
  await page.waitForFunction(() => !document.getElementById('annotate-pasted').disabled, null, { timeout: 20_000 });
  if (!(await page.$eval('#paste-box', (d) => d.open))) await page.click('#paste-box summary');
  await page.fill('#paste', text);
  await page.click('#annotate-pasted');
  await waitAnnotated(page, 'pasted');
}

/** The store's state, read from the page. */
export const pageState = (page) => page.evaluate(() => window.whosaid.state());

/** The marks drawn in #doc: `[{id, layer, kind, state, start, end, text}]`, one per mark id, pieces joined. */
export async function drawnMarks(page) {
  const pieces = await page.$$eval('#doc mark[data-mark]', (els) =>
    els.map((el) => ({
      id: el.dataset.mark,
      layer: el.dataset.layer,
      kind: el.dataset.kind ?? null,
      state: el.dataset.state,
      start: Number(el.dataset.start),
      end: Number(el.dataset.end),
      text: el.textContent,
      nested: el.querySelectorAll('mark').length,
    })),
  );
  // A piece's textContent includes marks nested inside it, so joining pieces of one mark gives its whole text.
  const byId = new Map();
  for (const p of pieces) {
    const m = byId.get(p.id);
    if (m) m.text += p.text;
    else byId.set(p.id, { ...p });
  }
  return [...byId.values()];
}

/** The first piece of the mark on exactly `words` of type `layer`, as a locator. */
export function markOn(page, layer, words) {
  return page.locator(`#doc mark.m-first.m-${layer}`).filter({ hasText: words }).first();
}

/** The page's text offsets of `words` (its nth occurrence). */
export const spanOf = (text, words, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `“${words}” is in the text`);
  return { start: at, end: at + words.length };
};

/** Double-clicks the word at `start..end` of the article (selecting it as a person would). */
export async function dblclickWord(page, start, end) {
  const box = await page.evaluate(
    ([s, e]) => {
      const doc = document.getElementById('doc');
      const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
      let pos = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (pos + n.data.length > s) {
          const r = document.createRange();
          r.setStart(n, s - pos);
          r.setEnd(n, Math.min(n.data.length, e - pos));
          r.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        pos += n.data.length;
      }
      return null;
    },
    [start, end],
  );
  assert.ok(box, `offsets ${start}..${end} are in the article`);
  await page.mouse.dblclick(box.x, box.y);
}
