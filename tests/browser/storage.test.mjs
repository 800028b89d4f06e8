// Keeping the work: autosave per article, a reload finds everything, the recent list reopens an article, and when
// storage fails the page says so, keeps working in memory and offers an export.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { makeAnnotation } from '../../www/js/annotation.js';
import { textKey } from '../../www/js/hash.js';

import { ARTICLE, comment, finish, onMark, openPage, pageState, paste, skip, spanOf, startPage, useBrowser, waitAnnotated, waitSaved } from './helpers.mjs';

describe('storage in Chromium', { skip }, () => {
  const env = useBrowser();

  test('a reload restores the article and every change made to it', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    await onMark(page, 'mark.m-first.m-cue');
    await onMark(page, 'mark.m-first.k-hedge', 'reject');
    await comment(page, 'Reportedly by whom?');
    await page.keyboard.press('/');
    await page.keyboard.type('Lisbon');
    await page.keyboard.press('Enter');
    await page.keyboard.press('m');
    await page.keyboard.type('a note ✍️ with an emoji');
    await page.keyboard.press('Control+Enter');
    const before = await pageState(page);
    await waitSaved(page);
    assert.match(await page.locator('#recent option').nth(1).textContent(), /We will not go/);

    await page.reload();
    await waitAnnotated(page, 'recent');
    const after = await pageState(page);
    assert.equal(after.article.text, ARTICLE);
    assert.deepEqual(after.annotations, before.annotations, 'every annotation, with its state and comment, is back');
    assert.deepEqual(after.speakers, before.speakers);
    assert.match(await page.textContent('#status'), /Restored your work/);

    // Another article, then back to the first through the recent list.
    await page.selectOption('#sample', { index: 1 });
    await waitAnnotated(page, await page.$eval('#sample', (s) => s.value));
    await page.selectOption('#recent', after.article.key);
    await waitAnnotated(page, 'recent');
    assert.deepEqual((await pageState(page)).annotations, before.annotations);
    await finish(opened);
  });

  test('work saved by the page before its recent list had a store of its own is listed and reopens', async () => {
    const opened = await openPage(env.browser);
    const { page } = opened;
    const record = {
      key: await textKey(ARTICLE),
      title: 'An article saved long ago',
      text: ARTICLE,
      annotations: [makeAnnotation(ARTICLE, { ...spanOf(ARTICLE, 'Lisbon'), type: 'note', comment: 'kept' })],
      speakers: [],
      saved: '2024-05-01T10:00:00.000Z',
    };
    // The database as version 1 of the page left it (articles only), made on the page's origin with the page's
    // script held back, so that the page opens it only afterwards.
    await page.route('**/js/main.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto(env.server.url);
    await page.evaluate(
      (r) =>
        new Promise((done, fail) => {
          const open = indexedDB.open('whosaid', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('articles', { keyPath: 'key' }).put(r);
          open.onsuccess = () => {
            open.result.close();
            done();
          };
          open.onerror = () => fail(open.error);
        }),
      record,
    );
    await page.unroute('**/js/main.js');
    await page.goto(env.server.url);
    await waitAnnotated(page, 'recent');
    assert.equal((await pageState(page)).article.title, record.title, 'the page opens the last article worked on');
    assert.deepEqual((await pageState(page)).annotations, record.annotations);
    assert.match(await page.locator('#recent option').nth(1).textContent(), /^An article saved long ago · 1 marks · /);
    await finish(opened);
  });

  test('when storage fails it says so plainly, keeps working in memory and offers an export', async () => {
    const opened = await openPage(env.browser);
    const { page } = opened;
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(env.server.url);
    await waitAnnotated(page);
    assert.equal(await page.isVisible('#storage-warning'), true);
    assert.match(await page.textContent('#storage-message'), /cannot be saved in this browser.*export them/);
    await paste(page, ARTICLE);
    await onMark(page, 'mark.m-first.m-cue');
    assert.ok((await pageState(page)).annotations.some((a) => a.state === 'confirmed'), 'annotating still works');
    const download = page.waitForEvent('download');
    await page.click('#storage-export');
    assert.match((await download).suggestedFilename(), /\.whosaid\.json$/);
    await finish(opened);
  });
});
