// Safety and privacy: article text, comments and imported files stay text (an <img onerror> never runs), and once the
// page has loaded no request leaves it, whatever the reader does.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ARTICLE, comment, downloadInto, finish, importFile, onMark, pageState, paste, scratchDir, skip, startPage, useBrowser, waitAnnotated } from './helpers.mjs';

const XSS = '<img src=x onerror="window.pwned=(window.pwned||0)+1"><script>window.pwned=1</script>';
const dir = scratchDir('xss');

/** No element anywhere in the page was made from the attack strings, and none of their code ran. */
async function assertInert(page) {
  assert.equal(await page.$$eval('img, body script', (els) => els.length), 0, 'no <img> or inline <script> in the page');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no injected code ran');
}

describe('safety in Chromium', { skip }, () => {
  const env = useBrowser();

  test('attacks in the article, a comment, an opened HTML file and an import file stay inert', async () => {
    const text = `${XSS} “We will not go,” said Anna Petrova 👋, the mayor. Officials reportedly denied it.`;
    const opened = await startPage(env, { text });
    const { page } = opened;
    assert.equal(await page.textContent('#doc'), text, 'the markup is shown as text');
    await assertInert(page);

    await page.locator('#doc mark.m-first.m-cue').first().click();
    await comment(page, XSS);
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
    const report = await importFile(page, file);
    assert.match(report, /1 could not be placed/);
    assert.ok(report.includes(XSS.slice(0, 60)), 'the unplaced quote is listed as text');
    await page.locator('#doc mark.m-first.m-claim').first().click();
    const card = await page.textContent('#card');
    assert.ok(card.includes(XSS), 'the imported evidence is shown as text');
    assert.ok((await page.textContent('#source-list')).includes(speakerName), 'the imported speaker is shown as text');
    await assertInert(page);
    assert.equal((await pageState(page)).annotations.length, 1);
    await finish(opened);
  });

  test('no request leaves the page after it has loaded', async () => {
    const opened = await startPage(env, { watch: 'networkidle' });
    const { page, requests } = opened;

    // Everything a reader does: samples, pasting, marking, the card, export, import, storage.
    await page.selectOption('#sample', { index: 2 });
    await waitAnnotated(page, await page.$eval('#sample', (s) => s.value));
    await paste(page, ARTICLE);
    await onMark(page, 'mark.m-first.m-cue');
    await page.keyboard.press('?');
    await importFile(page, await downloadInto(dir)(page, () => page.click('button[data-export="json"]')));
    await page.click('button[data-export="brat"]');
    await page.click('button[data-export="csv"]');
    await page.selectOption('#recent', { index: 1 });
    await page.waitForTimeout(300);

    assert.deepEqual(requests.afterLoad, [], 'no request after load');
    await finish(opened);
  });
});
