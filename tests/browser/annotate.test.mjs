// Annotating: confirm, reject, re-type, add, link and comment, by mouse and by keyboard alone; undo and redo.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { ARTICLE, comment, dblclickWord, finish, markOn, onMark, pageState, skip, spanOf, startPage, useBrowser } from './helpers.mjs';

const find = (state, pred) => state.annotations.find(pred);
const words = (a) => ARTICLE.slice(a.start, a.end);

describe('annotating in Chromium', { skip }, () => {
  const env = useBrowser();

  test('by mouse: confirm, reject, re-type, add a speaker and a claim, link the claim, comment', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;

    await markOn(page, 'cue', 'said').click();
    await page.click('#card button[data-act="confirm"]');
    let s = await pageState(page);
    assert.equal(find(s, (a) => a.type === 'cue' && words(a) === 'said').state, 'confirmed');
    assert.match(await markOn(page, 'cue', 'said').getAttribute('class'), /st-confirmed/);

    await onMark(page, 'mark.m-first.k-hedge', 'reject');
    s = await pageState(page);
    assert.equal(find(s, (a) => a.kind === 'hedge').state, 'rejected');

    await page.locator('#doc mark.m-first.k-denial').first().click();
    await page.selectOption('#card select[name="kind"]', 'evidence');
    s = await pageState(page);
    assert.ok(find(s, (a) => a.type === 'caveat' && words(a) === 'denied' && a.kind === 'evidence' && a.state === 'confirmed'), 're-kinded');

    // Words selected by double-click, marked with the toolbar (the card is closed first: it may cover them).
    await page.click('#card button[data-act="close"]');
    assert.equal(await page.isVisible('#card'), false);
    const lisbon = spanOf(ARTICLE, 'Lisbon');
    await dblclickWord(page, lisbon.start, lisbon.end);
    await page.click('#add-bar button[data-add="speaker"]');
    s = await pageState(page);
    const speaker = find(s, (a) => a.type === 'speaker' && words(a) === 'Lisbon');
    assert.ok(speaker, 'a speaker mark on Lisbon');
    assert.equal(speaker.creator, 'reader');
    assert.equal(s.speakers.find((x) => x.id === speaker.speakerId)?.name, 'Lisbon');

    const tuesday = spanOf(ARTICLE, 'Tuesday');
    await page.click('#card button[data-act="close"]');
    await dblclickWord(page, tuesday.start, tuesday.end);
    await page.click('#add-bar button[data-add="claim"]');
    await page.selectOption('#card select[name="speaker"]', speaker.speakerId);
    await comment(page, 'A date, not a claim? Check.');
    s = await pageState(page);
    const claim = find(s, (a) => a.type === 'claim' && words(a) === 'Tuesday');
    assert.deepEqual([claim.speakerId, claim.comment, claim.creator, claim.state], [speaker.speakerId, 'A date, not a claim? Check.', 'reader', 'confirmed']);
    assert.match(claim.created, /^\d{4}-\d\d-\d\dT/);
    assert.match(await page.textContent('#source-list'), /Lisbon/, 'the linked speaker is in the sources panel');

    await page.selectOption('#card select[name="type"]', 'note');
    s = await pageState(page);
    assert.equal(find(s, (a) => a.id === claim.id).type, 'note', 're-typed');

    await page.click('#undo');
    assert.equal(find(await pageState(page), (a) => a.id === claim.id).type, 'claim', 'undo');
    await page.click('#redo');
    assert.equal(find(await pageState(page), (a) => a.id === claim.id).type, 'note', 'redo');
    await finish(opened);
  });

  test('by keyboard alone: move, open, confirm, reject, find and mark, pick a kind, comment, undo, redo, help', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    await page.focus('#doc');
    const focused = () => page.evaluate(() => ({ mark: document.activeElement.dataset.mark, name: document.activeElement.name, act: document.activeElement.dataset.act }));
    const firstIds = await page.$$eval('#doc mark.m-first', (els) => els.filter((e) => e.tabIndex === 0).map((e) => e.dataset.mark));

    await page.keyboard.press('j');
    assert.equal((await focused()).mark, firstIds[0], 'j goes to the first mark');
    await page.keyboard.press('j');
    assert.equal((await focused()).mark, firstIds[1], 'j again to the second');
    await page.keyboard.press('k');
    assert.equal((await focused()).mark, firstIds[0], 'k back');
    assert.equal(await page.isVisible('#card'), true, 'the card follows the focused mark');

    await page.keyboard.press('y');
    let s = await pageState(page);
    assert.equal(find(s, (a) => a.id === firstIds[0]).state, 'confirmed', 'y confirms');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).mark, firstIds[1], 'Tab goes to the next mark too');
    await page.keyboard.press('n');
    s = await pageState(page);
    assert.equal(find(s, (a) => a.id === firstIds[1]).state, 'rejected', 'n rejects');

    await page.keyboard.press('Enter');
    assert.equal((await focused()).act, 'confirm', 'Enter opens the card at its first control');
    await page.keyboard.press('Escape');
    assert.equal((await focused()).mark, firstIds[1], 'Escape returns to the mark');

    // Find words, mark them as a caveat, choose its kind, comment, all from the keyboard.
    await page.keyboard.press('/');
    await page.keyboard.type('announced on Tuesday');
    await page.keyboard.press('Enter');
    await page.keyboard.press('v');
    assert.equal((await focused()).name, 'kind', 'a new caveat asks for its kind');
    await page.keyboard.press('ArrowDown'); // hedge → denial
    s = await pageState(page);
    const cav = find(s, (a) => a.type === 'caveat' && words(a) === 'announced on Tuesday');
    assert.equal(cav?.kind, 'denial');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).name, 'comment');
    await page.keyboard.type('Not a denial <b>at all</b>');
    await page.keyboard.press('Control+Enter');
    s = await pageState(page);
    assert.equal(find(s, (a) => a.id === cav.id).comment, 'Not a denial <b>at all</b>');
    await page.keyboard.press('Escape');
    assert.equal((await focused()).mark, cav.id, 'back on the new mark');

    // A note on the focused mark's own words, then undo and redo from the keyboard.
    await page.keyboard.press('m');
    await page.keyboard.type('see the ministry statement');
    await page.keyboard.press('Control+Enter');
    s = await pageState(page);
    const notes = s.annotations.filter((a) => a.type === 'note');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].comment, 'see the ministry statement');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    assert.equal(find(await pageState(page), (a) => a.id === notes[0].id).comment, '', 'Ctrl+Z undoes the comment');
    await page.keyboard.press('Control+z');
    assert.equal(find(await pageState(page), (a) => a.id === notes[0].id), undefined, 'and then the note');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    assert.equal(find(await pageState(page), (a) => a.id === notes[0].id).comment, 'see the ministry statement', 'Ctrl+Shift+Z and Ctrl+Y redo');

    await page.keyboard.press('?');
    assert.equal(await page.isVisible('#help'), true, '? shows the shortcuts');
    assert.match(await page.textContent('#help'), /confirm the mark/);
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#help'), false);

    // Delete removes a mark the reader added.
    await page.keyboard.press('/');
    await page.keyboard.type('the ministry');
    await page.keyboard.press('Enter');
    await page.keyboard.press('s');
    await page.keyboard.press('Escape');
    s = await pageState(page);
    const added = find(s, (a) => a.type === 'speaker' && words(a) === 'the ministry' && a.creator === 'reader');
    assert.ok(added);
    await page.keyboard.press('Delete');
    assert.equal(find(await pageState(page), (a) => a.id === added.id), undefined, 'Delete removes it');
    await finish(opened);
  });
});
