// The page's elements, looked up once: every controller reaches the page through this one object.

/**
 * The elements of www/index.html the controllers read and write, by the names they use. Each is checked to be there
 * and of its kind, so that a page and code that have drifted apart fail here, at once, saying which element.
 * @param {Document} document
 */
export function pageElements(document) {
  /**
   * @template {Element} T
   * @param {string} id
   * @param {{new (): T, name: string}} kind
   * @returns {T}
   */
  const $ = (id, kind) => {
    const el = document.getElementById(id);
    if (!(el instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
    return el;
  };
  /**
   * @template {Element} T
   * @param {string} selector
   * @param {{new (): T, name: string}} kind
   * @returns {T[]}
   */
  const all = (selector, kind) => [...document.querySelectorAll(selector)].filter(/** @returns {el is T} */ (el) => el instanceof kind);
  /**
   * @template {Element} T
   * @param {string} selector
   * @param {{new (): T, name: string}} kind
   * @returns {T}
   */
  const one = (selector, kind) => {
    const el = document.querySelector(selector);
    if (!(el instanceof kind)) throw new Error(`the page has no ${kind.name} ${selector}`);
    return el;
  };
  const E = HTMLElement;
  const button = HTMLButtonElement;
  const input = HTMLInputElement;
  return {
    doc: $('doc', E),
    card: $('card', E),
    status: $('status', E),
    sample: $('sample', HTMLSelectElement),
    recent: $('recent', HTMLSelectElement),
    openFile: $('open-file', input),
    paste: $('paste', HTMLTextAreaElement),
    pasteBox: $('paste-box', HTMLDetailsElement),
    annotatePasted: $('annotate-pasted', button),
    version: $('version', E),
    undo: $('undo', button),
    redo: $('redo', button),
    help: $('help', E),
    helpButton: $('help-button', button),
    helpList: $('help-list', HTMLDListElement),
    find: $('find', HTMLFormElement),
    findInput: $('find-input', input),
    addBar: $('add-bar', E),
    balance: $('balance', E),
    sourceList: $('source-list', E),
    importFile: $('import-file', input),
    importReport: $('import-report', E),
    storageWarning: $('storage-warning', E),
    storageMessage: $('storage-message', E),
    storageExport: $('storage-export', button),
    toggles: all('input[data-show]', input),
    exports: all('button[data-export]', button),
    layout: one('main.layout', E),
    transfer: one('section.transfer', E),
    pageAlert: $('page-alert', E),
    pageAlertMessage: $('page-alert-message', E),
    pageAlertClose: $('page-alert-close', button),
    classroom: $('classroom', E),
    makeExercise: $('make-exercise', button),
    openExercise: $('open-exercise', input),
    openOverview: $('open-overview', button),
    teacher: $('teacher', E),
    teacherClose: $('teacher-close', button),
    teacherForm: $('teacher-form', HTMLFormElement),
    teacherTitle: $('teacher-title', input),
    teacherInstructions: $('teacher-instructions', HTMLTextAreaElement),
    teacherCount: $('teacher-count', E),
    teacherKey: $('teacher-key', HTMLOListElement),
    teacherFile: $('teacher-file', button),
    teacherLink: $('teacher-link', button),
    teacherOverview: $('teacher-overview', button),
    teacherShare: $('teacher-share', E),
    exercise: $('exercise', E),
    exerciseInfo: {
      title: $('exercise-title', E),
      instructions: $('exercise-instructions', E),
      asks: $('exercise-asks', E),
      hintCount: $('hint-count', E),
      hint: $('hint', button),
    },
    studentName: $('student-name', input),
    checkWork: $('check-work', button),
    hint: $('hint', button),
    checkResult: $('check-result', E),
    submitWork: $('submit-work', button),
    leaveExercise: $('leave-exercise', button),
    exerciseReport: $('exercise-report', E),
    overview: $('overview', E),
    overviewClose: $('overview-close', button),
    overviewExercise: $('overview-exercise', input),
    overviewFiles: $('overview-files', input),
    overviewCsv: $('overview-csv', button),
    overviewItemsCsv: $('overview-items-csv', button),
    overviewClear: $('overview-clear', button),
    overviewExerciseName: $('overview-exercise-name', E),
    overviewProgressWrap: $('overview-progress-wrap', E),
    overviewProgress: $('overview-progress', HTMLProgressElement),
    overviewProgressText: $('overview-progress-text', E),
    overviewProblems: $('overview-problems', E),
    overviewBody: $('overview-body', E),
  };
}
