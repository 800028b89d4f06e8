// The offsets module on hand-built node trees: it needs only nodeType, childNodes, parentNode and
// data, so these run in Node without a DOM.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { offsetOfPoint, offsetsFromRange, piecesOf, pointAt, textIndex, textLength } from '../../www/js/offsets.js';

const text = (data) => ({ nodeType: 3, data, childNodes: [], parentNode: null });
const el = (...kids) => {
  const node = { nodeType: 1, childNodes: kids, parentNode: null };
  for (const k of kids) k.parentNode = node;
  return node;
};

// “Hi,” 👋 said <mark>Ann</mark>. — a curly quote and an emoji before the marked name.
function sample() {
  const [a, b, c] = [text('“Hi,” 👋 said '), text('Ann'), text('.')];
  const mark = el(b);
  const root = el(a, mark, c);
  return { root, a, b, c, mark, full: a.data + b.data + c.data };
}

describe('textIndex', () => {
  test('lists text nodes in document order with contiguous UTF-16 offsets', () => {
    const { root, a, b, c, full } = sample();
    const index = textIndex(root);
    assert.deepEqual(index.map((e) => e.node), [a, b, c]);
    assert.deepEqual(index.map((e) => [e.start, e.end]), [[0, 14], [14, 17], [17, 18]]);
    assert.equal(textLength(index), full.length);
    assert.equal(full.slice(14, 17), 'Ann', 'offsets count UTF-16 units: the emoji is two');
  });

  test('an empty tree has length 0 and no points', () => {
    const index = textIndex(el());
    assert.equal(textLength(index), 0);
    assert.equal(pointAt(index, 0), null);
  });
});

describe('pointAt', () => {
  test('puts a start at a node border into the later node and an end into the earlier', () => {
    const { root, a, b } = sample();
    const index = textIndex(root);
    assert.deepEqual(pointAt(index, 14, 'start'), { node: b, offset: 0 });
    assert.deepEqual(pointAt(index, 14, 'end'), { node: a, offset: 14 });
  });

  test('finds offsets inside nodes, after the emoji', () => {
    const { root, a, b } = sample();
    const index = textIndex(root);
    assert.deepEqual(pointAt(index, 9), { node: a, offset: 9 }); // "said" starts after 👋 (2 units)
    assert.equal(a.data.slice(9, 13), 'said');
    assert.deepEqual(pointAt(index, 15, 'end'), { node: b, offset: 1 });
  });

  test('clamps offsets outside the text', () => {
    const { root, a, c } = sample();
    const index = textIndex(root);
    assert.deepEqual(pointAt(index, -5), { node: a, offset: 0 });
    assert.deepEqual(pointAt(index, 999, 'end'), { node: c, offset: 1 });
  });

  test('skips empty text nodes at a start', () => {
    const empty = text('');
    const x = text('ab');
    const root = el(empty, x);
    assert.deepEqual(pointAt(textIndex(root), 0, 'start'), { node: x, offset: 0 });
  });
});

describe('offsetOfPoint and offsetsFromRange', () => {
  test('map text-node points back to offsets', () => {
    const { root, a, b, c } = sample();
    assert.equal(offsetOfPoint(root, a, 9), 9);
    assert.equal(offsetOfPoint(root, b, 3), 17);
    assert.equal(offsetOfPoint(root, c, 1), 18);
  });

  test('map element points (child indices) to offsets', () => {
    const { root, mark } = sample();
    assert.equal(offsetOfPoint(root, root, 0), 0);
    assert.equal(offsetOfPoint(root, root, 1), 14);
    assert.equal(offsetOfPoint(root, root, 2), 17);
    assert.equal(offsetOfPoint(root, root, 3), 18);
    assert.equal(offsetOfPoint(root, mark, 0), 14);
    assert.equal(offsetOfPoint(root, mark, 1), 17);
  });

  test('return null for points outside the root', () => {
    const { root } = sample();
    assert.equal(offsetOfPoint(root, text('elsewhere'), 0), null);
  });

  test('round-trip every offset through pointAt', () => {
    const { root, full } = sample();
    const index = textIndex(root);
    for (let at = 0; at <= full.length; at++) {
      for (const side of ['start', 'end']) {
        const p = pointAt(index, at, side);
        assert.equal(offsetOfPoint(root, p.node, p.offset), at, `offset ${at} (${side})`);
      }
    }
  });

  test('read a Range-like object', () => {
    const { root, a, b } = sample();
    const range = { startContainer: a, startOffset: 9, endContainer: b, endOffset: 3 };
    assert.deepEqual(offsetsFromRange(root, range), { start: 9, end: 17 });
  });
});

describe('piecesOf', () => {
  test('cuts a span into per-node pieces and skips empty ones', () => {
    const { root, a, b } = sample();
    const index = textIndex(root);
    assert.deepEqual(piecesOf(index, 9, 17), [
      { node: a, from: 9, to: 14 },
      { node: b, from: 0, to: 3 },
    ]);
    assert.deepEqual(piecesOf(index, 14, 14), []);
    assert.deepEqual(piecesOf(index, 14, 17), [{ node: b, from: 0, to: 3 }]);
  });
});
