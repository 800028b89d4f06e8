// "Check my work": a student's marks against an exercise's answer key, matched the way `whosaid eval` matches
// predictions against gold (src/eval.rs, after shared/tools/score-brat.py). Pure.
//
// Spans here count Unicode code points, as in the exercise file and the evaluation command. The rule, per layer:
// - speakers, cues and claims are compared as the evaluation compares its Source, Cue and Content roles: each span
//   trimmed of white space, punctuation and quote marks at both ends (TRIM, the evaluation's list), and a span left
//   empty dropped; caveats as it compares hedges, untrimmed;
// - a key item and a mark can pair when they share characters (and, for caveats, have the same kind); a pair scores
//   the number of characters they share;
// - pairs are matched one to one, greedily, best score first, ties to the later key item and then the later mark
//   (the evaluation sorts `(score, i, j)` tuples in reverse);
// - matched key items are *found*, the others *missed*; unmatched marks are *extra*. Precision is found / marks,
//   recall found / key items; both are null (shown as "—") when there is nothing to divide by, where the evaluation
//   command would print 0.

/**
 * @import { Exercise, KeyItem, Mark, Span } from './types'
 * @typedef {{layer: string, kind: string | null}} Layered a key item or a mark, by what it marks
 * @typedef {KeyItem & {i: number, span: Span}} Gold a key item as compared, with its index in the key
 * @typedef {Mark & {j: number, span: Span}} Pred a mark as compared, with its index in the marks
 * @typedef {{layer: string, keyCount: number, markCount: number, found: {item: Gold, mark: Pred}[], missed: Gold[], extra: Pred[], precision: number | null, recall: number | null}} LayerResult
 * @typedef {{keyCount: number, markCount: number, found: number, missed: number, extra: number, precision: number | null, recall: number | null}} Totals
 * @typedef {{layers: LayerResult[], total: Totals}} CheckResult
 */

/** Characters trimmed from both ends of a role span before it is compared: the evaluation's TRIM. */
export const TRIM = new Set([...' \t\n\r"“”‘’\'.,;:—–-()[]']);

/**
 * The article as an array of code points, which every span here indexes.
 * @param {string} text
 */
export const codePoints = (text) => [...text];

/**
 * `{start, end}` trimmed of TRIM characters at both ends, or null if nothing is left.
 * @param {string[]} chars
 * @param {Span} span
 * @returns {Span | null}
 */
export function trimSpan(chars, { start, end }) {
  let a = start;
  let b = end;
  while (a < b && TRIM.has(chars[a])) a++;
  while (b > a && TRIM.has(chars[b - 1])) b--;
  return a < b ? { start: a, end: b } : null;
}

/**
 * The span a mark is compared by: trimmed for speakers, cues and claims, as it is for caveats; null if empty.
 * @param {string[]} chars
 * @param {Span & {layer: string}} m
 * @returns {Span | null}
 */
export function comparedSpan(chars, m) {
  if (m.layer === 'caveat') return m.end > m.start ? { start: m.start, end: m.end } : null;
  return trimSpan(chars, m);
}

/**
 * Characters two spans share.
 * @param {Span} x
 * @param {Span} y
 */
export const overlap = (x, y) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/**
 * One-to-one greedy matching, as the evaluation does it: every pair `(i, j)` with a non-zero `score(i, j)`, sorted by
 * score, then i, then j, all descending; a pair is taken when neither side is taken yet. Returns `[[i, j]]`.
 * @param {number} nGold
 * @param {number} nPred
 * @param {(i: number, j: number) => number} score
 */
export function greedy(nGold, nPred, score) {
  /** @type {[number, number, number][]} */
  const pairs = [];
  for (let i = 0; i < nGold; i++) {
    for (let j = 0; j < nPred; j++) {
      const s = score(i, j);
      if (s > 0) pairs.push([s, i, j]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const usedG = new Set();
  const usedP = new Set();
  /** @type {[number, number][]} */
  const out = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    out.push([i, j]);
  }
  return out;
}

/** @type {(n: number, d: number) => number | null} */
const ratio = (n, d) => (d ? n / d : null);
/** @type {(x: Span, y: Span) => number} */
const byStart = (x, y) => x.start - y.start || x.end - y.end;

/**
 * Whether a mark belongs to what the exercise asks for: one of its layers (and for caveats, one of its kinds).
 * @param {Exercise} exercise
 * @param {Layered} m
 */
export const isAsked = (exercise, m) =>
  exercise.layers.includes(m.layer) && (m.layer !== 'caveat' || exercise.caveatKinds.includes(m.kind ?? ''));

/**
 * Checks `marks` (`[{layer, kind, start, end}]`, code points) against `exercise.key`. Returns `{layers, total}`:
 * `layers` has one entry per exercise layer, `{layer, keyCount, markCount, found: [{item, mark}], missed: [item],
 * extra: [mark], precision, recall}`, where items and marks carry the `span` they were compared by and their index (`i` into
 * exercise.key, `j` into marks); `total` sums the counts over the layers.
 * @param {Exercise} exercise
 * @param {Mark[]} marks
 * @param {string[]} [chars]
 * @returns {CheckResult}
 */
export function checkWork(exercise, marks, chars = codePoints(exercise.article.text)) {
  const layers = exercise.layers.map((layer) => {
    const gold = exercise.key
      .map((item, i) => ({ ...item, i, span: comparedSpan(chars, item) }))
      .filter(/** @returns {g is Gold} */ (g) => g.layer === layer && !!g.span && isAsked(exercise, g))
      .sort((x, y) => byStart(x.span, y.span) || x.i - y.i);
    const pred = marks
      .map((m, j) => ({ ...m, j, span: comparedSpan(chars, m) }))
      .filter(/** @returns {p is Pred} */ (p) => p.layer === layer && !!p.span && isAsked(exercise, p))
      .sort((x, y) => byStart(x.span, y.span) || x.j - y.j);
    /** @type {(i: number, j: number) => number} */
    const score = (i, j) => (layer === 'caveat' && gold[i].kind !== pred[j].kind ? 0 : overlap(gold[i].span, pred[j].span));
    const pairs = greedy(gold.length, pred.length, score);
    const matchedG = new Set(pairs.map(([i]) => i));
    const matchedP = new Set(pairs.map(([, j]) => j));
    const found = pairs.map(([i, j]) => ({ item: gold[i], mark: pred[j] })).sort((x, y) => byStart(x.item.span, y.item.span));
    const missed = gold.filter((_, i) => !matchedG.has(i));
    const extra = pred.filter((_, j) => !matchedP.has(j));
    return {
      layer,
      keyCount: gold.length,
      markCount: pred.length,
      found,
      missed,
      extra,
      precision: ratio(found.length, pred.length),
      recall: ratio(found.length, gold.length),
    };
  });
  /** @param {(l: LayerResult) => number} f */
  const sum = (f) => layers.reduce((n, l) => n + f(l), 0);
  const found = sum((l) => l.found.length);
  const keyCount = sum((l) => l.keyCount);
  const markCount = sum((l) => l.markCount);
  return {
    layers,
    total: {
      keyCount,
      markCount,
      found,
      missed: sum((l) => l.missed.length),
      extra: sum((l) => l.extra.length),
      precision: ratio(found, markCount),
      recall: ratio(found, keyCount),
    },
  };
}

/**
 * For a missed caveat, the student's unmatched caveats of another kind on the same words ("you called it a hedge"):
 * `[mark]`, from one layer's result.
 * @param {LayerResult} layerResult
 * @param {Gold} item
 */
export function otherKindsOn(layerResult, item) {
  if (layerResult.layer !== 'caveat') return [];
  return layerResult.extra.filter((m) => m.kind !== item.kind && overlap(m.span, item.span) > 0);
}

/** A ratio as a percentage with one decimal ("66.7%"), or "—" when it is not defined. */
/** @param {number | null | undefined} x */
export const percent = (x) => (x == null ? '—' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`);

/**
 * The next hint: the index into `exercise.suggestions` of the first suggestion (in text order) that no mark of its
 * layer and kind already touches, in `marks` (code points, any state: a mark the student rejected was seen too).
 * One revealed before whose mark is gone (undone) comes back first, free; else the first not yet revealed.
 * Returns `{index, free}`, or null when there is nothing left to reveal.
 * @param {Exercise} exercise
 * @param {Mark[]} marks
 * @param {number[]} [revealed]
 * @returns {{index: number, free: boolean} | null}
 */
export function nextHint(exercise, marks, revealed = []) {
  /** @param {Mark} s */
  const covered = (s) => marks.some((m) => m.layer === s.layer && (s.layer !== 'caveat' || m.kind === s.kind) && overlap(m, s) > 0);
  const open = exercise.suggestions.map((s, index) => ({ s, index })).filter(({ s }) => !covered(s));
  const again = open.find(({ index }) => revealed.includes(index));
  if (again) return { index: again.index, free: true };
  const fresh = open.find(({ index }) => !revealed.includes(index));
  return fresh ? { index: fresh.index, free: false } : null;
}
