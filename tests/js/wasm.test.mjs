// The real wasm core, loaded in Node the way the page loads it, seen from JavaScript: spans count
// UTF-16 code units, so `text.slice(span.start, span.end)` is the tagged text, even after curly
// quotes and an emoji (where bytes, code points and UTF-16 units all differ).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

const PKG = new URL('../../www/pkg/', import.meta.url);
let wasm;
let annotator;

before(async () => {
  const glue = new URL('whosaid.js', PKG);
  const bytes = new URL('whosaid_bg.wasm', PKG);
  assert.ok(existsSync(glue) && existsSync(bytes), 'www/pkg is missing: run `npm run build` first');
  wasm = await import(glue);
  wasm.initSync({ module: readFileSync(bytes) });
  annotator = new wasm.Annotator();
});

const QUOTE = '“We will not go,” said Anna Petrova 👋, the mayor.';
const HEDGED = 'Officials reportedly denied the claim, which could not be independently verified.';
const TEXT = `${QUOTE}\n\n${HEDGED}`;

const slice = (span) => TEXT.slice(span.start, span.end);

/** Every span in an analysis, with where it came from, for invariant checks. */
function allSpans(a) {
  const out = [];
  a.paragraphs.forEach((s, i) => out.push([`paragraphs[${i}]`, s]));
  a.sentences.forEach((s, i) => out.push([`sentences[${i}]`, s]));
  a.quotes.forEach((q, i) => out.push([`quotes[${i}].span`, q.span], [`quotes[${i}].inner`, q.inner]));
  a.attributions.forEach((x, i) => {
    out.push([`attributions[${i}].cue`, x.cue]);
    if (x.source) out.push([`attributions[${i}].source`, x.source]);
    x.content.forEach((s, j) => out.push([`attributions[${i}].content[${j}]`, s]));
  });
  a.speakers.forEach((s, i) => s.mentions.forEach((m, j) => out.push([`speakers[${i}].mentions[${j}]`, m])));
  a.caveats.forEach((c, i) => out.push([`caveats[${i}].span`, c.span]));
  return out;
}

const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;

describe('the wasm Annotator', () => {
  test('reports its crate version', () => {
    assert.match(wasm.version(), /^\d+\.\d+\.\d+/);
  });

  test('returns a plain Analysis object with every list', () => {
    const a = annotator.annotate(TEXT);
    for (const key of ['paragraphs', 'sentences', 'quotes', 'attributions', 'speakers', 'caveats']) {
      assert.ok(Array.isArray(a[key]), `analysis.${key} should be an array`);
    }
    assert.equal(Object.getPrototypeOf(a), Object.prototype, 'maps arrive as plain objects, not Map');
  });

  test('every span lies inside the text and never splits an emoji', () => {
    const a = annotator.annotate(TEXT);
    for (const [where, s] of allSpans(a)) {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${where} is not integral`);
      assert.ok(0 <= s.start && s.start <= s.end && s.end <= TEXT.length, `${where} ${s.start}..${s.end} is outside the text`);
      for (const at of [s.start, s.end]) {
        assert.ok(!isLowSurrogate(TEXT.charCodeAt(at)), `${where} cuts a surrogate pair at ${at}`);
      }
    }
  });

  test('finds the two paragraphs, in UTF-16 units', () => {
    const a = annotator.annotate(TEXT);
    assert.deepEqual(a.paragraphs.map(slice), [QUOTE, HEDGED]);
  });

  test('finds the quotation, marks included', () => {
    const a = annotator.annotate(TEXT);
    const q = a.quotes.find((x) => slice(x.span).startsWith('“We'));
    assert.ok(q, `no quote found; quotes: ${JSON.stringify(a.quotes.map((x) => slice(x.span)))}`);
    assert.equal(slice(q.span), '“We will not go,”');
    assert.equal(slice(q.inner), 'We will not go,');
    assert.equal(q.closed, true);
  });

  test('attributes the quote to Anna Petrova with the cue "said"', () => {
    const a = annotator.annotate(TEXT);
    const said = a.attributions.find((x) => slice(x.cue) === 'said');
    assert.ok(said, `no attribution with cue "said"; cues: ${JSON.stringify(a.attributions.map((x) => slice(x.cue)))}`);
    assert.equal(said.kind, 'direct');
    assert.ok(said.source, 'the attribution names its source');
    assert.match(slice(said.source), /^Anna Petrova\b/);
    assert.ok(said.content.length > 0, 'the attribution has content');
    assert.match(slice(said.content[0]), /^We will not go\b/);
    assert.equal(typeof said.why, 'string');
    assert.ok(said.why.length > 0, 'the attribution explains itself');
    assert.ok(said.speaker != null, 'the attribution is tied to a speaker');
    const speaker = a.speakers[said.speaker];
    assert.equal(speaker.name, 'Anna Petrova');
    assert.ok(speaker.mentions.some((m) => slice(m) === 'Anna Petrova'), 'a mention covers exactly "Anna Petrova"');
  });

  test('finds the caveats after the emoji at their UTF-16 offsets', () => {
    const a = annotator.annotate(TEXT);
    const found = a.caveats.map((c) => [c.kind, slice(c.span)]);
    const has = (kind, re) => found.some(([k, t]) => k === kind && re.test(t));
    assert.ok(has('hedge', /^reportedly$/), `no hedge "reportedly" in ${JSON.stringify(found)}`);
    assert.ok(has('denial', /^denied$/), `no denial "denied" in ${JSON.stringify(found)}`);
    assert.ok(has('anonymous', /\bOfficials\b/i), `no anonymous "Officials" in ${JSON.stringify(found)}`);
    assert.ok(has('evidence', /could not be independently verified/), `no evidence caveat in ${JSON.stringify(found)}`);
    for (const c of a.caveats) assert.ok(c.why.length > 0, `caveat ${c.kind} explains itself`);
  });

  test('annotates awkward input without throwing', () => {
    for (const text of ['', ' ', '“', '”said', '👋👋👋', '\u0000', 'a\r\nb', '"'.repeat(500), 'said said said']) {
      const a = annotator.annotate(text);
      for (const [where, s] of allSpans(a)) {
        assert.ok(s.start <= s.end && s.end <= text.length, `${where} out of range for ${JSON.stringify(text)}`);
      }
    }
  });
});
