// Shared by the browser tests: one server and browser per describe block, a fresh page for each test and its checks
// at the end, and ways to read the page (its marks, its store, its requests) and to act on it. What the screenshot
// scripts share with them is in driver.mjs. Without Chromium the tests are skipped, unless CI is set.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';

import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM, MISSING, launchBrowser, loadCore, paste, saveDownload, waitAnnotated } from './driver.mjs';

export { CHROMIUM, MISSING, dropFiles, loadCore, markWords, paste, waitAnnotated, waitRead } from './driver.mjs';

export const ROOT = new URL('../../', import.meta.url);
export const IN_CI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
/** The `skip` option for a describe block: a reason when Chromium is missing, else false. */
export const skip = MISSING ? `${CHROMIUM} not found, so the browser tests are skipped (install it with \`apt-get install chromium\`; under CI=true this fails)` : false;

/** Text with curly quotes, an emoji and every caveat kind, for tests that need exact offsets. */
export const ARTICLE = [
  '“We will not go,” said Anna Petrova 👋, the mayor. Officials reportedly denied the report, which could not be independently verified.',
  'The so-called reform was announced on Tuesday in Lisbon, according to the ministry.',
].join('\n\n');

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
    env.browser = await launchBrowser();
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

/** Waits until the page has saved its current state (the article's `data-saved` changes after `since`). */
export async function waitSaved(page, since = '') {
  await page.waitForFunction((s) => (document.getElementById('doc').dataset.saved ?? '') > s, since, { timeout: 10_000 });
}

/**
 * A fresh page in its own context on the served page, once the page has annotated its first article (from `source`,
 * if given); with `text`, that text is then pasted and annotated. With `watch`, the page's requests are recorded (see
 * `watchRequests`), and those from the first article on (with `watch: 'networkidle'`, from when the network has gone
 * quiet) count as after load. Returns `{page, problems, context, requests}`.
 */
export async function startPage(env, { text, viewport, url = env.server.url, source, watch = false } = {}) {
  const opened = await openPage(env.browser, { viewport });
  const requests = watch ? watchRequests(opened.page) : null;
  await opened.page.goto(url);
  await waitAnnotated(opened.page, source);
  if (watch === 'networkidle') await opened.page.waitForLoadState('networkidle');
  requests?.loaded();
  if (text != null) await paste(opened.page, text);
  return { ...opened, requests };
}

/** The end of a test's page: no console error, CSP violation or exception happened; the page's context is closed. */
export async function finish({ problems, context }) {
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
  await context.close();
}

/**
 * Records every request a page makes: `all` (method and URL) and `afterLoad`, those made once `loaded()` has been
 * called. Page assets come from the test server; nothing else may be asked for.
 */
export function watchRequests(page) {
  let loaded = false;
  const log = {
    all: [],
    afterLoad: [],
    loaded: () => {
      loaded = true;
    },
    /** Before the page reloads itself: its assets are fetched again, and only then is it loaded. */
    reloading: () => {
      loaded = false;
    },
  };
  page.on('request', (r) => {
    const line = `${r.method()} ${r.url()}`;
    log.all.push(line);
    if (loaded && !/^GET (blob|data):/.test(line)) log.afterLoad.push(line);
  });
  return log;
}

/** Clicks the first mark `selector` picks in the article and presses `act` (confirm, reject, delete) on its card. */
export async function onMark(page, selector, act = 'confirm') {
  await page.locator(`#doc ${selector}`).first().click();
  await page.click(`#card button[data-act="${act}"]`);
}

/** Writes `text` as the comment on the mark whose card is open, and saves it. */
export async function comment(page, text) {
  await page.fill('#card textarea[name="comment"]', text);
  await page.click('#card button[data-act="comment"]');
}

/** A new folder for the files a test file writes and downloads. */
export const scratchDir = (name) => mkdtempSync(join(tmpdir(), `whosaid-${name}-`));

/** `saveDownload` into `dir`: does `click` and returns the path of the file it downloaded. */
export const downloadInto = (dir) => (page, click) => saveDownload(page, click, dir);

/** Imports the Web Annotation file at `path` and returns the report the page shows. */
export async function importFile(page, path) {
  await page.setInputFiles('#import-file', path);
  await page.waitForFunction(() => document.getElementById('import-report').textContent !== '');
  return page.textContent('#import-report');
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
