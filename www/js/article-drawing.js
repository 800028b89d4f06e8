// Draws the article into its element without stalling the page: the text's blocks are built once per text, off the
// document, and put in a slice at a time (a few milliseconds each, one task per slice, the first screenful in the
// task that asked); after a change only the blocks whose marks changed are touched, and those whose marks only
// changed their fields are re-decorated in place.
//
// The blocks go in in document order, so what is drawn is always a prefix of the text and offsets into it are exact
// while the rest is on its way. Asking for a mark's pieces, or for the text up to an offset, draws at once whatever
// that needs.

import { byPosition } from './annotation.js';
import { annotationsByBlock, blockAt, blockChange, blocksOf, drawable } from './blocks.js';
import { decorate, drawRange } from './highlight.js';

/** @import { Annotation, Span, Speaker } from './types' */

/** How long one slice may draw for, in milliseconds, before the page gets the main thread back. */
const SLICE_MS = 8;

/**
 * Runs `fn` in a task of its own, after the page's other work. A timer while the page is in view, so that the slices
 * take turns fairly with the page's own timers and its frames; a message while it is hidden, where timers are
 * throttled to one a second and would leave the article half drawn.
 */
const nextTask = (() => {
  /** @type {(() => void)[]} */
  const queue = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  /** @param {() => void} fn */
  return (fn) => {
    if (!document.hidden) return void setTimeout(fn, 0);
    queue.push(fn);
    channel.port2.postMessage(null);
  };
})();

/**
 * A drawing of one article at a time into `root`. `isShown(a)` says whether an annotation's layer is switched on
 * (a hidden mark keeps its element but leaves the tab order); `onDrawn()` is called each time the whole text is in.
 * @param {HTMLElement} root
 * @param {{isShown: (a: Annotation) => boolean, onDrawn: () => void}} options
 */
export function createArticleDrawing(root, { isShown, onDrawn }) {
  const doc = root.ownerDocument;
  /** @type {string | null} */
  let text = null;
  /** @type {Speaker[]} */
  let speakers = [];
  /** @type {Span[]} */
  let blocks = [];
  /** @type {Annotation[][]} For each block: the annotations it should show (the latest store). */
  let wanted = [];
  /** @type {Annotation[][]} For each drawn block: the annotations it shows now. */
  let shown = [];
  /** @type {HTMLElement[]} For each drawn block: its element. */
  let elements = [];
  /** @type {Map<string, HTMLElement[]>[]} For each drawn block: its marks' pieces by annotation id. */
  let pieces = [];
  /** @type {Map<string, Annotation>} */
  let byId = new Map();
  /** The first block not drawn yet. */
  let next = 0;
  /** Whether the next slice replaces what `root` holds (the last text, or a preview) instead of adding to it. */
  let fresh = true;
  let generation = 0;
  let scheduled = false;

  /**
   * Sets a mark's pieces in one block as shown or hidden; its first piece is a tab stop only while shown.
   * @param {Annotation} a
   * @param {HTMLElement[]} els
   */
  function applyShown(a, els) {
    const on = isShown(a);
    for (const el of els) {
      el.classList.toggle('is-hidden', !on);
      if (el.classList.contains('m-first')) el.tabIndex = on ? 0 : -1;
    }
  }

  /**
   * @param {number} i
   */
  function buildBlock(i) {
    const el = doc.createElement('div');
    el.className = 'block';
    const { start, end } = blocks[i];
    const marks = [...wanted[i]].sort(byPosition);
    const map = drawRange(el, text ?? '', start, end, marks, speakers);
    for (const a of marks) {
      const els = map.get(a.id);
      if (els) applyShown(a, els);
    }
    pieces[i] = map;
    shown[i] = wanted[i];
    return el;
  }

  /**
   * Brings a drawn block up to date with `wanted`: nothing, new fields on its marks, or drawn again.
   * @param {number} i
   */
  function refresh(i) {
    const change = blockChange(shown[i], wanted[i]);
    if (change === 'same') return;
    if (change === 'fields') {
      shown[i].forEach((was, k) => {
        const a = wanted[i][k];
        const els = pieces[i].get(a.id);
        if (a === was || !els) return;
        for (const el of els) decorate(el, a, text ?? '', speakers);
        applyShown(a, els);
      });
      shown[i] = wanted[i];
      return;
    }
    const el = buildBlock(i);
    elements[i].replaceWith(el);
    elements[i] = el;
  }

  /**
   * Draws blocks up to block `last` (inclusive), or at least one and then on for `SLICE_MS` when `last` is null.
   * @param {number | null} [last]
   */
  function drawOn(last = null) {
    if (next >= blocks.length) return;
    const t0 = performance.now();
    const frag = doc.createDocumentFragment();
    do {
      frag.append((elements[next] = buildBlock(next)));
      next++;
    } while (next < blocks.length && (last === null ? performance.now() - t0 < SLICE_MS : next <= last));
    if (fresh) root.replaceChildren(frag);
    else root.append(frag);
    fresh = false;
    if (next >= blocks.length) onDrawn();
    else schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    const ours = generation;
    nextTask(() => {
      if (ours !== generation) return;
      scheduled = false;
      drawOn();
    });
  }

  /** Starts over: the next `draw` builds every block anew. */
  function reset() {
    generation++;
    scheduled = false;
    text = null;
  }

  /**
   * Shows `text` with `annotations`: a new text is drawn from the start, a slice now and the rest in later tasks;
   * the same text again only has its changed blocks touched. Returns whether the whole text is drawn.
   * @param {string} newText
   * @param {Annotation[]} annotations
   * @param {Speaker[]} newSpeakers
   */
  function draw(newText, annotations, newSpeakers) {
    speakers = newSpeakers;
    if (newText !== text) {
      reset();
      text = newText;
      blocks = blocksOf(newText);
      [shown, elements, pieces, next, fresh] = [[], [], [], 0, true];
    }
    wanted = annotationsByBlock(blocks, annotations, newText.length);
    byId = new Map(annotations.map((a) => [a.id, a]));
    for (let i = 0; i < next; i++) refresh(i);
    if (next < blocks.length) drawOn();
    else onDrawn();
    return next >= blocks.length;
  }

  /**
   * Draws at once every block up to the one holding `offset`.
   * @param {number} offset
   */
  function drawTo(offset) {
    if (text !== null && next < blocks.length) drawOn(blockAt(blocks, offset));
  }

  /**
   * The elements drawing annotation `id`, in document order (the first is its tab stop); drawn at once if need be.
   * @param {string | null} id
   * @returns {HTMLElement[]}
   */
  function piecesOf(id) {
    const a = id === null ? undefined : byId.get(id);
    if (!a || text === null || !drawable(a, text.length)) return [];
    const [first, last] = [blockAt(blocks, a.start), blockAt(blocks, a.end - 1)];
    if (last >= next) drawOn(last);
    /** @type {HTMLElement[]} */
    const els = [];
    for (let i = first; i <= last; i++) els.push(...(pieces[i].get(a.id) ?? []));
    return els;
  }

  /** After the layer switches changed: every drawn mark shown or hidden again. */
  function refreshShown() {
    for (let i = 0; i < next; i++) {
      for (const a of shown[i]) {
        const els = pieces[i].get(a.id);
        if (els) applyShown(a, els);
      }
    }
  }

  return { draw, reset, drawTo, piecesOf, refreshShown, isDrawn: () => text !== null && next >= blocks.length };
}
