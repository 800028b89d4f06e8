// The sources panel's numbers: claims per speaker (an interrupted quotation counts once), unnamed sources grouped,
// claims with no source, and the balance line. Rejected marks don't count. Also the keyboard table.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SHORTCUTS, commandFor } from '../../www/js/keys.js';
import { summarise } from '../../www/js/sources.js';

const a = (id, type, fields = {}) => ({ id, type, start: Number(id.slice(1)) * 10, end: Number(id.slice(1)) * 10 + 5, state: 'suggested', ...fields });
const speakers = [
  { id: 'S1', name: 'Anna Petrova', kind: 'person' },
  { id: 'S2', name: 'Officials', kind: 'anonymous' },
  { id: 'S3', name: 'the council', kind: 'organisation' },
  { id: 'S4', name: 'Never mentioned', kind: 'person' },
];

describe('summarise', () => {
  const annotations = [
    a('x1', 'speaker', { speakerId: 'S1' }),
    a('x2', 'claim', { speakerId: 'S1', attribution: 'A1' }),
    a('x3', 'claim', { speakerId: 'S1', attribution: 'A1' }), // the same quotation, interrupted
    a('x4', 'claim', { speakerId: 'S1', attribution: 'A2' }),
    a('x5', 'claim', { speakerId: 'S2', attribution: 'A3' }),
    a('x6', 'claim', { attribution: 'A4' }),
    a('x7', 'claim', { speakerId: 'S3', attribution: 'A5', state: 'rejected' }),
    a('x8', 'speaker', { speakerId: 'S3' }),
  ];
  const s = summarise(annotations, speakers);

  test('lists named and unnamed speakers with their claims, most first', () => {
    assert.deepEqual(s.named.map((e) => [e.speaker.name, e.claims.map((c) => c.id), e.mentions]), [['Anna Petrova', ['x2', 'x4'], 1], ['the council', [], 1]]);
    assert.deepEqual(s.unnamed.map((e) => [e.speaker.name, e.claims.length]), [['Officials', 1]]);
    assert.deepEqual(s.unsourced.map((c) => c.id), ['x6']);
  });

  test('sums it up in one line', () => {
    assert.equal(s.balance, '2 voices: 1 named, 1 anonymous or unnamed; 2 of 4 claims come from named sources; 1 from no identified source.');
    assert.equal(summarise([], speakers).balance, 'No claims are marked yet.');
  });
});

describe('keys', () => {
  const key = (k, extra = {}) => commandFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: { tagName: 'MARK', dataset: { mark: 'm1' } }, ...extra });

  test('maps keys to commands, and leaves typing alone', () => {
    assert.equal(key('j'), 'next');
    assert.equal(key('y'), 'confirm');
    assert.equal(key('v'), 'add-caveat');
    assert.equal(key('Enter'), 'open');
    assert.equal(key('z', { ctrlKey: true }), 'undo');
    assert.equal(key('Z', { ctrlKey: true, shiftKey: true }), 'redo');
    assert.equal(key('y', { ctrlKey: true }), 'redo');
    const textarea = { tagName: 'TEXTAREA', dataset: {} };
    assert.equal(key('j', { target: textarea }), null);
    assert.equal(key('z', { ctrlKey: true, target: textarea }), null, 'a text field keeps its own undo');
    assert.equal(key('Escape', { target: textarea }), 'close');
    assert.equal(key('Enter', { target: { tagName: 'BUTTON', dataset: {} } }), null, 'Enter on a button presses it');
  });

  test('every command has a line in the help', () => {
    for (const command of ['next', 'prev', 'open', 'confirm', 'reject', 'find', 'add-speaker', 'add-claim', 'add-caveat', 'add-note', 'undo', 'redo', 'help', 'close', 'delete']) {
      assert.ok(SHORTCUTS.some((s) => s.command === command), command);
    }
  });
});
