// The page's state in one place: the store of the reader's work (undoable) and the view, what the page shows that
// is not the reader's work (so not undone). Every controller reads and changes these two objects; nothing else
// holds state that outlives a call.

import { createStore } from './state.js';

/** `{store, view}` for a page whose layer switches are `toggles`. */
export function createPageState(toggles) {
  const store = createStore();
  const view = {
    engine: null,
    storage: null,
    busy: true,
    /** Counts article loads, so a slow analysis of an article the reader has left is dropped. */
    loading: 0,
    current: null,
    /** The words picked with the finder or the mouse, `{start, end}`, until they are marked. */
    picked: null,
    findFrom: 0,
    /** Set while the page moves focus itself, so that focus does not open the card. */
    quietFocus: false,
    shown: new Set(toggles.filter((t) => t.checked).map((t) => t.dataset.show)),
    mode: 'annotate',
    /** The exercise a student is doing: `{exercise, hintsUsed, revealed, checked}`, or null. */
    exercise: null,
    /** The teacher's panel for the open article: `{articleKey, id, notes, made}`, or null. */
    teacher: null,
    /** The exercise id saved with the open article, so an exercise made from it again keeps its id. */
    savedExerciseId: null,
    /** The latest exercise made here, which the class overview starts from. */
    lastExercise: null,
    /** The class overview: the exercise, the accepted submissions, the skipped files, files waiting for an exercise. */
    overview: { exercise: null, submissions: [], problems: [], waiting: [], result: null },
  };
  return { store, view };
}
