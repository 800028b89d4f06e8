// The page's one store: the open article, its annotations and speakers, and undo/redo over every change to them.
//
// State is replaced, never mutated: each change makes new arrays (unchanged annotations are shared), so the undo
// history is a list of earlier `{annotations, speakers}` pairs. Loading an article starts a fresh history.

/**
 * @import { Annotation, Article, Doc, Edit, Speaker, StoreState } from './types'
 * @typedef {{kind: 'load'} | {kind: 'change' | 'undo' | 'redo', label: string}} StoreEvent
 * @typedef {(state: StoreState, event: StoreEvent) => void} Listener
 * @typedef {{label: string, doc: Doc}} Step
 */

const HISTORY = 500;

/** An empty store. Listeners are called with `(state, event)`; `event.kind` is 'load', 'change', 'undo' or 'redo'. */
export function createStore() {
  /** @type {StoreState} */
  let state = { article: null, annotations: [], speakers: [] };
  /** @type {Step[]} */
  const undoStack = [];
  /** @type {Step[]} */
  const redoStack = [];
  /** @type {Set<Listener>} */
  const listeners = new Set();
  /** @param {StoreEvent} event */
  const emit = (event) => {
    for (const fn of listeners) fn(state, event);
  };
  /** @returns {Doc} */
  const doc = () => ({ annotations: state.annotations, speakers: state.speakers });
  /** Takes the last step off `from`, keeps the present on `to` and goes back to that step: an undo or a redo. */
  /** @type {(from: Step[], to: Step[], kind: 'undo' | 'redo') => string | null} */
  const travel = (from, to, kind) => {
    const step = from.pop();
    if (!step) return null;
    to.push({ label: step.label, doc: doc() });
    state = { ...state, ...step.doc };
    emit({ kind, label: step.label });
    return step.label;
  };

  return {
    get: () => state,
    /** @param {Listener} fn */
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    /** Opens an article (`{key, title, text, ...}`) with its annotations and speakers; clears the history. */
    /**
     * @param {Article} article
     * @param {Annotation[]} [annotations]
     * @param {Speaker[]} [speakers]
     */
    load(article, annotations = [], speakers = []) {
      state = { article, annotations, speakers };
      undoStack.length = 0;
      redoStack.length = 0;
      emit({ kind: 'load' });
    },
    /** Applies `edit({annotations, speakers}) → {annotations?, speakers?}` as one undoable step called `label`. */
    /**
     * @param {string} label
     * @param {Edit} edit
     */
    change(label, edit) {
      const before = doc();
      const after = { ...before, ...edit(before) };
      if (after.annotations === before.annotations && after.speakers === before.speakers) return false;
      undoStack.push({ label, doc: before });
      if (undoStack.length > HISTORY) undoStack.shift();
      redoStack.length = 0;
      state = { ...state, ...after };
      emit({ kind: 'change', label });
      return true;
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    /** Steps back once; returns the label of the undone change, or null. */
    undo: () => travel(undoStack, redoStack, 'undo'),
    /** Steps forward once; returns the label of the redone change, or null. */
    redo: () => travel(redoStack, undoStack, 'redo'),
  };
}

// Edits: pure functions from `{annotations, speakers}` to the parts they change, for `store.change`.

/**
 * Adds an annotation (and a speaker, when given).
 * @param {Annotation} annotation
 * @param {Speaker | null} [speaker]
 * @returns {Edit}
 */
export const addAnnotation = (annotation, speaker) => (d) => ({
  annotations: [...d.annotations, annotation],
  ...(speaker ? { speakers: [...d.speakers, speaker] } : {}),
});

/**
 * Changes fields of one annotation; stamps `modified`.
 * @param {string} id
 * @param {Partial<Annotation>} patch
 * @param {string} [now]
 * @returns {Edit}
 */
export const updateAnnotation = (id, patch, now = new Date().toISOString()) => (d) => ({
  annotations: d.annotations.map((a) => (a.id === id ? { ...a, ...patch, modified: now } : a)),
});

/**
 * Removes one annotation, and the `source` links that pointed at it.
 * @param {string} id
 * @returns {Edit}
 */
export const removeAnnotation = (id) => (d) => ({
  annotations: d.annotations
    .filter((a) => a.id !== id)
    .map((a) => (a.source === id ? { ...a, source: null } : a)),
});

/**
 * Adds a speaker to the list.
 * @param {Speaker} speaker
 * @returns {Edit}
 */
export const addSpeaker = (speaker) => (d) => ({ speakers: [...d.speakers, speaker] });

/**
 * Replaces every annotation and speaker (an import).
 * @param {Annotation[]} annotations
 * @param {Speaker[]} speakers
 * @returns {Edit}
 */
export const replaceAll = (annotations, speakers) => () => ({ annotations, speakers });
