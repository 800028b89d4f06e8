// Classroom exercises and submissions: the versioned file formats, making them from the page's annotations, and
// reading them back with every field checked and the integrity hashes verified. Pure (crypto.subtle for SHA-256).
//
// An exercise (`format: "whosaid-exercise"`, `version: 1`) carries the article and its SHA-256, the layers and caveat
// kinds students must find, instructions, the answer key (the teacher's confirmed marks, each with an optional
// feedback note), the machine's suggestions (for hints) and `integrity`: a SHA-256 over the key (with the exercise id,
// the article hash, the layers and kinds) and one over the whole exercise. A submission (`format:
// "whosaid-submission"`) names the exercise (id and key hash), the student, their marks and the hints they used, with
// a SHA-256 over itself. Offsets count Unicode code points, half-open, as in the command line's JSON; `exact` repeats
// the words so a mismatch is caught.
//
// The hashes are not signatures: there is no server and no secret, so anyone can edit a file and recompute them.
// They catch accidental damage and naive edits (a changed key item, a changed hint count), not a determined forger.

import { CAVEAT_KINDS, newId } from './annotation.js';
import { comparedSpan } from './check.js';
import { textKey } from './hash.js';
import { messageOf } from './errors.js';
import { unitMap } from './units.js';

/** @import { Annotation, Exercise, KeyItem, Mark, Scope, Span, Submission, Suggestion } from './types' */

export const EXERCISE_FORMAT = 'whosaid-exercise';
export const SUBMISSION_FORMAT = 'whosaid-submission';
export const VERSION = 1;
/** The layers an exercise can ask for, in the order the page lists them. */
export const LAYERS = ['speaker', 'cue', 'claim', 'caveat'];
/** @type {Record<string, string>} */
export const LAYER_NAMES = { speaker: 'Speakers', cue: 'Reporting cues', claim: 'Claims', caveat: 'Caveats' };

/** The largest exercise file the page reads, in bytes: an article at its largest with a full key, and room to spare. */
export const MAX_EXERCISE_BYTES = 20 * 1024 * 1024;
const MAX_TEXT = 5 * 1024 * 1024;
const MAX_ITEMS = 20_000;
const MAX_NOTE = 5_000;
const HEX64 = /^[0-9a-f]{64}$/;

/** A file or link the page refuses, with a message for people. */
export class ExerciseError extends Error {}

/**
 * JSON with object keys sorted at every level and no spaces: the bytes a hash is taken over.
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** @param {unknown} value */
const sha256 = (value) => textKey(typeof value === 'string' ? value : canonicalJson(value));

/** What the key hash covers: the key and everything that decides how it is scored. */
/** @param {Exercise} ex */
const keyPart = (ex) => ({ id: ex.id, article: ex.article.sha256, layers: ex.layers, caveatKinds: ex.caveatKinds, key: ex.key });
/** What the exercise hash covers: everything but itself. */
/** @param {Exercise} ex */
const wholePart = (ex) => ({ ...ex, integrity: { algorithm: ex.integrity.algorithm, key: ex.integrity.key } });
/** @param {Submission} s */
const submissionPart = (s) => ({ ...s, integrity: { algorithm: s.integrity.algorithm } });

/** The layer a page annotation belongs to in an exercise, or null (notes, and types the exercise does not use). */
/** @param {Annotation} a */
const layerOf = (a) => (LAYERS.includes(a.type) ? a.type : null);

/**
 * The marks that count from page annotations (UTF-16 offsets): confirmed ones only (a reader's own marks start
 * confirmed; a machine suggestion counts once confirmed; rejected marks never), in the exercise's layers and caveat
 * kinds, as `[{layer, kind, start, end, exact}]` in code points, sorted and without duplicates. `id` is kept when asked.
 * @param {string} text
 * @param {Annotation[]} annotations
 * @param {Scope} scope
 * @param {{state?: string | null, keepId?: boolean}} [options]
 * @returns {Mark[]}
 */
export function marksFrom(text, annotations, { layers, caveatKinds }, { state = 'confirmed', keepId = false } = {}) {
  const map = unitMap(text);
  const chars = [...text];
  const seen = new Set();
  /** @type {Mark[]} */
  const out = [];
  for (const a of annotations) {
    const layer = layerOf(a);
    if (!layer || !layers.includes(layer) || (state && a.state !== state)) continue;
    if (layer === 'caveat' && !caveatKinds.includes(a.kind ?? '')) continue;
    const start = map.toCodePoints(a.start);
    const end = map.toCodePoints(a.end);
    const kind = layer === 'caveat' ? a.kind : null;
    const k = `${layer}:${kind}:${start}:${end}`;
    if (end <= start || seen.has(k)) continue;
    seen.add(k);
    out.push({ ...(keepId ? { id: a.id } : {}), layer, kind, start, end, exact: chars.slice(start, end).join('') });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end || LAYERS.indexOf(x.layer) - LAYERS.indexOf(y.layer) || String(x.kind).localeCompare(String(y.kind)));
}

/**
 * A new exercise from the open article. `annotations` are the page's (UTF-16); the key is the confirmed ones in the
 * chosen layers and kinds, and `notes` (a Map from annotation id to text) gives their feedback notes. The machine's
 * suggestions that were not rejected become the hints. Resolves to the exercise object, hashes included.
 * @param {{title?: string, text: string, annotations: Annotation[], layers: string[], caveatKinds: string[], instructions?: string, notes?: Map<string, string>, id?: string, created?: string}} fields
 * @returns {Promise<Exercise>}
 */
export async function makeExercise({ title, text, annotations, layers, caveatKinds, instructions = '', notes = new Map(), id = newId('ex'), created = new Date().toISOString() }) {
  const chosen = LAYERS.filter((l) => layers.includes(l));
  if (!chosen.length) throw new ExerciseError('Choose at least one layer for students to find.');
  const kinds = chosen.includes('caveat') ? CAVEAT_KINDS.filter((k) => caveatKinds.includes(k)) : [];
  if (chosen.includes('caveat') && !kinds.length) throw new ExerciseError('Choose at least one kind of caveat, or untick caveats.');
  const scope = { layers: chosen, caveatKinds: kinds };
  const chars = [...text];
  const key = marksFrom(text, annotations, scope, { keepId: true })
    .filter((m) => comparedSpan(chars, m))
    .map(({ id: from, ...m }, i) => ({ id: `k${i + 1}`, ...m, note: ((from && notes.get(from)) ?? '').trim() }));
  if (!key.length) throw new ExerciseError('The answer key is empty: confirm the marks students should find (or add your own) in the chosen layers.');
  const machine = annotations.filter((a) => a.creator === 'machine' && a.state !== 'rejected');
  /** @type {Map<string | undefined, string>} */
  const why = new Map(machine.map((a) => [a.id, a.why ?? '']));
  const suggestions = marksFrom(text, machine, scope, { state: null, keepId: true }).map(({ id: from, ...m }) => ({ ...m, why: why.get(from) ?? '' }));
  /** @type {Exercise} */
  const exercise = {
    format: EXERCISE_FORMAT,
    version: VERSION,
    id,
    title: (title ?? '').trim() || 'Untitled exercise',
    created,
    instructions: instructions.trim(),
    article: { text, sha256: await sha256(text) },
    layers: chosen,
    caveatKinds: kinds,
    key,
    suggestions,
    integrity: { algorithm: 'SHA-256', key: '' },
  };
  exercise.integrity.key = await sha256(keyPart(exercise));
  exercise.integrity.exercise = await sha256(wholePart(exercise));
  return exercise;
}

// --------------------------------------------------------------------------------------------------------- reading

/** @type {(v: unknown) => boolean} */
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** @type {(v: unknown, max: number) => v is string} */
const isString = (v, max) => typeof v === 'string' && v.length <= max;
/** @type {(v: unknown) => v is number} */
const isCount = (v) => Number.isSafeInteger(v) && /** @type {number} */ (v) >= 0;

/**
 * @param {unknown} json  JSON text, or what was parsed from it
 * @param {string} what
 * @returns {any} what the file holds, every field still to be checked
 */
function parseJson(json, what) {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new ExerciseError(`This file is not JSON (${messageOf(e)}), so it is not ${what}.`);
  }
}

/**
 * What a JSON object that is not the expected kind of file seems to be, for the message.
 * @param {any} data  what the file holds
 * @param {string} wanted
 */
function whatElse(data, wanted) {
  if (isObject(data) && data.format === EXERCISE_FORMAT) return `This is an exercise, not ${wanted}.`;
  if (isObject(data) && data.format === SUBMISSION_FORMAT) return `This is a student's submission, not ${wanted}: open the class overview to read it.`;
  if (isObject(data) && data.type === 'AnnotationCollection') return `This is an annotation export (Web Annotation JSON), not ${wanted}: use Import JSON for it.`;
  return `This is JSON but not ${wanted}: it has no "format": "${wanted === 'an exercise' ? EXERCISE_FORMAT : SUBMISSION_FORMAT}".`;
}

/**
 * @param {Record<string, any>} data
 * @param {string} what
 */
function checkVersion(data, what) {
  if (!Number.isInteger(data.version) || data.version < 1) throw new ExerciseError(`This ${what} has no valid "version".`);
  if (data.version > VERSION) throw new ExerciseError(`This ${what} was made by a newer whosaid (version ${data.version}); this page reads version ${VERSION}.`);
}

/**
 * Checks a list of marks against the article (code points); throws naming the first bad one.
 * @param {unknown} list
 * @param {string[]} chars
 * @param {Scope} scope
 * @param {{what: string, note?: boolean, why?: boolean, ids?: boolean}} options
 */
function checkMarks(list, chars, scope, { what, note = false, why = false, ids = false }) {
  if (!Array.isArray(list)) throw new ExerciseError(`its ${what} list is missing.`);
  if (list.length > MAX_ITEMS) throw new ExerciseError(`it has ${list.length} ${what}s; at most ${MAX_ITEMS} are allowed.`);
  list.forEach((m, i) => {
    const where = `${what} ${i + 1}`;
    if (!isObject(m)) throw new ExerciseError(`${where} is not an object.`);
    if (!scope.layers.includes(m.layer)) throw new ExerciseError(`${where} is in layer ${JSON.stringify(m.layer)}, which the exercise does not ask for.`);
    if (m.layer === 'caveat' ? !scope.caveatKinds.includes(m.kind) : m.kind !== null) {
      throw new ExerciseError(`${where} has kind ${JSON.stringify(m.kind)}, which does not fit layer ${m.layer}.`);
    }
    if (!isCount(m.start) || !isCount(m.end) || m.start >= m.end || m.end > chars.length) {
      throw new ExerciseError(`${where} has offsets ${m.start}..${m.end}, outside the article (${chars.length} characters).`);
    }
    if (m.exact !== chars.slice(m.start, m.end).join('')) throw new ExerciseError(`${where} does not match the article's words at ${m.start}..${m.end}.`);
    if (ids && !isString(m.id, 100)) throw new ExerciseError(`${where} has no id.`);
    if (note && !isString(m.note ?? '', MAX_NOTE)) throw new ExerciseError(`${where} has a note that is not text.`);
    if (why && !isString(m.why ?? '', MAX_NOTE)) throw new ExerciseError(`${where} has an explanation that is not text.`);
  });
}

/**
 * Reads an exercise (JSON text or a parsed object): checks every field, then the article's SHA-256, the key hash
 * and the exercise hash. Resolves to the exercise; rejects with an ExerciseError saying what is wrong.
 * @param {unknown} json
 * @returns {Promise<Exercise>}
 */
export async function parseExercise(json) {
  const data = parseJson(json, 'an exercise');
  if (!isObject(data) || data.format !== EXERCISE_FORMAT) throw new ExerciseError(whatElse(data, 'an exercise'));
  checkVersion(data, 'exercise');
  for (const [field, max] of /** @type {[string, number][]} */ ([['id', 200], ['title', 500], ['instructions', 20_000], ['created', 64]])) {
    if (!isString(data[field], max)) throw new ExerciseError(`This exercise has no valid "${field}".`);
  }
  const { article } = data;
  if (!isObject(article) || !isString(article.text, MAX_TEXT) || !article.text) throw new ExerciseError('This exercise has no article text.');
  if (!isString(article.sha256, 64) || !HEX64.test(article.sha256)) throw new ExerciseError('This exercise has no SHA-256 of its article.');
  if ((await sha256(article.text)) !== article.sha256) {
    throw new ExerciseError('The article in this exercise has been changed since the exercise was made (its SHA-256 does not match): ask your teacher for the original file or link.');
  }
  const { layers, caveatKinds } = data;
  if (!Array.isArray(layers) || !layers.length || layers.some((l) => !LAYERS.includes(l)) || new Set(layers).size !== layers.length) {
    throw new ExerciseError(`This exercise's layers must be some of ${LAYERS.join(', ')}.`);
  }
  if (!Array.isArray(caveatKinds) || caveatKinds.some((k) => !CAVEAT_KINDS.includes(k)) || new Set(caveatKinds).size !== caveatKinds.length || layers.includes('caveat') !== caveatKinds.length > 0) {
    throw new ExerciseError(`This exercise's caveat kinds must be some of ${CAVEAT_KINDS.join(', ')} (and only when it asks for caveats).`);
  }
  const chars = [...article.text];
  const scope = { layers, caveatKinds };
  try {
    checkMarks(data.key, chars, scope, { what: 'key item', note: true, ids: true });
    if (!data.key.length) throw new ExerciseError('its answer key is empty.');
    checkMarks(data.suggestions ?? [], chars, scope, { what: 'suggestion', why: true });
  } catch (e) {
    throw new ExerciseError(`This exercise is damaged: ${messageOf(e)}`);
  }
  const { integrity } = data;
  if (!isObject(integrity) || integrity.algorithm !== 'SHA-256' || !HEX64.test(integrity.key ?? '') || !HEX64.test(integrity.exercise ?? '')) {
    throw new ExerciseError('This exercise has no integrity hashes, so an edited answer key could not be detected: ask your teacher for the original file or link.');
  }
  if ((await sha256(keyPart(data))) !== integrity.key) {
    throw new ExerciseError('The answer key in this exercise has been edited since the exercise was made (its integrity hash does not match): ask your teacher for the original file or link.');
  }
  if ((await sha256(wholePart(data))) !== integrity.exercise) {
    throw new ExerciseError('This exercise has been edited since it was made (it no longer matches its integrity hash): ask your teacher for the original file or link.');
  }
  return { ...data, suggestions: data.suggestions ?? [] };
}

// ------------------------------------------------------------------------------------------------------ submissions

/**
 * A student's submission: their confirmed marks on the exercise (page annotations, UTF-16) with their name and the
 * hints they used, hashed. Rejects when the name is empty.
 * @param {Exercise} exercise
 * @param {{student: string, annotations: Annotation[], hintsUsed?: number, submitted?: string}} work
 * @returns {Promise<Submission>}
 */
export async function makeSubmission(exercise, { student, annotations, hintsUsed = 0, submitted = new Date().toISOString() }) {
  const name = (student ?? '').replace(/\s+/g, ' ').trim();
  if (!name) throw new ExerciseError('Write your name first, so your teacher knows whose work this is.');
  /** @type {Submission} */
  const submission = {
    format: SUBMISSION_FORMAT,
    version: VERSION,
    exercise: { id: exercise.id, title: exercise.title, key: exercise.integrity.key },
    student: name.slice(0, 200),
    submitted,
    hintsUsed,
    marks: marksFrom(exercise.article.text, annotations, exercise),
    integrity: { algorithm: 'SHA-256' },
  };
  submission.integrity.submission = await sha256(submissionPart(submission));
  return submission;
}

/**
 * Reads a submission for `exercise` (JSON text or an object): checks its fields and its own hash, that it was made
 * for this exercise and this exercise's key, and that its marks lie on this article. Resolves to the submission;
 * rejects with an ExerciseError that says which of these failed.
 * @param {unknown} json
 * @param {Exercise} exercise
 * @returns {Promise<Submission>}
 */
export async function parseSubmission(json, exercise) {
  const data = parseJson(json, 'a submission');
  if (!isObject(data) || data.format !== SUBMISSION_FORMAT) throw new ExerciseError(whatElse(data, 'a submission'));
  checkVersion(data, 'submission');
  const ex = data.exercise;
  if (!isObject(ex) || !isString(ex.id, 200) || !isString(ex.key, 64) || !isString(ex.title ?? '', 500)) throw new ExerciseError('This submission does not say which exercise it is for.');
  if (!isString(data.student, 200) || !data.student.trim()) throw new ExerciseError('This submission has no student name.');
  if (!isString(data.submitted, 64)) throw new ExerciseError('This submission has no date.');
  if (!isCount(data.hintsUsed)) throw new ExerciseError('This submission has no valid count of hints used.');
  if (!isObject(data.integrity) || data.integrity.algorithm !== 'SHA-256' || !HEX64.test(data.integrity.submission ?? '')) {
    throw new ExerciseError('This submission has no integrity hash.');
  }
  if ((await sha256(submissionPart(data))) !== data.integrity.submission) {
    throw new ExerciseError('This submission has been edited after it was exported (its integrity hash does not match).');
  }
  if (ex.id !== exercise.id) throw new ExerciseError(`This submission is for another exercise (“${ex.title || ex.id}”), not “${exercise.title}”.`);
  if (ex.key !== exercise.integrity.key) {
    throw new ExerciseError('This submission was done on a copy of this exercise whose answer key differs from yours (edited, or an older version).');
  }
  if (data.hintsUsed > exercise.suggestions.length) throw new ExerciseError(`This submission claims ${data.hintsUsed} hints; the exercise has only ${exercise.suggestions.length}.`);
  try {
    checkMarks(data.marks, [...exercise.article.text], exercise, { what: 'mark' });
  } catch (e) {
    throw new ExerciseError(`This submission's marks do not fit this exercise: ${messageOf(e)}`);
  }
  return data;
}

/**
 * The key a student's work on an exercise is saved under (apart from the same article annotated freely).
 * @param {Exercise} exercise
 */
export const progressKey = (exercise) => `exercise:${exercise.id}:${exercise.integrity.key.slice(0, 16)}`;

/**
 * A UTF-16 `{start, end}` for a code-point span of the exercise's article.
 * @param {Exercise} exercise
 * @param {Span} span
 * @param {ReturnType<typeof unitMap>} [map]
 * @returns {Span}
 */
export function toUtf16(exercise, span, map = unitMap(exercise.article.text)) {
  return { start: map.toUtf16(span.start), end: map.toUtf16(span.end) };
}
