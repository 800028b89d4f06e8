// Moving the work: export as Web Annotation JSON, brat and CSV; import the JSON back (the same annotations, or
// re-anchored on a slightly changed text, with the unplaceable ones reported); a malformed file changes nothing.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ARTICLE, comment, downloadInto, finish, importFile, onMark, pageState, paste, scratchDir, skip, startPage, useBrowser } from './helpers.mjs';

const dir = scratchDir('transfer');
const saveDownload = downloadInto(dir);
const exportFile = (page, format) => saveDownload(page, () => page.click(`button[data-export="${format}"]`));

/** Annotations without the fields an import may rightly renew. */
const comparable = (annotations) => annotations.map(({ modified, ...a }) => a).sort((x, y) => (x.id < y.id ? -1 : 1));

describe('export and import in Chromium', { skip }, () => {
  const env = useBrowser();

  test('export then import gives the same annotations', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    await onMark(page, 'mark.m-first.m-cue');
    await comment(page, 'Check the “quote” — 👋 <b>ok</b>');
    await onMark(page, 'mark.m-first.k-hedge', 'reject');
    const before = await pageState(page);

    const json = await exportFile(page, 'json');
    const data = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(data.type, 'AnnotationCollection');
    assert.equal(data.first.items.length, before.annotations.length);
    const item = data.first.items.find((i) => i.body.some((b) => b.purpose === 'commenting'));
    const [quote, position] = item.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(position.type, 'TextPositionSelector');
    assert.equal([...ARTICLE].slice(position.start, position.end).join(''), quote.exact, 'positions count code points');
    assert.deepEqual(item.body.map((b) => b.purpose), ['tagging', 'classifying', 'assessing', 'commenting']);

    // Spoil the annotations, then import: everything is back as it was.
    await onMark(page, 'mark.m-first.m-speaker', 'reject');
    const report = await importFile(page, json);
    assert.match(report, new RegExp(`Imported ${before.annotations.length} marks`));
    assert.deepEqual(comparable((await pageState(page)).annotations), comparable(before.annotations));
    assert.deepEqual((await pageState(page)).speakers, before.speakers);

    // brat: a zip with the text and an .ann whose offsets count code points.
    const zipPath = await exportFile(page, 'brat');
    const out = join(dir, 'brat');
    execFileSync('python3', ['-m', 'zipfile', '-e', zipPath, out]);
    const names = execFileSync('python3', ['-c', `import zipfile,sys; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))`, zipPath], { encoding: 'utf8' }).trim().split('\n');
    const txt = names.find((n) => n.endsWith('.txt'));
    const ann = readFileSync(join(out, names.find((n) => n.endsWith('.ann'))), 'utf8');
    assert.equal(readFileSync(join(out, txt), 'utf8'), ARTICLE);
    const cps = [...ARTICLE];
    for (const line of ann.trim().split('\n').filter((l) => l.startsWith('T'))) {
      const [, spec, covered] = line.split('\t');
      const frags = spec.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ').replace(/\s/g, ' '), covered, line);
    }
    assert.match(ann, /^E1\tAttribution:T\d+ Source:T\d+ Cue:T\d+ Content:T\d+$/m);
    assert.match(ann, /^A1\tKind T\d+ (hedge|denial|evidence|distancing|anonymous)$/m);
    assert.doesNotMatch(ann, /\tCaveat \d+ \d+\treportedly$/m, 'a rejected mark is not exported to brat');
    assert.match(ann, /^#1\tAnnotatorNotes T\d+\tCheck the “quote” — 👋 <b>ok<\/b>$/m, 'comments go in AnnotatorNotes');

    const csv = readFileSync(await exportFile(page, 'csv'), 'utf8');
    assert.match(csv, /^id,type,kind,state,creator,created,modified,start,end,text,speaker,comment,why\r\n/);
    assert.equal(csv.trim().split('\r\n').length >= before.annotations.length + 1, true);
    await finish(opened);
  });

  test('import re-anchors on a slightly changed text and reports what it could not place', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    const json = await exportFile(page, 'json');
    const original = await pageState(page);
    const changed = `UPDATED: ${ARTICLE.replace('The so-called reform was announced on Tuesday in Lisbon, according to the ministry.', 'A later paragraph replaced the old one.')}`;
    await paste(page, changed);
    const report = await importFile(page, json);
    const after = await pageState(page);
    const lost = original.annotations.filter((a) => !ARTICLE.slice(a.start, a.end).length || !changed.includes(a.quote.exact));
    assert.ok(lost.length > 0, 'the test removes some marked words');
    assert.equal(after.annotations.length, original.annotations.length - lost.length);
    for (const a of after.annotations) assert.equal(changed.slice(a.start, a.end), a.quote.exact, `${a.id} sits on its words`);
    assert.match(report, /found at a new place/);
    assert.match(report, new RegExp(`${lost.length} could not be placed`));
    assert.equal(await page.locator('#import-report .unplaced li').count(), lost.length, 'each unplaced annotation is listed');
    await finish(opened);
  });

  test('a malformed import changes nothing and shows an error', async () => {
    const opened = await startPage(env, { text: ARTICLE });
    const { page } = opened;
    const before = await pageState(page);
    const bad = [
      ['not-json.json', '{"type": "AnnotationCollection", '],
      ['wrong-shape.json', '{"hello": "world"}'],
      ['bad-item.json', JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ type: 'Annotation', body: [], target: {} }] } })],
      ['bad-kind.json', JSON.stringify([{ type: 'Annotation', body: [{ purpose: 'tagging', value: 'caveat' }, { purpose: 'classifying', value: 'gossip' }], target: { selector: [{ type: 'TextQuoteSelector', exact: 'said' }] } }])],
    ];
    for (const [name, content] of bad) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const report = await importFile(page, path);
      assert.match(report, new RegExp(`${name.replace('.', '\\.')}: (This file|Nothing was imported)`), report);
      assert.equal(await page.getAttribute('#import-report', 'role'), 'alert');
      assert.deepEqual(await pageState(page), before, `${name} changed nothing`);
      await page.evaluate(() => document.getElementById('import-report').replaceChildren());
    }
    await finish(opened);
  });
});
