// Quote selectors and re-anchoring: a span is found again by its words when the text around it has changed.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchor, quoteAt } from '../../www/js/quote.js';
import { unitMap } from '../../www/js/units.js';

const TEXT = '“We will not go,” said Anna Petrova 👋, the mayor. Officials said it again: we will not go.';

describe('quoteAt', () => {
  test('keeps the exact words and up to 32 units of context each side', () => {
    const start = TEXT.indexOf('Anna');
    const q = quoteAt(TEXT, start, start + 12);
    assert.equal(q.exact, 'Anna Petrova');
    assert.equal(q.prefix, TEXT.slice(0, start));
    assert.equal(q.suffix, TEXT.slice(start + 12, start + 12 + 32));
  });

  test('never cuts an emoji in half at the edge of the context', () => {
    const start = TEXT.indexOf(',', TEXT.indexOf('👋'));
    const q = quoteAt(TEXT, start, start + 1, 1); // 1 unit of context would split the surrogate pair
    assert.equal(q.prefix, '');
    const before = TEXT.indexOf('👋');
    const q2 = quoteAt(TEXT, before - 1, before, 1);
    assert.equal(q2.suffix, '', 'a suffix ending inside a pair is shortened');
  });
});

describe('anchor', () => {
  const sel = (s, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
    return { ...quoteAt(TEXT, i, i + s.length), start: i };
  };

  test('keeps the old position when the words are still there', () => {
    assert.deepEqual(anchor(TEXT, sel('Anna Petrova')), { start: TEXT.indexOf('Anna'), end: TEXT.indexOf('Anna') + 12, how: 'position' });
  });

  test('follows the words when text was inserted before them', () => {
    const changed = `BREAKING: ${TEXT}`;
    const found = anchor(changed, sel('Anna Petrova'));
    assert.equal(changed.slice(found.start, found.end), 'Anna Petrova');
    assert.equal(found.how, 'quote');
  });

  test('tells repeated words apart by their context', () => {
    const changed = `Update. ${TEXT}`;
    const second = sel('not go', 1);
    const found = anchor(changed, second);
    assert.equal(found.start, changed.lastIndexOf('not go'));
    const first = anchor(changed, sel('not go', 0));
    assert.equal(first.start, changed.indexOf('not go'));
  });

  test('finds words that changed slightly between the same prefix and suffix', () => {
    const changed = TEXT.replace('Anna Petrova', 'Anna Petrovna');
    const found = anchor(changed, sel('Anna Petrova'));
    assert.equal(changed.slice(found.start, found.end), 'Anna Petrovna');
    assert.equal(found.how, 'context');
  });

  test('gives up when the words are gone', () => {
    assert.equal(anchor('Something else entirely, with no mayor in it.', sel('Anna Petrova')), null);
    assert.equal(anchor(TEXT, { exact: '' }), null);
  });
});

describe('unitMap', () => {
  test('converts UTF-16 offsets to code points and back across emoji', () => {
    const map = unitMap(TEXT);
    const i = TEXT.indexOf(', the mayor');
    assert.equal(map.toCodePoints(i), [...TEXT.slice(0, i)].length);
    assert.equal(map.toUtf16(map.toCodePoints(i)), i);
    assert.equal(map.length, [...TEXT].length);
    assert.equal(map.toCodePoints(TEXT.length), [...TEXT].length);
    assert.equal(map.toUtf16(99999), TEXT.length, 'clamped');
  });
});
