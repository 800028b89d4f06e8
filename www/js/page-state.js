// The page's state in one place: the store of the reader's work (undoable) and the view, what the page shows that
// is not the reader's work (so not undone). Every controller reads and changes these two objects; nothing else
// holds state that outlives a call.

import { createStore } from './state.js';

/**
 * @import { Engine } from './engine.js'
 * @import { ClassOverview, Problem, Waiting } from './overview.js'
 * @import { Storage } from './app'
 * @import { Exercise, Span, Submission } from './types'
 */

/**
 * `{store, view}` for a page whose layer switches are `toggles`.
 * @param {HTMLInputElement[]} toggles
 */
export function createPageState(toggles) {
  const store = createStore();
  const view = {
    /** @type {Engine | null} */
    engine: null,
    /** @type {Storage | null} */
    storage: null,
    busy: true,
    /** Counts article loads, so a slow analysis of an article the reader has left is dropped. */
    loading: 0,
    /** @type {string | null} the id of the mark whose card is open (or was last) */
    current: null,
    /** @type {Span | null} The words picked with the finder or the mouse, until they are marked. */
    picked: null,
    findFrom: 0,
    /** Set while the page moves focus itself, so that focus does not open the card. */
    quietFocus: false,
    /** @type {Set<string>} the layers and kinds the legend shows */
    shown: new Set(toggles.filter((t) => t.checked).map((t) => t.dataset.show ?? '')),
    /** @type {'annotate' | 'exercise' | 'overview'} */
    mode: 'annotate',
    /** @type {{exercise: Exercise, hintsUsed: number, revealed: number[], checked: boolean} | null} The exercise a student is doing. */
    exercise: null,
    /** @type {{articleKey: string, id: string, notes: Map<string, string>, made: {inputs: string, exercise: Exercise} | null} | null} The teacher's panel for the open article. */
    teacher: null,
    /** @type {string | null} The exercise id saved with the open article, so an exercise made from it again keeps its id. */
    savedExerciseId: null,
    /** @type {Exercise | null} The latest exercise made here, which the class overview starts from. */
    lastExercise: null,
    /**
     * The class overview: the exercise, the accepted submissions, the skipped files, files waiting for an exercise.
     * @type {{exercise: Exercise | null, submissions: Submission[], problems: Problem[], waiting: Waiting[], result: ClassOverview | null}}
     */
    overview: { exercise: null, submissions: [], problems: [], waiting: [], result: null },
  };
  return { store, view };
}
