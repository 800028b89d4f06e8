// The page in a real browser: every mark the wasm core finds is drawn over exactly its words (the DOM text of a mark
// equals the text its offsets give, with emoji and curly quotes), each kind on the right words, for every sample.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ARTICLE, CHROMIUM, IN_CI, MISSING, ROOT, drawnMarks, finish, importFile, markWords, onMark, pageState, scratchDir, skip, spanOf, startPage, useBrowser, waitAnnotated } from './helpers.mjs';

if (MISSING && !IN_CI) console.log(`# browser tests: ${skip}`);

test('Chromium is installed when CI is set', { skip: !IN_CI }, () => {
  assert.ok(!MISSING, `${CHROMIUM} is missing and CI is set: install it (apt-get install chromium)`);
});

const samples = () => readdirSync(new URL('www/samples/', ROOT)).filter((f) => f.endsWith('.txt')).sort();
const spanKey = (s) => `${s.start}:${s.end}`;
const nonEmpty = (s) => s && s.end > s.start;

/** Asserts that each drawn mark covers its own words and that each layer matches the wasm's spans. */
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
  for (const s of expect(analysis.speakers.flatMap((s) => s.mentions))) assert.ok(speakers.has(s), `speaker mention ${s} is drawn`);
}

describe('the page in Chromium', { skip }, () => {
  const env = useBrowser();

  async function checkSample(page, file) {
    const text = readFileSync(new URL(`www/samples/${file}`, ROOT), 'utf8');
    assert.equal(await page.textContent('#doc'), text, `the article shows ${file} exactly`);
    const drawn = await drawnMarks(page);
    assertMarksMatch(text, drawn, env.core.annotate(text));
    return drawn;
  }

  test('annotates the first sample and draws every mark over the words the wasm returned', async () => {
    const [file] = samples();
    assert.ok(file, 'www/samples/ has no sample; add .txt files to it and run `npm run build`');
    const opened = await startPage(env, { source: file });
    const { page } = opened;
    mkdirSync(new URL('test-results/', ROOT), { recursive: true });
    await page.screenshot({ path: new URL('test-results/page.png', ROOT).pathname, fullPage: true });
    const drawn = await checkSample(page, file);
    for (const layer of ['speaker', 'cue', 'claim', 'caveat']) assert.ok(drawn.some((m) => m.layer === layer), `a ${layer} mark is drawn on ${file}`);
    assert.ok(drawn.every((m) => m.state === 'suggested'), 'machine marks start as suggestions');
    await finish(opened);
  });

  test('draws every other sample right too, chosen from the menu', async () => {
    const opened = await startPage(env);
    const { page } = opened;
    for (const file of samples().slice(1)) {
      await page.waitForFunction(() => !document.getElementById('sample').disabled);
      await page.selectOption('#sample', file);
      await waitAnnotated(page, file);
      await checkSample(page, file);
    }
    await finish(opened);
  });

  test('puts each kind of mark on the right words, at exact UTF-16 offsets after curly quotes and an emoji', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    assert.equal(await page.textContent('#doc'), ARTICLE, 'the DOM text is the article, character for character');
    const drawn = await drawnMarks(page);
    assertMarksMatch(ARTICLE, drawn, env.core.annotate(ARTICLE));
    const has = (layer, kind, words) => drawn.some((m) => m.layer === layer && (kind == null || m.kind === kind) && m.text === words);
    assert.ok(has('speaker', null, 'Anna Petrova'), 'speaker: Anna Petrova');
    assert.ok(has('cue', null, 'said'), 'cue: said');
    assert.ok(drawn.some((m) => m.layer === 'claim' && m.text.startsWith('We will not go')), 'claim: the quotation');
    assert.ok(has('caveat', 'hedge', 'reportedly'), 'hedge: reportedly');
    assert.ok(has('caveat', 'denial', 'denied'), 'denial: denied');
    assert.ok(has('caveat', 'evidence', 'could not be independently verified'), 'evidence: could not be independently verified');
    assert.ok(drawn.some((m) => m.layer === 'caveat' && m.kind === 'anonymous' && /Officials/.test(m.text)), 'anonymous: Officials');
    assert.ok(has('caveat', 'distancing', 'so-called'), 'distancing: so-called');
    // The emoji is two UTF-16 units: a mark after it starts where String.prototype.indexOf says.
    const denied = drawn.find((m) => m.kind === 'denial');
    assert.equal(denied.start, ARTICLE.indexOf('denied'));
    await finish(opened);
  });

  test('draws a mark over a paragraph break in both paragraphs, and a change redraws only the paragraph it touches', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    // Each block (a paragraph and the line breaks after it) gets a label only its element carries, so a block drawn
    // again shows up without one.
    const blocks = () => page.$$eval('#doc .block', (els) => els.map((el) => [el.textContent, el.probe ?? null]));
    const label = () => page.$$eval('#doc .block', (els) => els.forEach((el, i) => (el.probe = i)));
    const [first, second] = ARTICLE.split(/(?<=\n\n)/);
    await label();
    assert.deepEqual(await blocks(), [[first, 0], [second, 1]], 'one block per paragraph, with its line breaks');

    await onMark(page, 'mark.m-first.m-cue');
    assert.deepEqual(await blocks(), [[first, 0], [second, 1]], 'confirming a mark draws nothing again');
    await page.focus('#doc');
    await markWords(page, 'Lisbon', 'm');
    assert.deepEqual(await blocks(), [[first, 0], [second, null]], 'a note in the second paragraph draws only that one again');
    assert.ok((await drawnMarks(page)).some((m) => m.layer === 'note' && m.text === 'Lisbon'));

    // A claim from the end of one paragraph into the next, imported: its two pieces, one in each paragraph.
    const exact = 'independently verified.\n\nThe so-called reform';
    const file = join(scratchDir('page'), 'across.json');
    writeFileSync(file, JSON.stringify({
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [{ type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }], target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] } }] },
    }));
    assert.match(await importFile(page, file), /Imported 1 marks/);
    const [claim] = (await pageState(page)).annotations;
    assert.deepEqual({ start: claim.start, end: claim.end }, spanOf(ARTICLE, exact));
    const pieces = await page.$$eval(`#doc mark[data-mark="${claim.id}"]`, (els) => els.map((el) => [el.parentElement.className, el.textContent, el.classList.contains('m-first'), el.classList.contains('m-last'), el.tabIndex]));
    assert.deepEqual(pieces, [
      ['block', 'independently verified.\n\n', true, false, 0],
      ['block', 'The so-called reform', false, true, -1],
    ], 'one piece in each paragraph; only the first is a tab stop');
    assert.equal(await page.textContent('#doc'), ARTICLE, 'the DOM text is still the article, character for character');
    await finish(opened);
  });

  test('explains a mark in its card: what it is, the evidence, who said it and why it matters', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    const cue = page.locator('#doc mark.m-cue.m-first', { hasText: 'said' }).first();
    assert.match(await cue.getAttribute('aria-label'), /^Reporting cue by Anna Petrova, suggested: said$/);
    await cue.hover();
    await page.waitForSelector('#card:not([hidden])');
    const why = env.core.annotate(ARTICLE).attributions.find((a) => ARTICLE.slice(a.cue.start, a.cue.end) === 'said').why;
    let card = await page.textContent('#card');
    assert.ok(card.includes(why), `the card gives the evidence “${why}”; it says: ${card}`);
    assert.match(card, /Said by: Anna Petrova/);
    assert.match(card, /Why it matters: /);
    await page.locator('#doc mark.m-first.k-denial').first().click();
    card = await page.textContent('#card');
    assert.match(card, /Caveat: denial/);
    assert.match(card, /A denial is a claim too/);
    await page.locator('#doc mark.m-first.k-anonymous').first().click();
    assert.match(await page.textContent('#card'), /anonymous source cannot be checked/);
    await finish(opened);
  });

  test('hides and shows a layer with its switch, and lists the sources with a balance line', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    const hedge = page.locator('#doc mark.m-first.k-hedge').first();
    const style = () => hedge.evaluate((el) => getComputedStyle(el).textDecorationLine);
    assert.equal(await style(), 'underline');
    await page.uncheck('input[data-show="hedge"]');
    assert.equal(await style(), 'none');
    assert.equal(await hedge.getAttribute('tabindex'), '-1', 'a hidden mark leaves the tab order');
    await page.check('input[data-show="hedge"]');
    assert.equal(await style(), 'underline');
    const balance = await page.textContent('#balance');
    assert.match(balance, /voice/);
    assert.match(balance, /named/);
    assert.match(await page.textContent('#source-list'), /Anna Petrova/);
    await page.locator('#source-list button[data-goto]').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.layer), 'claim', 'a claim in the panel takes you to it');
    await finish(opened);
  });

  test('fits a phone-width screen without sideways scrolling', async () => {
    const opened = await startPage(env, { text: ARTICLE, viewport: { width: 375, height: 740 } });
    const { page } = opened;
    await page.locator('#doc mark.m-first.m-cue').first().click();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal overflow');
    const card = await page.locator('#card').boundingBox();
    assert.ok(card.x >= 0 && card.x + card.width <= 376, 'the card fits the screen');
    await finish(opened);
  });
});
