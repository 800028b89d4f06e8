// The blocks the article is drawn in: they tile the text, end only after line breaks, and hold every annotation that
// overlaps them; and how a block's marks changed, which decides whether it is drawn again.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { annotationsByBlock, blockAt, blockChange, blocksOf } from '../../www/js/blocks.js';

const texts = (text) => blocksOf(text).map((b) => text.slice(b.start, b.end));

describe('blocksOf', () => {
  test('cuts after each run of line breaks, so every block but the last ends with one', () => {
    assert.deepEqual(texts('“Hi,” 👋 said Ann.\n\nShe left.\nThen came back.'), ['“Hi,” 👋 said Ann.\n\n', 'She left.\n', 'Then came back.']);
    assert.deepEqual(texts('\n\nLead.\n'), ['\n\n', 'Lead.\n']);
    assert.deepEqual(texts('One line'), ['One line']);
  });

  test('the blocks tile the text in order, and an empty text has one empty block', () => {
    for (const text of ['a\n\nb', '\n', 'x\n\n\n', 'a\nb\nc', '👋\n\n“q”']) {
      const blocks = blocksOf(text);
      assert.equal(blocks[0].start, 0);
      assert.equal(blocks.at(-1).end, text.length);
      blocks.slice(1).forEach((b, i) => assert.equal(b.start, blocks[i].end));
      assert.ok(blocks.every((b) => b.end > b.start));
    }
    assert.deepEqual(blocksOf(''), [{ start: 0, end: 0 }]);
  });

  test('blockAt finds the block holding an offset, the last one past the end', () => {
    const blocks = blocksOf('ab\n\ncd\nef');
    assert.deepEqual([0, 3, 4, 6, 7, 9, 99].map((o) => blockAt(blocks, o)), [0, 0, 1, 1, 2, 2, 2]);
  });
});

describe('annotationsByBlock', () => {
  const text = 'First para.\n\nSecond “quoted” para.\n\nThird.';
  const blocks = blocksOf(text);
  const at = (id, words, end = null) => {
    const start = text.indexOf(words);
    return { id, start, end: end ?? start + words.length, type: 'claim' };
  };

  test('puts each annotation in every block it overlaps, in the order given, and skips empty or outside ones', () => {
    const over = at('over', 'para.\n\nSecond');
    const a = at('a', 'Third');
    const b = at('b', 'First');
    const empty = { id: 'e', start: 3, end: 3, type: 'note' };
    const outside = { id: 'x', start: 40, end: 99, type: 'note' };
    const lists = annotationsByBlock(blocks, [a, over, empty, b, outside], text.length);
    assert.deepEqual(lists.map((l) => l.map((x) => x.id)), [['over', 'b'], ['over'], ['a']]);
  });
});

describe('blockChange', () => {
  const m = { id: 'm1', start: 0, end: 4, type: 'cue', state: 'suggested' };
  test('tells unchanged lists, changed fields and changed marks apart', () => {
    assert.equal(blockChange([m], [m]), 'same');
    assert.equal(blockChange([m], [{ ...m, state: 'confirmed' }]), 'fields');
    assert.equal(blockChange([m], [{ ...m, end: 5 }]), 'marks');
    assert.equal(blockChange([m], [{ ...m, type: 'claim' }]), 'marks');
    assert.equal(blockChange([m], [m, { ...m, id: 'm2' }]), 'marks');
    assert.equal(blockChange([], []), 'same');
  });
});
