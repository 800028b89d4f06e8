// "Check my work" matches the way the evaluation command does: this compares check.js with the reference scorer
// (shared/tools/score-brat.py, which `whosaid eval` reproduces exactly; see scripts/parity.sh) on random documents.
// Speakers are scored as the reference's Source role, cues as Cue, claims as Content, and hedge caveats as Hedge.
// It needs python3 and the shared folder beside the repository (or $WHOSAID_SHARED), and is skipped without them.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { checkWork } from '../../www/js/check.js';
import { random } from './classroom-fixtures.mjs';

const SHARED = process.env.WHOSAID_SHARED || fileURLToPath(new URL('../../../shared/', import.meta.url));
const SCORER = join(SHARED, 'tools', 'score-brat.py');
const python = spawnSync('python3', ['--version']).status === 0;
const skip = !existsSync(SCORER) ? `no reference scorer at ${SCORER}` : !python ? 'python3 is not installed' : false;

const ROLE = { speaker: 'Source', cue: 'Cue', claim: 'Content', caveat: 'Hedge' };
const WORDS = ['“We', 'will', 'not', 'go,”', 'said', 'Anna', 'Petrova', '👋,', 'the', 'mayor.', 'Officials', 'reportedly', 'denied', 'it', '—', 'again', '(twice).', 'é'];

test('check.js finds, misses and adds exactly what the reference scorer counts, on 40 random documents', { skip }, () => {
  const rand = random(11);
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-parity-'));
  for (const sub of ['text', 'attributions', 'pred']) mkdirSync(join(dir, sub));
  const ours = {};
  const add = (name, found, key, marks) => {
    const c = (ours[name] ??= { tp: 0, gold: 0, pred: 0 });
    c.tp += found;
    c.gold += key;
    c.pred += marks;
  };
  for (let d = 0; d < 40; d++) {
    const text = Array.from({ length: 30 + rand(30) }, () => WORDS[rand(WORDS.length)]).join(rand(5) ? ' ' : '\n');
    const chars = [...text];
    const span = () => {
      const start = rand(chars.length - 1);
      return { start, end: Math.min(chars.length, start + 1 + rand(15)) };
    };
    const key = [];
    const marks = [];
    for (const layer of Object.keys(ROLE)) {
      for (let i = 1 + rand(4); i > 0; i--) key.push({ layer, kind: layer === 'caveat' ? 'hedge' : null, ...span() });
      for (let i = rand(5); i > 0; i--) {
        // Some marks near a key item (shifted, cut), some anywhere.
        const near = key.filter((k) => k.layer === layer)[0];
        const s = rand(2) ? span() : { start: Math.max(0, near.start - rand(3)), end: Math.min(chars.length, near.end + rand(3) - 1) };
        if (s.end > s.start) marks.push({ layer, kind: layer === 'caveat' ? 'hedge' : null, ...s });
      }
    }
    const name = `doc${String(d).padStart(2, '0')}`;
    writeFileSync(join(dir, 'text', `${name}.txt`), text);
    const ann = (list, caveat) => list.map((m, i) => `T${i + 1}\t${m.layer === 'caveat' ? caveat : ROLE[m.layer]} ${m.start} ${m.end}\t${chars.slice(m.start, m.end).join('').replace(/\n/g, ' ')}\n`).join('');
    writeFileSync(join(dir, 'attributions', `${name}.ann`), ann(key, 'Hedge'));
    writeFileSync(join(dir, 'pred', `${name}.ann`), ann(marks, 'Caveat') + marks.map((m, i) => (m.layer === 'caveat' ? `A${i + 1}\tKind T${i + 1} hedge\n` : '')).join(''));
    const r = checkWork({ layers: Object.keys(ROLE), caveatKinds: ['hedge'], key, article: { text } }, marks, chars);
    for (const l of r.layers) add(`${l.layer === 'caveat' ? 'Hedge' : ROLE[l.layer]} overlap`, l.found.length, l.keyCount, l.markCount);
  }
  const out = spawnSync('python3', [SCORER, dir, join(dir, 'pred'), '--json'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const reference = JSON.parse(out.stdout);
  for (const [name, c] of Object.entries(ours)) {
    const ref = reference[name];
    assert.deepEqual({ tp: c.tp, gold: c.gold, pred: c.pred }, { tp: ref.tp, gold: ref.gold, pred: ref.pred }, name);
  }
  assert.ok(Object.values(ours).every((c) => c.tp > 0 && c.tp < c.gold), 'the documents exercise found, missed and extra');
});
