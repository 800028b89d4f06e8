// From an Analysis to the marks the page draws: one per speaker mention, cue, claim and caveat,
// sorted outermost first, each carrying its explanation.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countMarks, describe as describeMark, marksFromAnalysis } from '../../www/js/marks.js';

const TEXT = '“We will not go,” said Anna Petrova. Officials reportedly denied it.';
const at = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const analysis = {
  paragraphs: [at(TEXT)],
  sentences: [],
  quotes: [],
  attributions: [
    { kind: 'direct', cue: at('said'), source: at('Anna Petrova'), content: [at('We will not go,')], speaker: 0, rule: 'quote-said-name', why: 'A quote followed by "said" and a name.' },
    { kind: 'indirect', cue: at('denied'), source: at('Officials'), content: [], speaker: null, rule: 'denies', why: 'A denial.' },
  ],
  speakers: [{ name: 'Anna Petrova', kind: 'person', roles: ['the mayor'], mentions: [at('Anna Petrova')] }],
  caveats: [
    { kind: 'hedge', span: at('reportedly'), cue: 'reportedly', attribution: 1, why: 'Hedges the claim.' },
    { kind: 'denial', span: at('denied'), cue: 'denied', attribution: null, why: 'Rejects a claim.' },
    { kind: 'anonymous', span: { start: 5, end: 5 }, cue: 'empty', attribution: null, why: 'An empty span.' },
  ],
};

describe('marksFromAnalysis', () => {
  const marks = marksFromAnalysis(analysis);
  const text = (m) => TEXT.slice(m.start, m.end);

  test('makes one mark per mention, cue, claim and caveat, and drops empty spans', () => {
    assert.deepEqual(
      marks.map((m) => [m.layer, text(m)]),
      [
        ['claim', 'We will not go,'],
        ['cue', 'said'],
        ['speaker', 'Anna Petrova'],
        ['speaker', 'Officials'],
        ['caveat', 'reportedly'],
        ['cue', 'denied'],
        ['caveat', 'denied'],
      ],
    );
  });

  test('shows a source no speaker covers as an unknown speaker, once', () => {
    const sources = marks.filter((m) => m.layer === 'speaker' && text(m) === 'Officials');
    assert.equal(sources.length, 1);
    assert.equal(sources[0].kind, 'unknown');
    assert.equal(marks.filter((m) => text(m) === 'Anna Petrova').length, 1, 'a source that is a mention is not doubled');
  });

  test('puts the outer mark first when two cover the same text', () => {
    const denied = marks.filter((m) => text(m) === 'denied').map((m) => m.layer);
    assert.deepEqual(denied, ['cue', 'caveat']);
  });

  test('gives every mark a unique id and an explanation', () => {
    assert.equal(new Set(marks.map((m) => m.id)).size, marks.length);
    for (const m of marks) assert.ok(m.why, `${m.id} has a why`);
    const said = marks.find((m) => m.layer === 'cue' && text(m) === 'said');
    assert.equal(said.label, 'Anna Petrova');
    assert.equal(said.rule, 'quote-said-name');
    assert.match(marks.find((m) => m.layer === 'speaker').why, /the mayor/);
  });

  test('counts marks by layer and caveat kind', () => {
    const n = countMarks(marks);
    assert.equal(n.speaker, 2);
    assert.equal(n.claim, 1);
    assert.equal(n.caveat, 2);
    assert.equal(n.hedge, 1);
    assert.equal(n.anonymous, 0);
  });

  test('describes a mark for people', () => {
    assert.equal(describeMark({ layer: 'caveat', kind: 'hedge' }), 'Caveat: hedge');
    assert.equal(describeMark({ layer: 'cue' }), 'Reporting cue');
  });

  test('tolerates an empty analysis', () => {
    assert.deepEqual(marksFromAnalysis({}), []);
  });
});
