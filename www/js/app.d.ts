// The page as its controllers see it, for `npm run typecheck` only (the browser never loads this file): its elements,
// its state and its controllers, each typed from the module that makes it.

import type { createAnnotator } from './annotator.js';
import type { createAutosave } from './autosave.js';
import type { createOverview } from './classroom-overview.js';
import type { createStudent } from './classroom-student.js';
import type { createTeacher } from './classroom-teacher.js';
import type { createControls } from './controls.js';
import type { createDocumentView } from './document-view.js';
import type { createKeyboard } from './keyboard.js';
import type { createLoader } from './loader.js';
import type { pageElements } from './page-elements.js';
import type { createPageState } from './page-state.js';
import type { createSelection } from './selection.js';
import type { createStore } from './state.js';
import type { openStorage } from './storage.js';
import type { createTransfer } from './transfer.js';

export type Ui = ReturnType<typeof pageElements>;
export type Store = ReturnType<typeof createStore>;
export type View = ReturnType<typeof createPageState>['view'];
export type Storage = Awaited<ReturnType<typeof openStorage>>;

/** The page: its elements, its state and its controllers, which reach each other through it. */
export interface App {
  ui: Ui;
  store: Store;
  view: View;
  controls: ReturnType<typeof createControls>;
  docView: ReturnType<typeof createDocumentView>;
  selection: ReturnType<typeof createSelection>;
  annotator: ReturnType<typeof createAnnotator>;
  keyboard: ReturnType<typeof createKeyboard>;
  loader: ReturnType<typeof createLoader>;
  autosave: ReturnType<typeof createAutosave>;
  transfer: ReturnType<typeof createTransfer>;
  student: ReturnType<typeof createStudent>;
  teacher: ReturnType<typeof createTeacher>;
  overview: ReturnType<typeof createOverview>;
}
