// Export formats: W3C Web Annotation JSON, brat standoff in the command line's shape (code-point offsets), CSV; and
// importing the JSON back (validation first, re-anchoring, a report of what could not be placed).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { makeAnnotation } from '../../www/js/annotation.js';
import { toBrat, toCsv, toWebAnnotations } from '../../www/js/export.js';
import { ImportError, parseWebAnnotations, placeAnnotations } from '../../www/js/import.js';
import { zip } from '../../www/js/zip.js';

// An emoji before everything, so code points and UTF-16 units differ by one from there on.
const TEXT = '👋 “We will not go,” said Anna Petrova. Officials reportedly denied it.';
const at = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const cp = (s) => [...TEXT.slice(0, TEXT.indexOf(s))].length;
const T0 = '2025-01-02T03:04:05.000Z';
const mk = (words, fields) => makeAnnotation(TEXT, { ...at(words), created: T0, creator: 'machine', ...fields });

const annotations = [
  mk('We will not go,', { id: 'm1', type: 'claim', kind: 'direct', speakerId: 'S1', attribution: 'A1', why: 'a quote' }),
  mk('said', { id: 'm2', type: 'cue', kind: 'direct', speakerId: 'S1', attribution: 'A1', source: 'm3', why: 'a quote', comment: 'neutral verb' }),
  mk('Anna Petrova', { id: 'm3', type: 'speaker', speakerId: 'S1', why: 'a person' }),
  mk('reportedly', { id: 'm4', type: 'caveat', kind: 'hedge', why: 'hedge' }),
  mk('denied', { id: 'm5', type: 'caveat', kind: 'denial', why: 'denial', state: 'rejected' }),
  mk('Officials', { id: 'r1', type: 'note', creator: 'reader', state: 'confirmed', comment: 'who?\nunnamed' }),
];
const speakers = [{ id: 'S1', name: 'Anna Petrova', kind: 'person', roles: ['the mayor'], creator: 'machine' }];
const article = { key: 'abc123', title: 'Test', text: TEXT };

describe('toWebAnnotations', () => {
  const data = toWebAnnotations(article, annotations, speakers, T0);
  const item = (id) => data.first.items.find((i) => i.id === `urn:whosaid:annotation:${id}`);

  test('is an AnnotationCollection with every annotation, rejected ones included', () => {
    assert.equal(data['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(data.type, 'AnnotationCollection');
    assert.equal(data.total, annotations.length);
    assert.deepEqual(data.whosaid.speakers, speakers);
  });

  test('gives each a quote and a code-point position, creator, created, motivation and a body', () => {
    const said = item('m2');
    assert.deepEqual(said.target.selector[1], { type: 'TextPositionSelector', start: cp('said'), end: cp('said') + 4 });
    assert.deepEqual(said.target.selector[0].exact, 'said');
    assert.equal(said.target.source, 'urn:sha256:abc123');
    assert.deepEqual(said.creator, { id: 'urn:whosaid:machine', type: 'Software', name: 'whosaid' });
    assert.equal(said.created, T0);
    assert.equal(said.motivation, 'classifying');
    assert.deepEqual(said.body.map((b) => [b.purpose, b.value]), [['tagging', 'cue'], ['classifying', 'direct'], ['assessing', 'suggested'], ['commenting', 'neutral verb']]);
    assert.equal(item('r1').motivation, 'commenting');
    assert.equal(item('r1').creator.type, 'Person');
  });

  test('comes back unchanged through import', () => {
    const parsed = parseWebAnnotations(JSON.stringify(data));
    const placed = placeAnnotations(TEXT, parsed);
    assert.deepEqual(placed.unplaced, []);
    assert.equal(placed.moved, 0);
    const sorted = (list) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(sorted(placed.annotations), sorted(annotations));
    assert.deepEqual(placed.speakers, speakers);
  });

  test('re-anchors on a changed text and lists what it cannot place', () => {
    const changed = `Update: ${TEXT.replace('Officials', 'Ministers')}`;
    const placed = placeAnnotations(changed, parseWebAnnotations(JSON.stringify(data)));
    assert.deepEqual(placed.unplaced, [{ id: 'r1', type: 'note', exact: 'Officials' }]);
    assert.equal(placed.moved, annotations.length - 1);
    for (const a of placed.annotations) assert.equal(changed.slice(a.start, a.end), a.quote.exact);
  });
});

describe('parseWebAnnotations refuses bad files with a clear message', () => {
  const good = toWebAnnotations(article, annotations, speakers, T0);
  const broken = (edit) => {
    const copy = structuredClone(good);
    edit(copy);
    return JSON.stringify(copy);
  };
  const cases = [
    ['not JSON', '{"type":', /not JSON/],
    ['another JSON shape', '{"a": 1}', /not Web Annotations/],
    ['a body without a type', broken((d) => (d.first.items[0].body = [])), /annotation 1: its type/],
    ['an unknown caveat kind', broken((d) => (d.first.items.find((i) => i.body[0].value === 'caveat').body[1].value = 'gossip')), /caveat's kind must be one of/],
    ['an unknown state', broken((d) => (d.first.items[0].body[2].value = 'maybe')), /state must be one of/],
    ['no quote', broken((d) => (d.first.items[1].target.selector = [])), /annotation 2 has no TextQuoteSelector/],
    ['a backwards position', broken((d) => Object.assign(d.first.items[0].target.selector[1], { start: 9, end: 3 })), /start < end/],
    ['a bad date', broken((d) => (d.first.items[0].created = 'yesterday')), /"created" is not a date/],
    ['a comment that is not text', broken((d) => (d.first.items[0].body.push({ purpose: 'commenting', value: { html: '<b>' } }))), /comment is not text/],
    ['a bad speaker', broken((d) => (d.whosaid.speakers = [{ id: 'S1' }])), /speaker 1 needs/],
    ['a newer format', broken((d) => (d.whosaid.format = 99)), /newer whosaid/],
  ];
  for (const [name, json, message] of cases) {
    test(name, () => {
      assert.throws(() => parseWebAnnotations(json), (e) => e instanceof ImportError && message.test(e.message));
    });
  }
});

describe('toBrat', () => {
  test('writes the command line’s layout with code-point offsets, leaving out rejected marks', () => {
    const ann = toBrat(TEXT, annotations);
    const o = (s) => `${cp(s)} ${cp(s) + s.length}`;
    assert.equal(
      ann,
      [
        `T1\tSource ${o('Anna Petrova')}\tAnna Petrova`,
        `T2\tCue ${o('said')}\tsaid`,
        `T3\tContent ${o('We will not go,')}\tWe will not go,`,
        `T4\tAttribution ${o('said')}\tsaid`,
        'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
        `T5\tCaveat ${o('reportedly')}\treportedly`,
        'A1\tKind T5 hedge',
        `T6\tNote ${o('Officials')}\tOfficials`,
        '#1\tAnnotatorNotes T2\tneutral verb',
        '#2\tAnnotatorNotes T6\twho? unnamed',
        '',
      ].join('\n'),
    );
  });

  test('joins the pieces of an interrupted quotation into one discontinuous Content', () => {
    const text = '“We will,” she said, “not go.”';
    const a = (s, f) => makeAnnotation(text, { start: text.indexOf(s), end: text.indexOf(s) + s.length, creator: 'machine', ...f });
    const ann = toBrat(text, [
      a('We will,', { id: 'a', type: 'claim', attribution: 'A1' }),
      a('said', { id: 'b', type: 'cue', attribution: 'A1' }),
      a('not go.', { id: 'c', type: 'claim', attribution: 'A1' }),
    ]);
    assert.match(ann, /^T2\tContent 1 9;22 29\tWe will, not go\.$/m);
    assert.match(ann, /^E1\tAttribution:T3 Cue:T1 Content:T2$/m);
  });

  test('writes a source two cues share once, and both events name it', () => {
    const text = 'Ortiz said the depot would stay and added that fares would not rise.';
    const a = (s, f) => makeAnnotation(text, { start: text.indexOf(s), end: text.indexOf(s) + s.length, creator: 'machine', ...f });
    const ann = toBrat(text, [
      a('Ortiz', { id: 's', type: 'speaker', comment: 'the mayor' }),
      a('said', { id: 'c1', type: 'cue', attribution: 'A1', source: 's' }),
      a('the depot would stay', { id: 'k1', type: 'claim', attribution: 'A1' }),
      a('added', { id: 'c2', type: 'cue', attribution: 'A2', source: 's' }),
      a('fares would not rise', { id: 'k2', type: 'claim', attribution: 'A2' }),
    ]);
    assert.equal(ann.match(/\tSource /g)?.length, 1, ann);
    assert.match(ann, /^E1\tAttribution:T\d+ Source:T1 Cue:T2 Content:T3$/m);
    assert.match(ann, /^E2\tAttribution:T\d+ Source:T1 Cue:T\d+ Content:T\d+$/m);
    assert.equal(ann.match(/AnnotatorNotes T1\tthe mayor/g)?.length, 1, ann);
  });
});

describe('toCsv', () => {
  test('one row per annotation, code-point offsets, quoted cells, formulas defused', () => {
    const rows = toCsv(TEXT, [...annotations, mk('said', { id: 'x', type: 'note', comment: '=HYPERLINK("evil")' })], speakers).split('\r\n');
    assert.equal(rows[0], 'id,type,kind,state,creator,created,modified,start,end,text,speaker,comment,why');
    assert.equal(rows.length, annotations.length + 3); // header, one per annotation, the extra one, a final empty line
    assert.ok(rows.includes(`m2,cue,direct,suggested,machine,${T0},,${cp('said')},${cp('said') + 4},said,Anna Petrova,neutral verb,a quote`));
    assert.ok(rows.some((r) => r.includes(`"'=HYPERLINK(""evil"")"`)), 'a formula is escaped and quoted');
    assert.ok(toCsv(TEXT, annotations, speakers).includes('"who?\nunnamed"'), 'a line break stays inside a quoted cell');
  });
});

describe('zip', () => {
  test('writes a zip any unzip reads, with UTF-8 names and contents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-zip-'));
    const path = join(dir, 'a.zip');
    writeFileSync(path, zip([{ name: 'a.txt', text: TEXT }, { name: 'é.ann', text: 'T1\tCue 0 1\tx\n' }]));
    const out = execFileSync('python3', ['-c', 'import zipfile,sys,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))', path], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { 'a.txt': TEXT, 'é.ann': 'T1\tCue 0 1\tx\n' });
  });
});
