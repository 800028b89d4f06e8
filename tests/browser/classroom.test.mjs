// Classroom exercises in Chromium: a teacher makes an exercise and a link; a student opens the link in a fresh
// browser, marks part of the key and one wrong mark, checks (exact counts), takes a hint, reloads, exports; the class
// overview reads a constructed class (counts and alpha worked out by hand in tests/js/classroom.test.mjs) and 40
// generated submissions with a progress bar; tampered exercises, damaged links and bad submissions are refused by
// name. No request leaves the page at any point.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { constructedClass, generatedClass } from '../js/classroom-fixtures.mjs';
import { describeAlpha } from '../../www/js/alpha.js';
import { percent } from '../../www/js/check.js';
import { makeSubmission, parseExercise, parseSubmission } from '../../www/js/exercise.js';
import { exerciseFragment } from '../../www/js/link.js';
import { classOverview, studentsCsv } from '../../www/js/overview.js';
import { ARTICLE, ROOT, downloadInto, dropFiles, finish, markWords, onMark, pageState, scratchDir, skip, startPage, useBrowser, waitAnnotated, waitRead } from './helpers.mjs';

const dir = scratchDir('class');
const saveDownload = downloadInto(dir);

/**
 * Asserts that the page asked nothing of anyone but its own server, and nothing at all once loaded. With `icon`,
 * Chromium's own fetch of the page's icon, which it repeats when the URL's fragment changes, is let through: that is
 * the browser's doing, not the page's, and goes to the page's own server.
 */
function assertNoRequests(log, server, { icon = false } = {}) {
  const elsewhere = log.all.filter((l) => !l.includes(` ${server.url}`) && !/ (blob|data):/.test(l));
  assert.deepEqual(elsewhere, [], 'no request to anywhere but the page’s own server');
  const after = log.afterLoad.filter((l) => !(icon && l === `GET ${server.url}favicon.svg`));
  assert.deepEqual(after, [], 'no request at all once the page has loaded');
}

/** The check table as `{layer: [found, missed, extra, precision, recall]}`. */
async function checkTable(page) {
  return page.$$eval('#check-result tr[data-layer]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.layer, ['found', 'missed', 'extra', 'precision', 'recall'].map((k) => r.querySelector(`[data-count="${k}"]`).textContent)])),
  );
}

describe('classroom exercises in Chromium', { skip }, () => {
  const env = useBrowser();

  test('teacher makes a link; a student opens it in a fresh browser, marks, checks, takes a hint, reloads and exports', async () => {
    // The teacher: confirm five machine marks and add a speaker of their own.
    const teacher = await startPage(env, { text: ARTICLE, watch: true });
    const { page: tp, requests: teacherRequests } = teacher;
    for (const selector of ['mark.m-first.m-speaker >> text=Anna Petrova', 'mark.m-first.m-claim >> text=/^We will not go/', 'mark.m-first.k-hedge', 'mark.m-first.k-denial', 'mark.m-first.k-evidence']) {
      await onMark(tp, selector);
    }
    await tp.click('#card button[data-act="close"]');
    await tp.focus('#doc');
    await markWords(tp, 'the ministry', 's');

    await tp.click('#make-exercise');
    assert.equal(await tp.isVisible('#teacher'), true);
    assert.equal(await tp.textContent('#teacher-count'), '6 items', 'every confirmed mark in the chosen layers');
    await tp.uncheck('#teacher-form input[value="distancing"]');
    await tp.uncheck('#teacher-form input[value="anonymous"]');
    assert.equal(await tp.textContent('#teacher-count'), '6 items');
    await tp.uncheck('#teacher-form input[value="caveat"]');
    assert.equal(await tp.textContent('#teacher-count'), '3 items', 'unticking caveats takes them out of the key');
    assert.equal(await tp.isDisabled('#teacher-form input[value="hedge"]'), true);
    await tp.check('#teacher-form input[value="caveat"]');
    await tp.fill('#teacher-title', 'Who said it? <b>1</b>');
    await tp.fill('#teacher-instructions', 'Find the speakers, claims and caveats.');
    await tp.fill('#teacher-key input[aria-label*="“reportedly”"]', 'Reportedly: according to whom?');
    await tp.click('#teacher-link');
    const url = await tp.inputValue('#teacher-link-url');
    assert.match(url, new RegExp(`^${env.server.url}#exercise=[A-Za-z0-9_-]+$`));
    assert.ok(url.length <= 8000);
    const exerciseFile = await saveDownload(tp, () => tp.click('#teacher-file'));
    assert.match(exerciseFile, /who-said-it-b-1-b\.exercise\.whosaid\.json$/);
    const exercise = await parseExercise(readFileSync(exerciseFile, 'utf8'));
    assert.deepEqual(exercise.key.map((k) => [k.layer, k.kind, k.exact]), [
      ['claim', null, 'We will not go,'],
      ['speaker', null, 'Anna Petrova'],
      ['caveat', 'hedge', 'reportedly'],
      ['caveat', 'denial', 'denied'],
      ['caveat', 'evidence', 'could not be independently verified'],
      ['speaker', null, 'the ministry'],
    ]);
    assert.equal(exercise.key[2].note, 'Reportedly: according to whom?');
    assert.deepEqual(exercise.caveatKinds, ['hedge', 'denial', 'evidence']);
    assert.deepEqual(teacher.problems, []);
    assertNoRequests(teacherRequests, env.server);

    // The student, in a browser that has never seen the article.
    const student = await startPage(env, { url, source: 'exercise', watch: 'networkidle' });
    const { page: sp, requests: studentRequests } = student;
    assert.equal(await sp.evaluate(() => document.body.dataset.mode), 'exercise');
    assert.equal(await sp.textContent('#doc'), ARTICLE);
    assert.equal(await sp.locator('#doc mark').count(), 0, 'the machine’s marks are hidden');
    assert.equal(await sp.textContent('#exercise-title'), 'Exercise: Who said it? <b>1</b>', 'the title is text');
    assert.equal(await sp.textContent('#exercise-instructions'), 'Find the speakers, claims and caveats.');
    assert.match(await sp.textContent('#exercise-asks'), /speakers, claims and caveats \(hedge, denial, evidence\)/);
    assert.equal(await sp.isVisible('#classroom'), false);

    // Three of the six key items, and one wrong mark; by keyboard alone.
    await sp.focus('#doc');
    await markWords(sp, 'Anna Petrova', 's');
    await markWords(sp, 'reportedly', 'v'); // a hedge, the default kind
    await markWords(sp, 'denied', 'v', 1); // hedge → denial
    await markWords(sp, 'Lisbon', 's'); // not a speaker
    await sp.click('#check-work');
    assert.deepEqual(await checkTable(sp), {
      speaker: ['1', '1', '1', '50.0%', '50.0%'],
      claim: ['0', '1', '0', '—', '0.0%'],
      caveat: ['2', '1', '0', '100.0%', '66.7%'],
      total: ['3', '3', '1', '75.0%', '50.0%'],
    });
    const result = await sp.textContent('#check-result');
    assert.match(result, /You found 3 of 6 key items, with 1 extra mark\. Hints used: 0\./);
    assert.match(result, /reportedly \(hedge\) — Reportedly: according to whom\?/, 'the teacher’s note on the item');
    assert.match(await sp.textContent('#check-result details[data-layer="speaker"] .is-extra'), /Lisbon/);
    assert.match(await sp.textContent('#check-result details[data-layer="speaker"] .is-missed'), /the ministry/);

    // A hint: the first machine suggestion not yet marked, shown as a suggestion; confirmed, it counts.
    await sp.click('#hint');
    assert.equal(await sp.textContent('#hint-count'), `Hints used: 1 of ${exercise.suggestions.length}.`);
    const hinted = await sp.evaluate(() => document.activeElement.textContent);
    assert.equal(hinted, 'We will not go,');
    assert.match(await sp.textContent('#check-result .check-stale'), /changed since this check/);
    await sp.click('#check-work');
    assert.match(await sp.textContent('#check-result'), /Hints used: 1\..*1 hint you have not confirmed or rejected yet is not counted/s);
    assert.equal((await checkTable(sp)).claim[0], '0');
    await sp.keyboard.press('y');
    await sp.click('#check-work');
    assert.deepEqual((await checkTable(sp)).claim, ['1', '0', '0', '100.0%', '100.0%']);
    assert.equal((await checkTable(sp)).total[0], '4');

    // The work is saved: a reload brings back the marks, the hint count and the name.
    await sp.fill('#student-name', 'Zoë <i>Ng</i>');
    await sp.press('#student-name', 'Tab');
    const before = await pageState(sp);
    await sp.waitForFunction(() => document.getElementById('doc').dataset.saved);
    await sp.waitForTimeout(200);
    assertNoRequests(studentRequests, env.server);
    studentRequests.reloading();
    await sp.reload();
    await waitAnnotated(sp, 'exercise');
    await sp.waitForLoadState('networkidle');
    studentRequests.loaded();
    assert.deepEqual((await pageState(sp)).annotations, before.annotations);
    assert.deepEqual(await sp.evaluate(() => window.whosaid.exercise()), { id: exercise.id, hintsUsed: 1, revealed: [0] });
    assert.equal(await sp.inputValue('#student-name'), 'Zoë <i>Ng</i>');
    assert.match(await sp.textContent('#status'), /Restored your work on the exercise/);

    // Export: the name is needed; the file carries the marks and the hints.
    await sp.fill('#student-name', '');
    await sp.click('#submit-work');
    assert.match(await sp.textContent('#exercise-report'), /Write your name first/);
    await sp.fill('#student-name', 'Zoë <i>Ng</i>');
    const submissionFile = await saveDownload(sp, () => sp.click('#submit-work'));
    const submission = await parseSubmission(readFileSync(submissionFile, 'utf8'), exercise);
    assert.equal(submission.student, 'Zoë <i>Ng</i>');
    assert.equal(submission.hintsUsed, 1);
    assert.deepEqual(submission.marks.map((m) => m.exact), ['We will not go,', 'Anna Petrova', 'reportedly', 'denied', 'Lisbon']);
    assert.equal(await sp.$$eval('i, b', (els) => els.length), 0, 'names and titles never become markup');
    assert.deepEqual(student.problems, []);
    assertNoRequests(studentRequests, env.server);

    // Leaving the exercise goes back to the annotator and drops the link from the address.
    await sp.click('#leave-exercise');
    await waitAnnotated(sp);
    assert.equal(await sp.evaluate(() => document.body.dataset.mode), 'annotate');
    assert.equal(await sp.evaluate(() => location.hash), '');
    // The recent list brings the exercise back, with the work on it.
    const saved = await sp.$eval('#recent', (sel) => [...sel.options].find((o) => o.textContent.startsWith('Exercise: '))?.value);
    await sp.selectOption('#recent', saved);
    await waitAnnotated(sp, 'exercise');
    assert.deepEqual((await pageState(sp)).annotations, before.annotations);
    assert.equal(await sp.textContent('#hint-count'), `Hints used: 1 of ${exercise.suggestions.length}.`);

    // "show me" on a missed item selects its words, ready to be marked.
    await sp.click('#check-work');
    await sp.click('#check-result details[data-layer="speaker"] .is-missed button[data-select]');
    assert.equal(await sp.evaluate(() => document.getSelection().toString()), 'the ministry');
    await sp.keyboard.press('s');
    await sp.keyboard.press('Escape');
    await sp.click('#check-work');
    assert.deepEqual((await checkTable(sp)).speaker, ['2', '0', '1', '66.7%', '100.0%']);
    await finish(student);
    await finish(teacher);
  });

  test('the class overview of three submissions gives the counts and alpha worked out by hand, and skips bad files by name', async () => {
    const { exercise, submissions } = await constructedClass();
    const exFile = join(dir, 'rain.exercise.whosaid.json');
    writeFileSync(exFile, JSON.stringify(exercise, null, 2));
    const names = ['ada', 'ben', 'cy'].map((n, i) => {
      const path = join(dir, `${n}.submission.whosaid.json`);
      writeFileSync(path, JSON.stringify(submissions[i]));
      return path;
    });
    const other = await makeSubmission({ ...exercise, id: 'ex-other', title: 'Sun' }, { student: 'Dee', annotations: [] });
    const edited = { ...submissions[1], hintsUsed: 0 };
    const bad = {
      'broken.json': '{"format": "whosaid-submission", "student": ',
      'wrong-exercise.json': JSON.stringify(other),
      'edited.json': JSON.stringify(edited),
      'an-essay.json': JSON.stringify({ title: 'My essay' }),
    };
    const badPaths = Object.entries(bad).map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    });

    const opened = await startPage(env, { watch: true });
    const { page, requests } = opened;
    await page.click('#open-overview');
    assert.equal(await page.isVisible('#overview'), true);
    assert.equal(await page.isVisible('main.layout'), false);
    // Submissions before the exercise wait for it.
    await page.setInputFiles('#overview-files', [names[0]]);
    await waitRead(page);
    assert.match(await page.textContent('#overview-exercise-name'), /1 submission files are waiting/);
    await page.setInputFiles('#overview-exercise', exFile);
    await page.waitForSelector('#overview-body table');
    await page.setInputFiles('#overview-files', [names[1], names[2], ...badPaths]);
    await waitRead(page);
    assert.match(await page.textContent('#overview-progress-text'), /^Read 6 files: 2 submissions counted, 4 skipped\.$/, 'Ada, who was waiting, is counted with the exercise');

    const rows = await page.$$eval('.students-table tbody tr', (trs) => trs.map((tr) => [
      tr.dataset.student,
      tr.querySelector('[data-hints]').textContent,
      ...[...tr.querySelectorAll('td.score')].map((td) => `${td.dataset.layer}:${td.dataset.found}/${td.dataset.missed}/${td.dataset.extra}`),
    ]));
    assert.deepEqual(rows, [
      ['Ada', '0', 'speaker:2/0/0', 'caveat:2/0/0', 'total:4/0/0'],
      ['Ben', '1', 'speaker:1/1/0', 'caveat:0/2/1', 'total:1/3/1'],
      ['=Cy', '2', 'speaker:1/1/1', 'caveat:1/1/0', 'total:2/2/1'],
    ]);
    const items = await page.$$eval('.items-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('q').textContent, tr.dataset.found, tr.querySelector('td:nth-of-type(2)').textContent.trim()]));
    assert.deepEqual(items, [
      ['Ann', '3', '—'],
      ['may', '1', '—'],
      ['Bob', '1', '—'],
      ['denied', '2', 'denied as hedge caveat (1)'],
    ]);
    assert.equal(await page.textContent('[data-alpha="speaker"]'), 'α = 0.491');
    assert.equal(await page.textContent('[data-alpha="caveat"]'), 'α = 0.502');
    assert.match(await page.textContent('.extras-list'), /rain as speaker: 1 student/);

    const skipped = await page.$$eval('#overview-problems li', (lis) => lis.map((li) => [li.dataset.file, li.textContent]));
    assert.deepEqual(skipped.map(([f]) => f), Object.keys(bad));
    assert.match(skipped[0][1], /^broken\.json: This file is not JSON/);
    assert.match(skipped[1][1], /another exercise \(“Sun”\), not “Rain”/);
    assert.match(skipped[2][1], /edited after it was exported/);
    assert.match(skipped[3][1], /not a submission/);

    const csv = readFileSync(await saveDownload(page, () => page.click('#overview-csv')), 'utf8');
    const expected = classOverview(exercise, submissions.map((s, i) => ({ ...s, file: `${['ada', 'ben', 'cy'][i]}.submission.whosaid.json` })));
    assert.equal(csv, studentsCsv(exercise, expected));
    assert.match(readFileSync(await saveDownload(page, () => page.click('#overview-items-csv')), 'utf8'), /^item,layer,kind,words,note,found by,of,most common wrong marks\r\n/);

    // The same file again is counted once.
    await page.setInputFiles('#overview-files', [names[0]]);
    await waitRead(page);
    assert.equal(await page.locator('.students-table tbody tr').count(), 3);
    assert.match(await page.textContent('#overview-problems'), /ada\.submission\.whosaid\.json: This submission \(Ada\) is already counted/);

    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#overview'), false, 'Escape closes the overview');
    assertNoRequests(requests, env.server);
    await finish(opened);
  });

  test('a tampered exercise file, a tampered link and a damaged link are refused with clear messages', async () => {
    const { exercise } = await constructedClass();
    const tampered = structuredClone(exercise);
    tampered.key.pop();
    const file = join(dir, 'tampered.exercise.whosaid.json');
    writeFileSync(file, JSON.stringify(tampered));
    const opened = await startPage(env, { watch: true });
    const { page, requests } = opened;
    const before = await pageState(page);

    await page.setInputFiles('#open-exercise', file);
    await page.waitForSelector('#page-alert:not([hidden])');
    assert.match(await page.textContent('#page-alert-message'), /^tampered\.exercise\.whosaid\.json: The answer key in this exercise has been edited since the exercise was made/);
    assert.equal(await page.getAttribute('#page-alert', 'role'), 'alert');
    assert.equal(await page.evaluate(() => document.body.dataset.mode), 'annotate');
    assert.deepEqual(await pageState(page), before, 'nothing changed');
    await page.click('#page-alert-close');

    await page.evaluate((f) => {
      location.hash = f;
    }, await exerciseFragment(tampered));
    await page.waitForSelector('#page-alert:not([hidden])');
    assert.match(await page.textContent('#page-alert-message'), /^The answer key in this exercise has been edited/);
    await page.click('#page-alert-close');

    const good = await exerciseFragment(exercise);
    await page.evaluate((f) => {
      location.hash = f;
    }, good.slice(0, Math.floor(good.length / 2)));
    await page.waitForSelector('#page-alert:not([hidden])');
    assert.match(await page.textContent('#page-alert-message'), /This exercise link is damaged .*Ask for the exercise file instead/);
    assert.equal(await page.evaluate(() => document.body.dataset.mode), 'annotate');

    // The untouched link opens.
    await page.evaluate((f) => {
      location.hash = f;
    }, good);
    await waitAnnotated(page, 'exercise');
    assert.equal(await page.isVisible('#page-alert'), false);
    assertNoRequests(requests, env.server, { icon: true });
    await finish(opened);
  });

  test('an exercise made again from the same article, after a reload, keeps its id and key hash', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    await onMark(page, 'mark.m-first.m-speaker');
    await page.click('#make-exercise');
    const first = await parseExercise(readFileSync(await saveDownload(page, () => page.click('#teacher-file')), 'utf8'));
    await page.waitForTimeout(200);
    await page.reload();
    await waitAnnotated(page, 'recent');
    await page.click('#make-exercise');
    const again = await parseExercise(readFileSync(await saveDownload(page, () => page.click('#teacher-file')), 'utf8'));
    assert.equal(again.id, first.id);
    assert.equal(again.integrity.key, first.integrity.key, 'so work done on the first copy is accepted against the second');
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#teacher'), false, 'Escape closes the panel');
    await finish(opened);
  });

  test('the exercise and the overview fit a phone-width screen', async () => {
    const { exercise, submissions } = await constructedClass();
    const opened = await startPage(env, { viewport: { width: 375, height: 740 }, url: `${env.server.url}#${await exerciseFragment(exercise)}`, source: 'exercise' });
    const { page } = opened;
    await page.focus('#doc');
    await markWords(page, 'Ann', 's');
    await page.click('#check-work');
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    assert.ok(await fits(), 'the exercise has no sideways scrolling');
    await page.click('#leave-exercise');
    await waitAnnotated(page);
    await page.click('#open-overview');
    await dropFiles(page, [{ name: 'exercise.json', content: JSON.stringify(exercise) }, ...submissions.map((s, i) => ({ name: `s${i}.json`, content: JSON.stringify(s) }))]);
    await waitRead(page);
    assert.equal(await page.locator('.students-table tbody tr').count(), 3);
    assert.ok(await fits(), 'the overview has no sideways scrolling (its tables scroll in their own box)');
    await finish(opened);
  });

  test('an article too long for a link is offered as a file instead', async () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${(i * 7919) % 10007}`);
    const opened = await startPage(env, { text: `Anna Petrova said the plan would fail. ${words.join(' ')}` });
    const { page } = opened;
    await onMark(page, 'mark.m-first.m-speaker');
    await page.click('#make-exercise');
    await page.click('#teacher-link');
    await page.waitForSelector('#teacher-share .share-error');
    assert.match(await page.textContent('#teacher-share'), /The link would be [\d,]+ characters long, too long to share reliably \(the limit is 8,000\): share the exercise file instead/);
    const file = await saveDownload(page, () => page.click('#teacher-share button[data-act="download"]'));
    assert.match(file, /\.exercise\.whosaid\.json$/);
    await finish(opened);
  });

  test('an overview of 40 submissions dropped at once, with a progress bar, agrees with the same overview in Node', async () => {
    const text = readFileSync(new URL('www/samples/harbour-blast.txt', ROOT), 'utf8');
    const { exercise, submissions } = await generatedClass(text, env.core.annotate(text), 40);
    const files = [{ name: 'exercise.json', content: JSON.stringify(exercise) }, ...submissions.map((s, i) => ({ name: `s${String(i + 1).padStart(2, '0')}.json`, content: JSON.stringify(s) }))];
    const expected = classOverview(exercise, submissions.map((s, i) => ({ ...s, file: files[i + 1].name })));

    const opened = await startPage(env, { watch: true });
    const { page, requests } = opened;
    await page.click('#open-overview');
    await page.evaluate(() => {
      window.progressSeen = [];
      const bar = document.getElementById('overview-progress');
      new MutationObserver(() => window.progressSeen.push([bar.value, bar.max, document.getElementById('overview-progress-text').textContent])).observe(bar, { attributes: true });
    });
    // Drop all 41 files on the page, as a teacher drags them from a folder.
    await dropFiles(page, files);
    await waitRead(page);
    const seen = await page.evaluate(() => window.progressSeen);
    assert.ok(seen.length >= 41, `the bar moved with each file (${seen.length} updates)`);
    assert.deepEqual(seen.at(-1).slice(0, 2), [82, 82], 'and ended full');
    assert.ok(seen.some(([v, , t]) => v > 10 && v < 41 && /^Reading \d+ of 41 files…$/.test(t)), 'reading, file by file');
    assert.ok(seen.some(([v, , t]) => v > 50 && v < 82 && /^Checking \d+ of 41 files…$/.test(t)), 'then checking');
    assert.equal(await page.textContent('#overview-progress-text'), 'Read 41 files: 40 submissions counted, 0 skipped.');

    const rows = await page.$$eval('.students-table tbody tr', (trs) => trs.map((tr) => [tr.dataset.student, ...[...tr.querySelectorAll('td.score')].map((td) => `${td.dataset.found}/${td.dataset.missed}/${td.dataset.extra}`)]));
    assert.equal(rows.length, 40);
    assert.deepEqual(rows, expected.students.map((s) => [s.student, ...[...s.check.layers, s.check.total].map((l) => [l.found, l.missed, l.extra].map((x) => (Array.isArray(x) ? x.length : x)).join('/'))]));
    assert.deepEqual(await page.$$eval('.items-table tbody tr', (trs) => trs.map((tr) => Number(tr.dataset.found))), expected.items.map((i) => i.found));
    for (const layer of exercise.layers) assert.equal(await page.textContent(`[data-alpha="${layer}"]`), `α = ${describeAlpha(expected.alpha[layer])}`);
    assert.equal(await page.textContent('.students-table tbody tr:first-child .score[data-layer="total"] .score-pr'), `P ${percent(expected.students[0].check.total.precision)} · R ${percent(expected.students[0].check.total.recall)}`);
    mkdirSync(new URL('test-results/', ROOT), { recursive: true });
    await page.screenshot({ path: new URL('test-results/overview.png', ROOT).pathname, fullPage: true });
    assertNoRequests(requests, env.server);
    await finish(opened);
  });
});
