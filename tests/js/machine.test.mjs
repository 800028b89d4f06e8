// From the core's Analysis to the page's suggested annotations and speaker list: one annotation per mention, cue,
// claim and caveat, each with its quote, evidence and links.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromAnalysis } from '../../www/js/machine.js';

const TEXT = '“We will not go,” said Anna Petrova. Officials reportedly denied it.';
const at = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const analysis = {
  paragraphs: [at(TEXT)],
  sentences: [],
  quotes: [],
  attributions: [
    { kind: 'direct', cue: at('said'), source: at('Anna Petrova'), content: [at('We will not go,')], speaker: 0, rule: 'quote-said-name', why: 'a quote followed by "said" and a name' },
    { kind: 'indirect', cue: at('denied'), source: at('Officials'), content: [], speaker: null, rule: 'denies', why: 'a denial' },
  ],
  speakers: [{ name: 'Anna Petrova', kind: 'person', roles: ['the mayor'], mentions: [at('Anna Petrova')], why: 'Anna Petrova: a named person; the source of 1 claim, mentioned 1 time' }],
  caveats: [
    { kind: 'hedge', span: at('reportedly'), cue: 'reportedly', attribution: 1, why: 'hedges the claim' },
    { kind: 'denial', span: at('denied'), cue: 'denied', attribution: null, why: 'rejects a claim' },
    { kind: 'anonymous', span: { start: 5, end: 5 }, cue: 'empty', attribution: null, why: 'an empty span' },
  ],
};

describe('fromAnalysis', () => {
  const { annotations, speakers } = fromAnalysis(TEXT, analysis, '2025-01-02T03:04:05.000Z');
  const words = (a) => TEXT.slice(a.start, a.end);

  test('makes one suggested machine annotation per mention, cue, claim and caveat, sorted, without empty spans', () => {
    assert.deepEqual(
      annotations.map((a) => [a.type, words(a)]),
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
    for (const a of annotations) {
      assert.equal(a.creator, 'machine');
      assert.equal(a.state, 'suggested');
      assert.equal(a.created, '2025-01-02T03:04:05.000Z');
      assert.equal(a.quote.exact, words(a));
      assert.ok(a.why, `${a.id} explains itself`);
    }
    assert.equal(new Set(annotations.map((a) => a.id)).size, annotations.length, 'ids are unique');
  });

  test('links claims and cues to their speaker and their source mark', () => {
    const said = annotations.find((a) => a.type === 'cue' && words(a) === 'said');
    const claim = annotations.find((a) => a.type === 'claim');
    const anna = annotations.find((a) => words(a) === 'Anna Petrova');
    assert.equal(said.speakerId, 'S1');
    assert.equal(claim.speakerId, 'S1');
    assert.equal(claim.attribution, said.attribution);
    assert.equal(said.source, anna.id);
    assert.equal(said.rule, 'quote-said-name');
    assert.deepEqual(speakers[0], { id: 'S1', name: 'Anna Petrova', kind: 'person', roles: ['the mayor'], creator: 'machine' });
  });

  test("shows the core's explanation of a speaker, with the roles beside the name", () => {
    const anna = annotations.find((a) => a.type === 'speaker' && words(a) === 'Anna Petrova');
    assert.equal(anna.why, 'Anna Petrova: a named person; the source of 1 claim, mentioned 1 time (the mayor)');
  });

  test('gives a source that no speaker covers a speaker of its own, once', () => {
    const officials = annotations.filter((a) => words(a) === 'Officials');
    assert.equal(officials.length, 1);
    const s = speakers.find((x) => x.id === officials[0].speakerId);
    assert.deepEqual([s.name, s.kind], ['Officials', 'unknown']);
    const denied = annotations.find((a) => a.type === 'cue' && words(a) === 'denied');
    assert.equal(denied.source, officials[0].id);
  });

  test('keeps caveat kinds, their lexicon entry and the attribution they qualify', () => {
    const hedge = annotations.find((a) => a.type === 'caveat' && a.kind === 'hedge');
    assert.equal(hedge.rule, 'reportedly');
    assert.equal(hedge.attribution, 'A2');
    assert.equal(annotations.find((a) => a.kind === 'denial').attribution, null);
  });

  test('tolerates an empty analysis', () => {
    assert.deepEqual(fromAnalysis('', {}), { annotations: [], speakers: [] });
  });
});
