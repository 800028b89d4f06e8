// Classroom exercises, in Node: the exercise and submission formats (round trip, every kind of tampering refused
// with its own message), the link (deflate-raw + base64url in the fragment), checking a student's work with the
// evaluation's overlap matching, Krippendorff's alpha (hand-computed cases and the published example), and the
// class overview with its CSV.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { characterAlpha, characterLabels, describeAlpha, nominalAlpha } from '../../www/js/alpha.js';
import { makeAnnotation } from '../../www/js/annotation.js';
import { checkWork, codePoints, greedy, nextHint, otherKindsOn, percent, trimSpan } from '../../www/js/check.js';
import { ExerciseError, canonicalJson, makeExercise, makeSubmission, marksFrom, parseExercise, parseSubmission } from '../../www/js/exercise.js';
import { MAX_LINK, exerciseJsonFromLink, exerciseLink, linkPayload } from '../../www/js/link.js';
import { constructedClass } from './classroom-fixtures.mjs';
import { classOverview, itemsCsv, readClassFiles, studentsCsv } from '../../www/js/overview.js';

// An emoji first, so code points and UTF-16 units differ by one from there on.
const TEXT = '👋 “We will not go,” said Anna Petrova. Officials reportedly denied it, Lisbon said.';
const at = (words, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(words, i + 1);
  assert.ok(i >= 0, words);
  return { start: i, end: i + words.length };
};
const T0 = '2025-03-01T10:00:00.000Z';
const mark = (words, type, fields = {}) => makeAnnotation(TEXT, { ...at(words), type, created: T0, ...fields });

/** The teacher's annotations: five confirmed key marks, a machine suggestion left open, one rejected, a note. */
const teacher = [
  mark('“We will not go,”', 'claim', { id: 'm1', creator: 'machine', state: 'confirmed', kind: 'direct', why: 'a quotation' }),
  mark('said', 'cue', { id: 'm2', creator: 'machine', state: 'confirmed', kind: 'direct' }),
  mark('Anna Petrova', 'speaker', { id: 'm3', creator: 'machine', state: 'confirmed', why: 'a person' }),
  mark('Officials', 'speaker', { id: 'r1', creator: 'reader' }),
  mark('reportedly', 'caveat', { id: 'm4', creator: 'machine', state: 'confirmed', kind: 'hedge', why: 'hedge: reportedly' }),
  mark('denied', 'caveat', { id: 'm5', creator: 'machine', state: 'confirmed', kind: 'denial', why: 'denial: denied' }),
  mark('Officials', 'caveat', { id: 'm6', creator: 'machine', kind: 'anonymous', why: 'an unnamed source' }),
  mark('Lisbon', 'speaker', { id: 'm7', creator: 'machine', state: 'rejected', why: 'wrong' }),
  mark('it', 'note', { id: 'r2', creator: 'reader', comment: 'what is it?' }),
];
const SCOPE = { layers: ['speaker', 'claim', 'caveat'], caveatKinds: ['hedge', 'denial'] };

const exercise = await makeExercise({
  title: 'Who said it?',
  text: TEXT,
  annotations: teacher,
  ...SCOPE,
  instructions: 'Mark every speaker, claim, hedge and denial.',
  notes: new Map([['m4', 'Reportedly: by whom?']]),
  id: 'ex-test',
  created: T0,
});

/** A student's page annotations: `[words, type, kind?, nth?]`. */
const student = (list) => list.map(([words, type, kind = null, nth = 0]) => makeAnnotation(TEXT, { ...at(words, nth), type, kind, created: T0 }));
const cps = (words, nth) => {
  const { start, end } = at(words, nth);
  return { start: [...TEXT.slice(0, start)].length, end: [...TEXT.slice(0, end)].length };
};

describe('exercise format', () => {
  test('the key is the confirmed marks in the chosen layers and kinds, in code points, with notes', () => {
    assert.equal(exercise.format, 'whosaid-exercise');
    assert.equal(exercise.version, 1);
    assert.deepEqual(exercise.layers, ['speaker', 'claim', 'caveat']);
    assert.deepEqual(exercise.caveatKinds, ['hedge', 'denial']);
    assert.deepEqual(
      exercise.key.map((k) => [k.id, k.layer, k.kind, k.exact, k.note]),
      [
        ['k1', 'claim', null, '“We will not go,”', ''],
        ['k2', 'speaker', null, 'Anna Petrova', ''],
        ['k3', 'speaker', null, 'Officials', ''],
        ['k4', 'caveat', 'hedge', 'reportedly', 'Reportedly: by whom?'],
        ['k5', 'caveat', 'denial', 'denied', ''],
      ],
    );
    const anna = exercise.key[1];
    assert.deepEqual({ start: anna.start, end: anna.end }, cps('Anna Petrova'), 'offsets count code points');
    assert.equal([...TEXT].slice(anna.start, anna.end).join(''), 'Anna Petrova');
    assert.match(exercise.article.sha256, /^[0-9a-f]{64}$/);
    assert.match(exercise.integrity.key, /^[0-9a-f]{64}$/);
    assert.match(exercise.integrity.exercise, /^[0-9a-f]{64}$/);
  });

  test('hints are the machine suggestions not rejected, in the exercise scope, with their explanation', () => {
    assert.deepEqual(
      exercise.suggestions.map((s) => [s.layer, s.kind, s.exact, s.why]),
      [
        ['claim', null, '“We will not go,”', 'a quotation'],
        ['speaker', null, 'Anna Petrova', 'a person'],
        ['caveat', 'hedge', 'reportedly', 'hedge: reportedly'],
        ['caveat', 'denial', 'denied', 'denial: denied'],
      ],
      'not the cue (layer not asked), the anonymous caveat (kind not asked) or rejected Lisbon',
    );
  });

  test('refuses an empty key and an empty choice of layers', async () => {
    await assert.rejects(makeExercise({ text: TEXT, annotations: [], ...SCOPE }), /answer key is empty/);
    await assert.rejects(makeExercise({ text: TEXT, annotations: teacher, layers: [], caveatKinds: [] }), /at least one layer/);
    await assert.rejects(makeExercise({ text: TEXT, annotations: teacher, layers: ['caveat'], caveatKinds: [] }), /kind of caveat/);
  });

  test('reads back what it writes, from JSON text', async () => {
    assert.deepEqual(await parseExercise(JSON.stringify(exercise, null, 2)), exercise);
  });

  test('canonical JSON sorts keys at every level', () => {
    assert.equal(canonicalJson({ b: [1, { d: 1, c: 'x' }], a: null }), '{"a":null,"b":[1,{"c":"x","d":1}]}');
  });

  const edited = (fn) => {
    const copy = structuredClone(exercise);
    fn(copy);
    return JSON.stringify(copy);
  };

  test('detects an edited key, text or exercise, each with its own message', async () => {
    const cases = [
      [(e) => (e.key[3].note = 'It is a hedge.'), /answer key in this exercise has been edited/],
      [(e) => e.key.pop(), /answer key in this exercise has been edited/],
      [(e) => (e.caveatKinds = ['hedge', 'denial'].reverse()), /answer key in this exercise has been edited/],
      [(e) => (e.article.text = e.article.text.replace('denied', 'denies')), /article in this exercise has been changed/],
      [(e) => (e.instructions = 'Just confirm the hints.'), /has been edited since it was made/],
      [(e) => e.suggestions.pop(), /has been edited since it was made/],
      [(e) => delete e.integrity, /no integrity hashes/],
    ];
    for (const [fn, message] of cases) await assert.rejects(parseExercise(edited(fn)), (e) => e instanceof ExerciseError && message.test(e.message), String(message));
  });

  test('refuses damaged and foreign files with a message that says what they are', async () => {
    const cases = [
      ['{"format": "whosaid-exercise", ', /not JSON/],
      ['{"hello": 1}', /not an exercise: it has no "format": "whosaid-exercise"/],
      [JSON.stringify({ type: 'AnnotationCollection' }), /annotation export/],
      [JSON.stringify({ format: 'whosaid-submission' }), /student's submission/],
      [edited((e) => (e.version = 2)), /newer whosaid \(version 2\)/],
      [edited((e) => (e.key[0].exact = 'something else')), /damaged: key item 1 does not match the article/],
      [edited((e) => (e.key[0].end = 10_000)), /damaged: key item 1 has offsets .* outside the article/],
      [edited((e) => (e.key[0].layer = 'cue')), /damaged: key item 1 is in layer "cue"/],
      [edited((e) => (e.layers = ['gossip'])), /layers must be some of/],
    ];
    for (const [json, message] of cases) await assert.rejects(parseExercise(json), (e) => e instanceof ExerciseError && message.test(e.message), String(message));
  });
});

describe('submissions', () => {
  const work = student([['Anna Petrova', 'speaker'], ['denied', 'caveat', 'denial']]);

  test('carry the exercise, the name, the confirmed marks and the hints, and read back', async () => {
    const s = await makeSubmission(exercise, { student: '  Zoë   Ng ', annotations: work, hintsUsed: 1, submitted: T0 });
    assert.deepEqual(s.exercise, { id: 'ex-test', title: 'Who said it?', key: exercise.integrity.key });
    assert.equal(s.student, 'Zoë Ng');
    assert.equal(s.hintsUsed, 1);
    assert.deepEqual(s.marks.map((m) => [m.layer, m.kind, m.exact]), [['speaker', null, 'Anna Petrova'], ['caveat', 'denial', 'denied']]);
    assert.deepEqual(await parseSubmission(JSON.stringify(s), exercise), s);
  });

  test('need a name', async () => {
    await assert.rejects(makeSubmission(exercise, { student: '  ', annotations: work }), /Write your name/);
  });

  test('suggested, rejected and out-of-scope marks do not count', () => {
    const list = [
      ...student([['Anna Petrova', 'speaker'], ['said', 'cue'], ['Officials', 'caveat', 'anonymous'], ['it', 'note']]),
      makeAnnotation(TEXT, { ...at('denied'), type: 'caveat', kind: 'denial', creator: 'machine' }),
      makeAnnotation(TEXT, { ...at('Lisbon'), type: 'speaker', state: 'rejected' }),
    ];
    assert.deepEqual(marksFrom(TEXT, list, exercise).map((m) => m.exact), ['Anna Petrova']);
  });

  test('an edited, foreign, mismatched or broken submission is refused with a clear message', async () => {
    const s = await makeSubmission(exercise, { student: 'Ann', annotations: work, hintsUsed: 1, submitted: T0 });
    const other = await makeExercise({ title: 'Another one', text: TEXT, annotations: teacher, ...SCOPE, id: 'ex-other', created: T0 });
    const remade = await makeExercise({ title: 'Who said it?', text: TEXT, annotations: teacher.slice(0, 4), ...SCOPE, id: 'ex-test', created: T0 });
    const fromOther = await makeSubmission(other, { student: 'Ann', annotations: work });
    const fromRemade = await makeSubmission(remade, { student: 'Ann', annotations: work });
    const change = (fn) => {
      const copy = structuredClone(s);
      fn(copy);
      return JSON.stringify(copy);
    };
    const cases = [
      [change((x) => (x.hintsUsed = 0)), /edited after it was exported/],
      [change((x) => x.marks.push({ ...x.marks[0] })), /edited after it was exported/],
      [JSON.stringify(fromOther), /for another exercise \(“Another one”\), not “Who said it\?”/],
      [JSON.stringify(fromRemade), /answer key differs from yours/],
      ['not json at all', /not JSON/],
      [JSON.stringify(exercise), /This is an exercise, not a submission/],
      [change((x) => delete x.student), /no student name/],
    ];
    for (const [json, message] of cases) await assert.rejects(parseSubmission(json, exercise), (e) => e instanceof ExerciseError && message.test(e.message), String(message));
  });
});

describe('exercise links', () => {
  test('carry the exercise in the fragment, compressed, and read back exactly', async () => {
    const link = await exerciseLink('http://127.0.0.1:8080/index.html?sample=x.txt#old', exercise);
    assert.match(link.url, /^http:\/\/127\.0\.0\.1:8080\/index\.html#exercise=[A-Za-z0-9_-]+$/);
    assert.equal(link.tooLong, false);
    assert.ok(link.length < JSON.stringify(exercise).length, 'compressed');
    const payload = linkPayload(new URL(link.url).hash);
    assert.deepEqual(await parseExercise(await exerciseJsonFromLink(payload)), exercise);
  });

  test('say when a link would be too long to share', async () => {
    const long = { ...exercise, article: { ...exercise.article, text: Array.from({ length: 4000 }, (_, i) => `w${(i * 7919) % 10007}`).join(' ') } };
    const link = await exerciseLink('http://x/', long);
    assert.ok(link.length > MAX_LINK);
    assert.equal(link.tooLong, true);
  });

  test('a damaged link is refused with a message, never thrown raw', async () => {
    const { url } = await exerciseLink('http://x/', exercise);
    const payload = linkPayload(new URL(url).hash);
    for (const bad of [payload.slice(0, payload.length / 2), 'not*base64', '', 'AAAA']) {
      await assert.rejects(exerciseJsonFromLink(bad), (e) => e instanceof ExerciseError && /link is damaged/.test(e.message), bad.slice(0, 20));
    }
    assert.equal(linkPayload('#something-else'), null);
  });
});

describe('checking work', () => {
  test('trims white space, punctuation and quote marks as the evaluation does', () => {
    const chars = codePoints(TEXT);
    const span = trimSpan(chars, cps('“We will not go,” '));
    assert.equal(chars.slice(span.start, span.end).join(''), 'We will not go');
    assert.equal(trimSpan(chars, cps('. ')), null);
  });

  test('greedy matching breaks ties towards the later key item, then the later mark (as src/eval.rs)', () => {
    assert.deepEqual(greedy(2, 1, () => 3), [[1, 0]]);
    assert.deepEqual(greedy(1, 2, () => 3), [[0, 1]]);
    assert.deepEqual(greedy(2, 2, (i, j) => [[5, 4], [4, 0]][i][j]), [[0, 0]], 'best score first, then only free pairs');
  });

  test('counts found, missed and extra per layer, with precision and recall', () => {
    const marks = marksFrom(TEXT, student([
      ['Anna', 'speaker'], // overlaps Anna Petrova: found
      ['Lisbon', 'speaker'], // extra
      ['reportedly', 'caveat', 'denial'], // the key says hedge: extra, and the hedge is missed
      ['denied', 'caveat', 'denial'], // found
    ]), exercise);
    const r = checkWork(exercise, marks);
    const row = (layer) => {
      const l = r.layers.find((x) => x.layer === layer);
      return [l.keyCount, l.markCount, l.found.length, l.missed.length, l.extra.length, l.precision, l.recall];
    };
    assert.deepEqual(row('speaker'), [2, 2, 1, 1, 1, 0.5, 0.5]);
    assert.deepEqual(row('claim'), [1, 0, 0, 1, 0, null, 0]);
    assert.deepEqual(row('caveat'), [2, 2, 1, 1, 1, 0.5, 0.5]);
    assert.deepEqual(r.total, { keyCount: 5, markCount: 4, found: 2, missed: 3, extra: 2, precision: 0.5, recall: 0.4 });
    const caveats = r.layers.find((x) => x.layer === 'caveat');
    assert.equal(caveats.missed[0].exact, 'reportedly');
    assert.equal(caveats.missed[0].note, 'Reportedly: by whom?', 'the teacher’s note comes with the item');
    assert.deepEqual(otherKindsOn(caveats, caveats.missed[0]).map((m) => m.kind), ['denial'], 'the wrong kind is named');
    assert.equal(percent(0.5), '50.0%');
    assert.equal(percent(2 / 3), '66.7%');
    assert.equal(percent(null), '—');
  });

  test('one key item is found once: a second mark on it is extra', () => {
    const marks = marksFrom(TEXT, student([['Anna', 'speaker'], ['Petrova', 'speaker']]), exercise);
    const speakers = checkWork(exercise, marks).layers.find((l) => l.layer === 'speaker');
    assert.deepEqual(speakers.found.map((f) => f.mark.exact), ['Petrova'], 'the mark sharing more characters wins');
    assert.deepEqual(speakers.extra.map((m) => m.exact), ['Anna']);
  });

  test('a claim with or without its quote marks and comma is the same claim', () => {
    const marks = marksFrom(TEXT, student([['We will not go', 'claim']]), exercise);
    const claims = checkWork(exercise, marks).layers.find((l) => l.layer === 'claim');
    assert.equal(claims.found.length, 1);
  });
});

describe("Krippendorff's alpha", () => {
  test('matches the published nominal example (Krippendorff 2011: 4 coders, 12 units, missing values): 0.743', () => {
    const _ = null;
    const coders = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const r = nominalAlpha(coders[0].map((_, u) => coders.map((c) => c[u])));
    assert.equal(r.alpha.toFixed(3), '0.743');
    assert.equal(r.n, 40, 'unit 12 has one value and is not pairable');
  });

  // "Ann said it may rain." is 21 characters (units).
  const SHORT = codePoints('Ann said it may rain.');
  const m = (layer, start, end, kind = null) => ({ layer, kind, start, end });

  test('a hand-computed case: two of three students mark “Ann” as a speaker → α = 26/57', () => {
    // Units 0–2 hold (speaker, speaker, none): m² − Σn² = 9 − (4 + 1) = 4, over m − 1 = 2 → 2 each, 6 in all.
    // n = 21 × 3 = 63 values; n_speaker = 6, n_none = 57; n² − Σn_c² = 3969 − (36 + 3249) = 684.
    // α = 1 − (n − 1) · 6 / 684 = 1 − 372/684 = 312/684 = 26/57 ≈ 0.456.
    const r = characterAlpha(SHORT, [[m('speaker', 0, 3)], [m('speaker', 0, 3)], []], 'speaker');
    assert.ok(Math.abs(r.alpha - 26 / 57) < 1e-12, String(r.alpha));
    assert.equal(describeAlpha(r), '0.456');
  });

  test('a hand-computed case: two students agree “may” is a caveat but not on its kind → α = 34/75', () => {
    // Units 12–14 hold (hedge, denial): 4 − 2 = 2 each over m − 1 = 1, 6 in all. n = 42; n_hedge = n_denial = 3,
    // n_none = 36; n² − Σn_c² = 1764 − 1314 = 450. α = 1 − 41 · 6 / 450 = 204/450 = 34/75 ≈ 0.453.
    const r = characterAlpha(SHORT, [[m('caveat', 12, 15, 'hedge')], [m('caveat', 12, 15, 'denial')]], 'caveat');
    assert.ok(Math.abs(r.alpha - 34 / 75) < 1e-12, String(r.alpha));
  });

  test('perfect agreement is 1; no variation and a single coder are not defined, and say why', () => {
    const same = [m('claim', 4, 11)];
    assert.equal(characterAlpha(SHORT, [same, same, same], 'claim').alpha, 1);
    const blank = characterAlpha(SHORT, [[], [], []], 'claim');
    assert.deepEqual([blank.alpha, blank.reason, describeAlpha(blank)], [null, 'no variation', 'not defined (no variation)']);
    const alone = characterAlpha(SHORT, [same], 'claim');
    assert.deepEqual([alone.alpha, alone.reason, describeAlpha(alone)], [null, 'coders', 'not defined (needs two students)']);
  });

  test('labels use the spans matching compares, and two kinds on one character make one combined value', () => {
    const caveats = characterLabels(SHORT, [m('caveat', 11, 15, 'hedge'), m('caveat', 12, 20, 'denial'), m('speaker', 0, 3)], 'caveat');
    assert.deepEqual(caveats.slice(10, 21), ['none', 'hedge', 'denial+hedge', 'denial+hedge', 'denial+hedge', 'denial', 'denial', 'denial', 'denial', 'denial', 'none'], 'caveats untrimmed, as hedges are scored');
    const claims = characterLabels(SHORT, [m('claim', 3, 21)], 'claim');
    assert.deepEqual([claims[3], claims[4], claims[19], claims[20]], ['none', 'claim', 'claim', 'none'], 'claims trimmed of the space and the full stop');
  });

  test('agrees with a direct coincidence-matrix computation on random data', () => {
    let seed = 7;
    const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 20; round++) {
      const units = Array.from({ length: 30 }, () => Array.from({ length: 5 }, () => (rand(6) === 0 ? null : 'abc'[rand(3)])));
      // The textbook way: a matrix of coincidences, then D_o and D_e.
      const o = new Map();
      for (const u of units) {
        const vals = u.filter((v) => v != null);
        if (vals.length < 2) continue;
        for (let i = 0; i < vals.length; i++) for (let j = 0; j < vals.length; j++) if (i !== j) o.set(`${vals[i]}${vals[j]}`, (o.get(`${vals[i]}${vals[j]}`) ?? 0) + 1 / (vals.length - 1));
      }
      const nc = (c) => [...'abc'].reduce((s, k) => s + (o.get(`${c}${k}`) ?? 0), 0);
      const n = [...'abc'].reduce((s, c) => s + nc(c), 0);
      let dO = 0;
      let dE = 0;
      for (const c of 'abc') for (const k of 'abc') if (c !== k) {
        dO += o.get(`${c}${k}`) ?? 0;
        dE += nc(c) * nc(k);
      }
      const expected = 1 - ((n - 1) * dO) / dE;
      assert.ok(Math.abs(nominalAlpha(units).alpha - expected) < 1e-9, `round ${round}`);
    }
  });
});

describe('class overview', async () => {
  const { exercise: ex, submissions: subs } = await constructedClass();
  const overview = classOverview(ex, subs.map((s, i) => ({ ...s, file: `s${i + 1}.json` })));

  test('per student: found, missed and extra per layer, precision, recall and hints', () => {
    const rows = overview.students.map((s) => [s.student, s.hintsUsed, ...s.check.layers.flatMap((l) => [l.found.length, l.missed.length, l.extra.length, percent(l.precision), percent(l.recall)])]);
    assert.deepEqual(rows, [
      ['Ada', 0, 2, 0, 0, '100.0%', '100.0%', 2, 0, 0, '100.0%', '100.0%'],
      ['Ben', 1, 1, 1, 0, '100.0%', '50.0%', 0, 2, 1, '0.0%', '0.0%'],
      ['=Cy', 2, 1, 1, 1, '50.0%', '50.0%', 1, 1, 0, '100.0%', '50.0%'],
    ]);
  });

  test('per key item: how many found it and the most common wrong marks', () => {
    const rows = overview.items.map((x) => [x.item.exact, x.found, x.of, x.wrong.map((w) => `${w.words}/${w.layer}/${w.kind}/${w.count}`)]);
    assert.deepEqual(rows, [
      ['Ann', 3, 3, []],
      ['may', 1, 3, []],
      ['Bob', 1, 3, []],
      ['denied', 2, 3, ['denied/caveat/hedge/1']],
    ]);
    assert.deepEqual(overview.extras.map((x) => [x.words, x.layer, x.count]), [['rain', 'speaker', 1]]);
  });

  test('alpha per layer, as computed by hand', () => {
    // Speakers: “Bob” (3 units) is (speaker, none, none) and “rain” (4 units) (none, none, speaker): 2 each, 14 in
    // all. n = 36 × 3 = 108; n_speaker = 9 + 3 + 4 = 16, n_none = 92; n² − Σn_c² = 11664 − (256 + 8464) = 2944.
    // α = 1 − 107 · 14 / 2944 = 1446/2944 = 723/1472 ≈ 0.491.
    assert.ok(Math.abs(overview.alpha.speaker.alpha - 723 / 1472) < 1e-12);
    // Caveats: “may” (3 units) is (hedge, none, none): 2 each; “denied” (6 units) (denial, hedge, denial): 2 each;
    // 18 in all. n_hedge = 3 + 6 = 9, n_denial = 12, n_none = 87; n² − Σn_c² = 11664 − 7794 = 3870.
    // α = 1 − 107 · 18 / 3870 = 1944/3870 = 108/215 ≈ 0.502.
    assert.ok(Math.abs(overview.alpha.caveat.alpha - 108 / 215) < 1e-12);
    assert.deepEqual([describeAlpha(overview.alpha.speaker), describeAlpha(overview.alpha.caveat)], ['0.491', '0.502']);
  });

  test('CSV for a gradebook, one row per student; and one per key item', () => {
    const lines = studentsCsv(ex, overview).trimEnd().split('\r\n');
    assert.equal(lines[0], 'student,file,submitted,hints used,speakers found,speakers missed,speakers extra,speakers precision %,speakers recall %,caveats found,caveats missed,caveats extra,caveats precision %,caveats recall %,total found,total missed,total extra,total precision %,total recall %');
    assert.equal(lines[2], `Ben,s2.json,${T0},1,1,1,0,100,50,0,2,1,0,0,1,3,1,50,25`);
    assert.ok(lines[3].startsWith("'=Cy,"), 'a name that looks like a formula is escaped');
    const items = itemsCsv(overview).trimEnd().split('\r\n');
    assert.equal(items[0], 'item,layer,kind,words,note,found by,of,most common wrong marks');
    assert.equal(items[4], 'k4,caveat,denial,denied,,2,3,“denied” as hedge caveat (1)');
  });
});

describe('hints', () => {
  const marks = (list, state = null) => marksFrom(TEXT, student(list), exercise, { state });

  test('reveal the first machine suggestion the student has not marked yet, in text order', () => {
    assert.deepEqual(nextHint(exercise, [], []), { index: 0, free: false });
    const hint = nextHint(exercise, marks([['We will not go', 'claim'], ['Anna', 'speaker']]), []);
    assert.equal(exercise.suggestions[hint.index].exact, 'reportedly');
    assert.equal(hint.free, false);
  });

  test('a mark of another kind does not cover a suggestion; one revealed and undone comes back free', () => {
    const hint = nextHint(exercise, marks([['We will not go', 'claim'], ['Anna', 'speaker'], ['reportedly', 'caveat', 'denial']]), []);
    assert.equal(exercise.suggestions[hint.index].exact, 'reportedly');
    assert.deepEqual(nextHint(exercise, marks([['We will not go', 'claim']]), [0, 1, 2]), { index: 1, free: true });
  });

  test('says when there is nothing left', () => {
    const all = marks([['We will not go', 'claim'], ['Anna', 'speaker'], ['reportedly', 'caveat', 'hedge'], ['denied', 'caveat', 'denial']]);
    assert.equal(nextHint(exercise, all, [0]), null);
  });
});

describe('reading class files', async () => {
  const file = (name, content) => new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
  const work = (name, list, hintsUsed = 0) => makeSubmission(exercise, { student: name, annotations: student(list), hintsUsed, submitted: T0 });
  const good = await Promise.all([work('Ann', [['Anna Petrova', 'speaker']]), work('Bo', [['denied', 'caveat', 'denial']], 2)]);
  const other = await makeExercise({ title: 'Another one', text: TEXT, annotations: teacher, ...SCOPE, id: 'ex-other', created: T0 });
  const tampered = structuredClone(exercise);
  tampered.key[0].note = 'changed';

  test('finds the exercise among the files, checks the rest, and names every file it skips', async () => {
    const steps = [];
    const wrong = await makeSubmission(other, { student: 'Cy', annotations: [] });
    const r = await readClassFiles([
      file('ann.json', good[0]),
      file('broken.json', '{"format": '),
      file('exercise.json', exercise),
      file('bo.json', good[1]),
      file('again.json', good[1]),
      file('cy.json', wrong),
      file('edited.json', { ...good[0], student: 'Ann Other' }),
    ], { onProgress: (p) => steps.push(`${p.phase}:${p.done}/${p.files}:${p.step}/${p.steps}`) });
    assert.equal(r.exercise.id, 'ex-test');
    assert.equal(r.newExercise, true);
    assert.deepEqual(r.submissions.map((s) => [s.file, s.student]), [['ann.json', 'Ann'], ['bo.json', 'Bo']]);
    assert.deepEqual(r.problems.map((p) => p.file), ['broken.json', 'again.json', 'cy.json', 'edited.json']);
    assert.match(r.problems[0].message, /not JSON/);
    assert.match(r.problems[1].message, /already counted/);
    assert.match(r.problems[2].message, /another exercise/);
    assert.match(r.problems[3].message, /edited after it was exported/);
    assert.equal(steps.length, 7 + 1 + 5, 'each file read, the files with nothing to check, then each submission checked');
    assert.equal(steps.at(-1), 'checking:7/7:14/14');
    assert.equal(steps[6], 'reading:7/7:7/14');
  });

  test('an edited exercise among the files is refused; submissions wait for an exercise', async () => {
    const r = await readClassFiles([file('exercise.json', tampered), file('ann.json', good[0])]);
    assert.equal(r.exercise, null);
    assert.match(r.problems[0].message, /answer key in this exercise has been edited/);
    assert.deepEqual(r.waiting.map((w) => w.file), ['ann.json']);
  });

  test('a submission already counted is skipped when it comes again', async () => {
    const r = await readClassFiles([file('ann.json', good[0])], { exercise, known: new Set([good[0].integrity.submission]) });
    assert.deepEqual(r.submissions, []);
    assert.match(r.problems[0].message, /already counted/);
  });
});

describe('the fixtures', () => {
  test('the constructed class reads back as valid submissions to its exercise', async () => {
    const { exercise: ex, submissions } = await constructedClass();
    assert.equal(ex.suggestions.length, 4);
    for (const s of submissions) assert.deepEqual(await parseSubmission(JSON.stringify(s), ex), s);
  });
});

describe('wrong marks in the overview', async () => {
  const text = 'The minister said the plan may fail.';
  const on = (w, type, kind = null) => makeAnnotation(text, { start: text.indexOf(w), end: text.indexOf(w) + w.length, type, kind, created: T0 });
  const ex = await makeExercise({ title: 'Plan', text, annotations: [on('The minister', 'speaker'), on('the plan may fail', 'claim'), on('may', 'caveat', 'hedge')], layers: ['speaker', 'claim', 'caveat'], caveatKinds: ['hedge', 'denial'], id: 'ex-plan', created: T0 });
  const sub = await makeSubmission(ex, { student: 'Al', annotations: [on('The minister', 'claim'), on('may', 'caveat', 'denial'), on('fail', 'caveat', 'hedge')], submitted: T0 });
  const o = classOverview(ex, [{ ...sub, file: 'al.json' }]);
  const wrong = (words) => o.items.find((x) => x.item.exact === words).wrong.map((w) => `${w.words} as ${w.layer}${w.kind ? `/${w.kind}` : ''}`);

  test('are of the item’s layer, or of a layer the key has nothing for there', () => {
    assert.deepEqual(wrong('The minister'), ['The minister as claim'], 'the speaker marked as a claim');
    assert.deepEqual(wrong('may'), ['may as caveat/denial'], 'the hedge called a denial');
    assert.deepEqual(wrong('the plan may fail'), ['fail as caveat/hedge'], 'a caveat where the key has none, inside the claim');
    assert.ok(!wrong('the plan may fail').includes('may as caveat/denial'), 'a wrong kind on a key caveat belongs to that caveat, not the claim around it');
    assert.deepEqual(o.extras.map((x) => x.words), ['The minister', 'fail']);
  });
});
