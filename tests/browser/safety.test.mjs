// Safety and privacy: article text, comments and imported files stay text (an <img onerror> never runs), and once the
// page has loaded no request leaves it, whatever the reader does.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ARTICLE, openPage, pageState, paste, skip, useBrowser, waitAnnotated } from './helpers.mjs';

const XSS = '<img src=x onerror="window.pwned=(window.pwned||0)+1"><script>window.pwned=1</script>';
const dir = mkdtempSync(join(tmpdir(), 'whosaid-xss-'));

/** No element anywhere in the page was made from the attack strings, and none of their code ran. */
async function assertInert(page) {
  assert.equal(await page.$$eval('img, body script', (els) => els.length), 0, 'no <img> or inline <script> in the page');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no injected code ran');
}

describe('safety in Chromium', { skip }, () => {
  const env = useBrowser();

  test('attacks in the article, a comment, an opened HTML file and an import file stay inert', async () => {
    const { page, problems, context } = await openPage(env.browser);
    await page.goto(env.server.url);
    const text = `${XSS} “We will not go,” said Anna Petrova 👋, the mayor. Officials reportedly denied it.`;
    await paste(page, text);
    assert.equal(await page.textContent('#doc'), text, 'the markup is shown as text');
    await assertInert(page);

    await page.locator('#doc mark.m-first.m-cue').first().click();
    await page.fill('#card textarea[name="comment"]', XSS);
    await page.click('#card button[data-act="comment"]');
    await page.locator('#doc mark.m-first.m-cue').first().click();
    assert.equal(await page.inputValue('#card textarea[name="comment"]'), XSS);
    await assertInert(page);

    const html = join(dir, 'attack.html');
    writeFileSync(html, `<html><head><title>Attack ${XSS}</title><script>window.pwned=1</script></head><body><nav>Menu</nav><article><h1>Headline</h1><p>Officials said it <img src=x onerror="window.pwned=1">was fine.</p></article></body></html>`);
    await page.setInputFiles('#open-file', html);
    await waitAnnotated(page, 'file');
    assert.equal(await page.textContent('#doc'), 'Headline\n\nOfficials said it was fine.');
    await assertInert(page);

    const speakerName = `Mallory ${XSS}`;
    const item = (exact, comment) => ({
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', purpose: 'commenting', value: comment }],
      target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
      whosaid: { speakerId: 'S9', why: XSS },
    });
    const file = join(dir, `attack ${'<img src=x onerror=alert(1)>'.replace(/[<>/=]/g, '_')}.json`);
    writeFileSync(file, JSON.stringify({
      type: 'AnnotationCollection',
      whosaid: { speakers: [{ id: 'S9', name: speakerName, kind: 'person', roles: [XSS] }] },
      first: { type: 'AnnotationPage', items: [item('Officials said it', XSS), item(`${XSS} not in the text`, XSS)] },
    }));
    const report = await (async () => {
      await page.setInputFiles('#import-file', file);
      await page.waitForFunction(() => document.getElementById('import-report').textContent !== '');
      return page.textContent('#import-report');
    })();
    assert.match(report, /1 could not be placed/);
    assert.ok(report.includes(XSS.slice(0, 60)), 'the unplaced quote is listed as text');
    await page.locator('#doc mark.m-first.m-claim').first().click();
    const card = await page.textContent('#card');
    assert.ok(card.includes(XSS), 'the imported evidence is shown as text');
    assert.ok((await page.textContent('#source-list')).includes(speakerName), 'the imported speaker is shown as text');
    await assertInert(page);
    assert.equal((await pageState(page)).annotations.length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('no request leaves the page after it has loaded', async () => {
    const { page, problems, context } = await openPage(env.browser);
    const requests = [];
    let loaded = false;
    page.on('request', (r) => {
      if (loaded) requests.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(env.server.url);
    await waitAnnotated(page);
    await page.waitForLoadState('networkidle');
    loaded = true;

    // Everything a reader does: samples, pasting, marking, the card, export, import, storage.
    await page.selectOption('#sample', { index: 2 });
    await waitAnnotated(page, await page.$eval('#sample', (s) => s.value));
    await paste(page, ARTICLE);
    await page.locator('#doc mark.m-first.m-cue').first().click();
    await page.click('#card button[data-act="confirm"]');
    await page.keyboard.press('?');
    const download = page.waitForEvent('download');
    await page.click('button[data-export="json"]');
    const path = join(dir, 'export.json');
    await (await download).saveAs(path);
    await page.setInputFiles('#import-file', path);
    await page.waitForFunction(() => document.getElementById('import-report').textContent !== '');
    await page.click('button[data-export="brat"]');
    await page.click('button[data-export="csv"]');
    await page.selectOption('#recent', { index: 1 });
    await page.waitForTimeout(300);

    const leaving = requests.filter((r) => !/ (blob|data):/.test(r));
    assert.deepEqual(leaving, [], 'no request after load');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
