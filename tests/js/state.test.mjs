// The store: every change is undoable and redoable, a new change drops the redo history, and loading clears it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeAnnotation } from '../../www/js/annotation.js';
import { addAnnotation, createStore, removeAnnotation, replaceAll, updateAnnotation } from '../../www/js/state.js';

const TEXT = 'Officials said the plan was dead.';
const note = (id, start = 0, end = 9) => makeAnnotation(TEXT, { id, start, end, type: 'note', created: '2025-01-01T00:00:00.000Z' });

describe('createStore', () => {
  test('undoes and redoes each change, and reports its label', () => {
    const store = createStore();
    const events = [];
    store.subscribe((_, e) => events.push(`${e.kind}:${e.label ?? ''}`));
    store.load({ key: 'k', text: TEXT }, [note('a')], []);
    store.change('add b', addAnnotation(note('b', 10, 14)));
    store.change('confirm a', updateAnnotation('a', { state: 'confirmed' }, 'now'));
    assert.deepEqual(store.get().annotations.map((a) => [a.id, a.state]), [['a', 'confirmed'], ['b', 'confirmed']]);
    assert.equal(store.get().annotations[0].modified, 'now');

    assert.equal(store.undo(), 'confirm a');
    assert.equal(store.get().annotations[0].state, 'confirmed', 'reader notes start confirmed');
    assert.equal(store.get().annotations[0].modified, undefined);
    assert.equal(store.undo(), 'add b');
    assert.deepEqual(store.get().annotations.map((a) => a.id), ['a']);
    assert.equal(store.undo(), null, 'loading is not undoable');
    assert.equal(store.redo(), 'add b');
    assert.equal(store.redo(), 'confirm a');
    assert.equal(store.redo(), null);
    assert.deepEqual(events, ['load:', 'change:add b', 'change:confirm a', 'undo:confirm a', 'undo:add b', 'redo:add b', 'redo:confirm a']);
  });

  test('a new change clears the redo history; loading clears all history', () => {
    const store = createStore();
    store.load({ key: 'k', text: TEXT }, [note('a')], []);
    store.change('remove a', removeAnnotation('a'));
    store.undo();
    store.change('add b', addAnnotation(note('b')));
    assert.equal(store.canRedo(), false);
    store.load({ key: 'k2', text: TEXT }, [], []);
    assert.equal(store.canUndo(), false);
  });

  test('never mutates the state it replaces', () => {
    const store = createStore();
    const first = [note('a')];
    store.load({ key: 'k', text: TEXT }, first, []);
    store.change('reject', updateAnnotation('a', { state: 'rejected' }));
    assert.equal(first[0].state, 'confirmed');
    assert.notEqual(store.get().annotations, first);
  });

  test('a change that changes nothing is not recorded', () => {
    const store = createStore();
    store.load({ key: 'k', text: TEXT }, [], []);
    assert.equal(store.change('nothing', () => ({})), false);
    assert.equal(store.canUndo(), false);
  });

  test('removing a source mark unlinks the cues that pointed at it; replacing swaps everything in one step', () => {
    const store = createStore();
    const src = makeAnnotation(TEXT, { id: 's', start: 0, end: 9, type: 'speaker' });
    const cue = makeAnnotation(TEXT, { id: 'c', start: 10, end: 14, type: 'cue', source: 's' });
    store.load({ key: 'k', text: TEXT }, [src, cue], []);
    store.change('remove s', removeAnnotation('s'));
    assert.equal(store.get().annotations[0].source, null);
    store.change('import', replaceAll([note('x')], [{ id: 'S1', name: 'X', kind: 'person', roles: [] }]));
    assert.deepEqual(store.get().annotations.map((a) => a.id), ['x']);
    store.undo();
    assert.deepEqual(store.get().speakers, []);
  });
});
