// The keyboard shortcuts: one table that both the key handler and the help panel read.

/** `[{keys, does, command}]`, in the order the help panel lists them. */
export const SHORTCUTS = [
  { keys: ['j', 'Tab'], does: 'next mark', command: 'next' },
  { keys: ['k', 'Shift+Tab'], does: 'previous mark', command: 'prev' },
  { keys: ['Enter'], does: 'open the card of the focused mark', command: 'open' },
  { keys: ['y'], does: 'confirm the mark', command: 'confirm' },
  { keys: ['n'], does: 'reject the mark', command: 'reject' },
  { keys: ['/'], does: 'find words to mark', command: 'find' },
  { keys: ['s'], does: 'mark the selected words as a speaker', command: 'add-speaker' },
  { keys: ['c'], does: 'mark them as a claim', command: 'add-claim' },
  { keys: ['v'], does: 'mark them as a caveat (then pick its kind)', command: 'add-caveat' },
  { keys: ['m'], does: 'add a note on them', command: 'add-note' },
  { keys: ['Delete'], does: 'delete a mark you added', command: 'delete' },
  { keys: ['Ctrl+Z'], does: 'undo', command: 'undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'redo', command: 'redo' },
  { keys: ['Escape'], does: 'close the card, the finder or this help', command: 'close' },
  { keys: ['?'], does: 'show or hide this help', command: 'help' },
];

/** @type {Record<string, string>} */
const PLAIN = { j: 'next', k: 'prev', y: 'confirm', n: 'reject', '/': 'find', s: 'add-speaker', c: 'add-claim', v: 'add-caveat', m: 'add-note', '?': 'help', Delete: 'delete', Escape: 'close', Enter: 'open' };

/**
 * What a key's target is read for: an element in the page, or anything shaped like one in Node's tests.
 * @typedef {{tagName?: string, type?: string, isContentEditable?: boolean, dataset?: DOMStringMap}} KeyTarget
 * @typedef {Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & {target: EventTarget | KeyTarget | null}} KeyPress
 */

/**
 * Whether keys typed at `target` belong to it (a text field or a menu), not to the page's shortcuts.
 * @param {EventTarget | KeyTarget | null} target
 */
export function isTyping(target) {
  const t = /** @type {KeyTarget | null} */ (target);
  const tag = t?.tagName?.toLowerCase();
  return tag === 'textarea' || tag === 'select' || (tag === 'input' && !['checkbox', 'radio', 'button', 'file'].includes(t?.type ?? '')) || !!t?.isContentEditable;
}

/**
 * The command a keydown means, or null. Tab is left to the browser (marks are tab stops).
 * @param {KeyPress} e
 * @returns {string | null}
 */
export function commandFor(e) {
  const key = e.key;
  if (e.ctrlKey || e.metaKey) {
    if (e.altKey) return null;
    const k = key.toLowerCase();
    if (k === 'z') return isTyping(e.target) ? null : e.shiftKey ? 'redo' : 'undo';
    if (k === 'y') return isTyping(e.target) ? null : 'redo';
    return null;
  }
  if (e.altKey) return null;
  if (key === 'Escape') return 'close';
  if (isTyping(e.target)) return null;
  // Enter on a button or link keeps its own meaning.
  const target = /** @type {KeyTarget | null} */ (e.target);
  if (key === 'Enter' && target?.tagName && !target.dataset?.mark) return null;
  return PLAIN[key] ?? null;
}
