// The class overview: many submissions to one exercise, summed up per student, per key item and per layer
// (agreement between students), and written as CSV for a gradebook. Pure.

import { characterAlpha } from './alpha.js';
import { checkWork, codePoints, comparedSpan, isAsked, overlap } from './check.js';
import { EXERCISE_FORMAT, ExerciseError, LAYER_NAMES, parseExercise, parseSubmission } from './exercise.js';
import { messageOf } from './errors.js';
import { cell } from './export.js';

/**
 * @import { Alpha } from './alpha.js'
 * @import { CheckResult, Gold, LayerResult, Pred } from './check.js'
 * @import { Exercise, KeyItem, Mark, Span, Submission } from './types'
 * @typedef {{layer: string, kind: string | null, span: Span, words: string, count: number}} Tally equal marks, counted
 * @typedef {{file?: string, student: string, submitted: string, hintsUsed: number, check: CheckResult}} StudentResult
 * @typedef {{item: KeyItem & {i: number}, span: Span, found: number, of: number, wrong: Tally[]}} ItemResult
 * @typedef {{students: StudentResult[], items: ItemResult[], extras: Tally[], alpha: Record<string, Alpha>, duplicates: string[]}} ClassOverview
 * @typedef {{file: string, message: string}} Problem a file skipped, and why
 * @typedef {{file: string, data: unknown}} Waiting a file read before its exercise was known
 * @typedef {{phase: 'reading' | 'checking', done: number, files: number, step: number, steps: number}} Progress
 * @typedef {{name: string, size: number, text: () => Promise<string>}} FileLike
 */

/**
 * "hedge caveat", "speaker", …
 * @param {{layer: string, kind: string | null}} m
 */
export const markKindName = (m) => (m.layer === 'caveat' ? `${m.kind} caveat` : m.layer);

const MOST_COMMON = 3;

/**
 * Counts of equal marks (same layer, kind and compared span), most common first: `[{layer, kind, span, words, count}]`.
 * @param {(Mark & {span: Span})[]} marks
 * @param {string[]} chars
 * @returns {Tally[]}
 */
function tally(marks, chars) {
  /** @type {Map<string, Tally>} */
  const counts = new Map();
  for (const m of marks) {
    const k = `${m.layer}:${m.kind}:${m.span.start}:${m.span.end}`;
    const entry = counts.get(k) ?? { layer: m.layer, kind: m.kind, span: m.span, words: chars.slice(m.span.start, m.span.end).join(''), count: 0 };
    entry.count += 1;
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * Sums up `submissions` (`[{file, student, submitted, hintsUsed, marks}]`, already checked against `exercise`):
 * - `students`: `[{file, student, submitted, hintsUsed, check}]`, in the order given, `check` as from checkWork;
 * - `items`: one per key item, `{item, span, found, of, wrong}`: how many students found it, and the most common wrong
 *   marks on its words (marks matched to no key item that share characters with it and are of its layer, or of a
 *   layer the key has nothing for on those characters);
 * - `extras`: the most common extra marks that touch no key item of their layer;
 * - `alpha`: per layer, Krippendorff's alpha over character labels (see alpha.js);
 * - `duplicates`: student names that appear on more than one submission (all are counted).
 * @param {Exercise} exercise
 * @param {Submission[]} submissions
 * @returns {ClassOverview}
 */
export function classOverview(exercise, submissions) {
  const chars = codePoints(exercise.article.text);
  const students = submissions.map((s) => ({
    file: s.file,
    student: s.student,
    submitted: s.submitted,
    hintsUsed: s.hintsUsed,
    check: checkWork(exercise, s.marks, chars),
  }));
  /** @type {(check: CheckResult, layer: string) => LayerResult | undefined} */
  const layerOf = (check, layer) => check.layers.find((l) => l.layer === layer);
  const asked = exercise.key.map((item, i) => ({ ...item, i })).filter((item) => isAsked(exercise, item));
  const spans = asked.map((item) => ({ item, span: comparedSpan(chars, item) })).filter(/** @returns {x is {item: KeyItem & {i: number}, span: Span}} */ (x) => !!x.span);
  /** Whether the key has an item of `layer` on any of `span`'s characters. */
  /** @type {(layer: string, span: Span) => boolean} */
  const keyed = (layer, span) => spans.some((x) => x.item.layer === layer && overlap(x.span, span) > 0);
  const items = spans.map(({ item, span }) => {
    let found = 0;
    /** @type {Pred[]} */
    const wrong = [];
    for (const s of students) {
      if (layerOf(s.check, item.layer)?.found.some((f) => f.item.i === item.i)) found += 1;
      // A wrong mark on this item: matched to nothing, on its words, and either of its layer (another kind, say) or
      // of a layer the key has nothing for here (the speaker marked as a claim). A stray hedge inside a long claim
      // belongs to the hedges, not to the claim.
      for (const l of s.check.layers) wrong.push(...l.extra.filter((m) => overlap(m.span, span) > 0 && (m.layer === item.layer || !keyed(m.layer, m.span))));
    }
    return { item, span, found, of: students.length, wrong: tally(wrong, chars).slice(0, MOST_COMMON) };
  });
  const lonely = students.flatMap((s) => s.check.layers.flatMap((l) => l.extra.filter((m) => !keyed(l.layer, m.span))));
  const alpha = Object.fromEntries(
    exercise.layers.map((layer) => [layer, characterAlpha(chars, submissions.map((s) => s.marks.filter((m) => isAsked(exercise, m))), layer)]),
  );
  /** @type {Map<string, string[]>} */
  const names = new Map();
  for (const s of students) names.set(s.student.toLowerCase(), [...(names.get(s.student.toLowerCase()) ?? []), s.student]);
  const duplicates = [...names.values()].filter((n) => n.length > 1).map((n) => n[0]);
  return { students, items, extras: tally(lonely, chars).slice(0, 10), alpha, duplicates };
}

/** A ratio as a number of percent with one decimal, for a spreadsheet; blank when not defined. */
/** @param {number | null} x */
const pct = (x) => (x == null ? '' : Math.round(x * 1000) / 10);
/** @param {unknown[][]} rows */
const csv = (rows) => `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

/**
 * The per-student table as CSV: counts, precision and recall (percent) per layer and in total, and hints used.
 * @param {Exercise} exercise
 * @param {ClassOverview} overview
 */
export function studentsCsv(exercise, overview) {
  const head = ['student', 'file', 'submitted', 'hints used'];
  for (const layer of [...exercise.layers, 'total']) {
    const name = layer === 'total' ? 'total' : LAYER_NAMES[layer].toLowerCase();
    head.push(`${name} found`, `${name} missed`, `${name} extra`, `${name} precision %`, `${name} recall %`);
  }
  const rows = overview.students.map((s) => {
    /** @type {unknown[]} */
    const row = [s.student, s.file, s.submitted, s.hintsUsed];
    for (const l of [...s.check.layers, s.check.total]) {
      /** @param {number | unknown[]} x */
      const n = (x) => (Array.isArray(x) ? x.length : x);
      row.push(n(l.found), n(l.missed), n(l.extra), pct(l.precision), pct(l.recall));
    }
    return row;
  });
  return csv([head, ...rows]);
}

/**
 * The per-key-item table as CSV: the item, its note, how many students found it and the most common wrong marks.
 * @param {ClassOverview} overview
 */
export function itemsCsv(overview) {
  const head = ['item', 'layer', 'kind', 'words', 'note', 'found by', 'of', 'most common wrong marks'];
  const rows = overview.items.map(({ item, found, of, wrong }) => [
    item.id, item.layer, item.kind, item.exact, item.note, found, of,
    wrong.map((w) => `“${w.words}” as ${markKindName(w)} (${w.count})`).join('; '),
  ]);
  return csv([head, ...rows]);
}

/** Largest file the overview reads: far beyond any submission. */
const MAX_FILE = 20 * 1024 * 1024;

/**
 * Reads files dropped on the class overview (anything with `name` and `text()`, such as File): an exercise file among
 * them becomes the exercise, and every other file is checked as a submission to it. `known` holds the integrity
 * hashes of submissions already counted, so the same file twice counts once. Files are read first, then checked;
 * `onProgress({phase, done, files, step, steps})` is called after each file in each phase ('reading', then
 * 'checking'; `done` of `files` in this phase, `step` of `steps` = 2 × files overall) and `pause()` awaited, so the
 * page can draw its progress bar.
 *
 * Resolves to `{exercise, newExercise, submissions, problems, waiting}`: `submissions` the accepted ones (each with
 * its `file` name), `problems` `[{file, message}]` for every file skipped and why, `waiting` the files kept until an
 * exercise is known.
 * @param {Iterable<FileLike>} files
 * @param {{exercise?: Exercise | null, known?: Set<string | undefined>, onProgress?: (p: Progress) => void, pause?: () => Promise<unknown>}} [options]
 * @returns {Promise<{exercise: Exercise | null, newExercise: boolean, submissions: Submission[], problems: Problem[], waiting: Waiting[]}>}
 */
export async function readClassFiles(files, { exercise = null, known = new Set(), onProgress = () => {}, pause = () => Promise.resolve() } = {}) {
  const list = [...files];
  const total = list.length;
  /** @type {Problem[]} */
  const problems = [];
  /** @type {Waiting[]} */
  const read = [];
  let current = exercise;
  let newExercise = false;
  for (const [i, file] of list.entries()) {
    try {
      if (file.size > MAX_FILE) throw new ExerciseError(`This file is too large to be a submission (${Math.round(file.size / 1024)} KiB).`);
      const text = await file.text();
      /** @type {any} what the file holds: an exercise or a submission, checked by the parse functions */
      let data;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new ExerciseError(`This file is not JSON (${messageOf(e)}).`);
      }
      if (data?.format === EXERCISE_FORMAT) {
        const ex = await parseExercise(data);
        if (!current || ex.id !== current.id || ex.integrity.key !== current.integrity.key) {
          if (newExercise) throw new ExerciseError('This is a second exercise in the same batch: only the first is used.');
          current = ex;
          newExercise = true;
        }
      } else read.push({ file: file.name, data });
    } catch (e) {
      problems.push({ file: file.name, message: e instanceof ExerciseError ? e.message : `This file could not be read (${messageOf(e)}).` });
    }
    onProgress({ phase: 'reading', done: i + 1, files: total, step: i + 1, steps: 2 * total });
    await pause();
  }
  /** @type {Submission[]} */
  const submissions = [];
  const seen = new Set(newExercise ? [] : known);
  if (!current) return { exercise: null, newExercise, submissions, problems, waiting: read };
  if (total > read.length) onProgress({ phase: 'checking', done: total - read.length, files: total, step: 2 * total - read.length, steps: 2 * total });
  for (const [i, { file, data }] of read.entries()) {
    try {
      const s = await parseSubmission(data, current);
      if (seen.has(s.integrity.submission)) throw new ExerciseError(`This submission (${s.student}) is already counted.`);
      seen.add(s.integrity.submission);
      submissions.push({ ...s, file });
    } catch (e) {
      problems.push({ file, message: e instanceof ExerciseError ? e.message : `This file could not be checked (${messageOf(e)}).` });
    }
    const done = total - read.length + i + 1;
    onProgress({ phase: 'checking', done, files: total, step: total + done, steps: 2 * total });
    await pause();
  }
  return { exercise: current, newExercise, submissions, problems, waiting: [] };
}
