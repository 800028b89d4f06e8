// A 20,000-word article: the worker does the analysis, so the main thread keeps ticking (a timer loop measured on
// the page) while the "analysing" state shows, and the marks are then drawn in reasonable time.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';

import { ROOT, finish, skip, startPage, useBrowser, waitAnnotated } from './helpers.mjs';

/** The samples repeated, numbered so no two paragraphs are the same, to about `words` words. */
function longArticle(words) {
  const dir = new URL('www/samples/', ROOT);
  const paragraphs = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\n\s*\n/));
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = `${paragraphs[i % paragraphs.length]} (${i})`;
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

describe('a long article in Chromium', { skip }, () => {
  const env = useBrowser();

  test('stays responsive while a 20,000-word article is analysed', async () => {
    const text = longArticle(20_000);
    assert.ok(text.split(/\s+/).length >= 20_000);
    const opened = await startPage(env);
    const { page } = opened;
    await page.click('#paste-box summary');
    await page.$eval('#paste', (el, t) => {
      el.value = t;
    }, text);

    // A timer loop on the main thread; the engine marks when the worker's answer arrives.
    await page.evaluate(() => {
      window.ticks = [];
      const tick = () => {
        window.ticks.push(performance.now());
        if (window.ticks.length < 100_000) setTimeout(tick, 10);
      };
      tick();
      new MutationObserver(() => {
        if (document.getElementById('doc').dataset.state === 'analysing') window.analysingSeen = performance.now();
      }).observe(document.getElementById('doc'), { attributes: true, attributeFilter: ['data-state'] });
    });
    const clicked = await page.evaluate(() => performance.now());
    await page.click('#annotate-pasted');
    await waitAnnotated(page, 'pasted', 60_000);
    const { ticks, analysed, seen, done } = await page.evaluate(() => ({
      ticks: window.ticks,
      analysed: performance.getEntriesByName('whosaid:analysed').at(-1)?.startTime,
      seen: window.analysingSeen,
      done: performance.now(),
    }));
    assert.ok(seen, 'the page showed its analysing state');
    assert.ok(analysed > clicked, 'the worker answered');
    const during = ticks.filter((t) => t >= clicked && t <= analysed);
    const gaps = during.slice(1).map((t, i) => t - during[i]);
    const worst = Math.max(...gaps);
    console.log(`# ${text.split(/\s+/).length} words: analysis ${Math.round(analysed - clicked)} ms, ${during.length} ticks, worst gap ${Math.round(worst)} ms; drawn ${Math.round(done - analysed)} ms later`);
    assert.ok(analysed - clicked > 50, 'the analysis takes long enough for this to measure something');
    assert.ok(during.length >= ((analysed - clicked) / 10) * 0.5, 'the timer kept ticking while the worker analysed');
    assert.ok(worst < 250, `the main thread never stalled for ${Math.round(worst)} ms while analysing`);
    assert.ok(await page.$$eval('#doc mark', (m) => m.length) > 1000, 'the marks are drawn');
    await finish(opened);
  });
});
