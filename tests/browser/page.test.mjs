// The page in a real browser: serves www/ on a free loopback port, opens it in headless Chromium
// (driven by playwright-core), and checks that every mark is drawn over exactly the text the wasm
// core returned for its span. Skips only when Chromium is absent outside CI; under CI it fails.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

const ROOT = new URL('../../', import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const IN_CI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
const LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

const MISSING = !existsSync(CHROMIUM);
const skip = MISSING
  ? `${CHROMIUM} not found, so the browser tests are skipped (install it with \`apt-get install chromium\`; under CI=true this fails)`
  : false;
if (MISSING && !IN_CI) console.log(`# browser tests: ${skip}`);

test('Chromium is installed when CI is set', { skip: !IN_CI }, () => {
  assert.ok(!MISSING, `${CHROMIUM} is missing and CI is set: install it (apt-get install chromium)`);
});

/** The wasm core in Node, to compute the spans the page should draw. */
async function loadCore() {
  const pkg = new URL('www/pkg/', ROOT);
  const wasm = await import(new URL('whosaid.js', pkg));
  wasm.initSync({ module: readFileSync(new URL('whosaid_bg.wasm', pkg)) });
  return new wasm.Annotator();
}

/** Waits until the page shows an annotated document from `source`; fails with the page's status. */
async function waitAnnotated(page, source) {
  try {
    await page.waitForFunction(
      (src) => {
        const doc = document.getElementById('doc');
        return doc?.dataset.state === 'annotated' && doc.dataset.source === src;
      },
      source,
      { timeout: 20_000 },
    );
  } catch (e) {
    const status = await page.textContent('#status').catch(() => '(no status)');
    throw new Error(`the page did not annotate ${source}; its status says: ${status}\n${e.message}`);
  }
}

/** The marks drawn in #doc: `[{id, layer, kind, start, end, text}]`, one per mark id. */
async function drawnMarks(page) {
  const pieces = await page.$$eval('#doc mark[data-mark]', (els) =>
    els.map((el) => ({
      id: el.dataset.mark,
      layer: el.dataset.layer,
      kind: el.dataset.kind ?? null,
      start: Number(el.dataset.start),
      end: Number(el.dataset.end),
      // A mark split around another is several elements: their texts are joined below.
      text: el.textContent,
    })),
  );
  const byId = new Map();
  for (const p of pieces) {
    const m = byId.get(p.id);
    if (m) m.text += p.text;
    else byId.set(p.id, { ...p });
  }
  return [...byId.values()];
}

function listedSamples() {
  return readdirSync(new URL('www/samples/', ROOT)).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file }));
}

const spanKey = (s) => `${s.start}:${s.end}`;
const nonEmpty = (s) => s && s.end > s.start;

/** Asserts that each drawn mark covers its text and that each layer matches the wasm's spans. */
function assertMarksMatch(text, drawn, analysis) {
  for (const m of drawn) {
    assert.equal(m.text, text.slice(m.start, m.end), `mark ${m.id} (${m.layer}) is drawn over the wrong text`);
  }
  const drawnKeys = (layer) => new Set(drawn.filter((m) => m.layer === layer).map(spanKey));
  const expect = (spans) => new Set(spans.filter(nonEmpty).map(spanKey));
  assert.deepEqual(drawnKeys('cue'), expect(analysis.attributions.map((a) => a.cue)), 'cue marks = wasm cue spans');
  assert.deepEqual(drawnKeys('claim'), expect(analysis.attributions.flatMap((a) => a.content)), 'claim marks = wasm content spans');
  assert.deepEqual(
    new Set(drawn.filter((m) => m.layer === 'caveat').map((m) => `${spanKey(m)}:${m.kind}`)),
    new Set(analysis.caveats.filter((c) => nonEmpty(c.span)).map((c) => `${spanKey(c.span)}:${c.kind}`)),
    'caveat marks = wasm caveat spans and kinds',
  );
  const speakers = drawnKeys('speaker');
  for (const s of expect(analysis.speakers.flatMap((s) => s.mentions))) {
    assert.ok(speakers.has(s), `speaker mention ${s} is drawn`);
  }
}

describe('the page in Chromium', { skip }, () => {
  let server;
  let browser;
  let core;

  before(async () => {
    assert.ok(existsSync(new URL('www/pkg/whosaid_bg.wasm', ROOT)), 'www/pkg is missing: run `npm run build` first');
    core = await loadCore();
    server = await startServer({ port: 0 });
    browser = await chromium.launch(LAUNCH);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Checks the shown sample's text and marks against the wasm core; returns the drawn marks. */
  async function checkSample(page, file) {
    const text = readFileSync(new URL(`www/samples/${file}`, ROOT), 'utf8');
    assert.equal(await page.textContent('#doc'), text, `the article shows ${file} exactly`);
    const drawn = await drawnMarks(page);
    assertMarksMatch(text, drawn, core.annotate(text));
    return drawn;
  }

  /** A new page, and the list its console errors and uncaught exceptions are collected in. */
  async function openPage() {
    const problems = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    return { page, problems };
  }

  test('annotates the first sample and draws every mark over the text the wasm returned', async () => {
    const samples = listedSamples();
    assert.ok(samples.length > 0, 'www/samples/ has no sample; add .txt files to it and run `npm run build`');
    const [{ file }] = samples;
    const { page, problems } = await openPage();
    await page.goto(server.url);
    await waitAnnotated(page, file);
    mkdirSync(new URL('test-results/', ROOT), { recursive: true });
    await page.screenshot({ path: new URL('test-results/page.png', ROOT).pathname, fullPage: true });

    const drawn = await checkSample(page, file);
    for (const layer of ['speaker', 'claim', 'caveat']) {
      assert.ok(drawn.some((m) => m.layer === layer), `at least one ${layer} mark is drawn on ${file}`);
    }
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    await page.close();
  });

  test('draws every other sample right too, chosen from the menu', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url);
    for (const { file } of listedSamples().slice(1)) {
      await page.waitForFunction(() => !document.getElementById('sample').disabled);
      await page.selectOption('#sample', file);
      await waitAnnotated(page, file);
      await checkSample(page, file);
    }
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    await page.close();
  });

  test('shows pasted text as text, never as HTML', async () => {
    const text = '<img src=x onerror="window.pwned=1"><b>bold?</b> “We will not go,” said Anna Petrova 👋, the mayor.';
    const { page, problems } = await openPage();
    await page.goto(server.url);
    await page.waitForFunction(() => !document.getElementById('annotate-pasted').disabled);
    await page.click('#paste-box summary');
    await page.fill('#paste', text);
    await page.click('#annotate-pasted');
    await waitAnnotated(page, 'pasted');

    assert.equal(await page.textContent('#doc'), text);
    assert.equal(await page.$('#doc img, #doc b'), null, 'no element was made from the pasted text');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assertMarksMatch(text, await drawnMarks(page), core.annotate(text));
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    await page.close();
  });

  test('marks "said" and Anna Petrova in pasted text, and explains a mark when it is clicked', async () => {
    const text = '“We will not go,” said Anna Petrova 👋, the mayor. Officials reportedly denied it.';
    const { page, problems } = await openPage();
    await page.goto(server.url);
    await page.waitForFunction(() => !document.getElementById('annotate-pasted').disabled);
    await page.click('#paste-box summary');
    await page.fill('#paste', text);
    await page.click('#annotate-pasted');
    await waitAnnotated(page, 'pasted');

    const drawn = await drawnMarks(page);
    assert.ok(drawn.some((m) => m.layer === 'cue' && m.text === 'said'), 'a cue mark on "said"');
    assert.ok(drawn.some((m) => m.layer === 'speaker' && m.text.startsWith('Anna Petrova')), 'a speaker mark on Anna Petrova');

    const cue = page.locator('#doc mark.m-cue.m-first', { hasText: 'said' }).first();
    assert.match(await cue.getAttribute('aria-label'), /^Reporting cue by Anna Petrova, suggested: said$/);
    await cue.click();
    const why = core.annotate(text).attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'said').why;
    const card = await page.textContent('#card');
    assert.ok(card.includes(why), `the card gives the evidence “${why}”; it says: ${card}`);
    assert.match(card, /Said by: Anna Petrova/);
    assert.match(card, /Why it matters: /);
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    await page.close();
  });
});
