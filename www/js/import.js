// Reads a Web Annotation JSON file back: validates all of it first (nothing changes on bad input), then places each
// annotation on the open text by its quote, and reports the ones that could not be placed.

import { CAVEAT_KINDS, SPEAKER_KINDS, STATES, TYPES, newId } from './annotation.js';
import { FORMAT } from './export.js';
import { anchor, quoteAt } from './quote.js';
import { messageOf } from './errors.js';
import { unitMap } from './units.js';

const MAX_ITEMS = 200_000;
const MAX_STRING = 100_000;

/** An import the page refuses, with a message for people. */
export class ImportError extends Error {}

/**
 * @import { Annotation, Quote, Span, Speaker } from './types'
 * @typedef {Record<string, unknown>} Json an object read from a file, every field still to be checked
 * @typedef {Omit<Annotation, 'id' | 'start' | 'end' | 'quote'> & {id: string | null, quote: Quote, position: Span | null}} ImportedItem
 */

/** @type {(v: unknown) => v is Json} */
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** @type {(v: unknown, max?: number) => v is string} */
const isString = (v, max = MAX_STRING) => typeof v === 'string' && v.length <= max;
/** @type {(v: unknown, max?: number) => v is string | null | undefined} */
const optString = (v, max) => v == null || isString(v, max);
/** @type {(v: unknown) => v is number} */
const isOffset = (v) => Number.isSafeInteger(v) && /** @type {number} */ (v) >= 0;

/**
 * The value of the body in `body` with `purpose`.
 * @param {unknown[]} body
 * @param {string} purpose
 */
function bodyValue(body, purpose) {
  const found = body.find((b) => isObject(b) && b.purpose === purpose);
  return isObject(found) ? found.value : undefined;
}

/**
 * A date field: absent, or a short text that parses as a date; `false` when it is something else.
 * @param {unknown} v
 * @returns {string | undefined | false}
 */
const dateField = (v) => (v == null ? undefined : isString(v, 64) && !Number.isNaN(Date.parse(v)) ? v : false);

/**
 * Checks one item; returns the problem found, or the fields read.
 * @param {unknown} item
 * @param {number} i
 * @returns {{problem: string, fields?: undefined} | {problem?: undefined, fields: ImportedItem}}
 */
function readItem(item, i) {
  const where = `annotation ${i + 1}`;
  if (!isObject(item) || item.type !== 'Annotation') return { problem: `${where} is not an object of type "Annotation"` };
  const body = Array.isArray(item.body) ? item.body : isObject(item.body) ? [item.body] : null;
  if (!body) return { problem: `${where} has no body` };
  const type = bodyValue(body, 'tagging');
  if (typeof type !== 'string' || !TYPES.includes(type)) return { problem: `${where}: its type (the body with purpose "tagging") is ${JSON.stringify(type)}, not one of ${TYPES.join(', ')}` };
  const kind = bodyValue(body, 'classifying') ?? null;
  if (type === 'caveat' && !(typeof kind === 'string' && CAVEAT_KINDS.includes(kind))) return { problem: `${where}: a caveat's kind must be one of ${CAVEAT_KINDS.join(', ')}` };
  if (kind !== null && !isString(kind, 40)) return { problem: `${where}: its kind is not a short text` };
  const creator = isObject(item.creator) && item.creator.type === 'Software' ? 'machine' : 'reader';
  const state = bodyValue(body, 'assessing') ?? (creator === 'machine' ? 'suggested' : 'confirmed');
  if (typeof state !== 'string' || !STATES.includes(state)) return { problem: `${where}: its state must be one of ${STATES.join(', ')}` };
  const comment = bodyValue(body, 'commenting') ?? '';
  if (!isString(comment)) return { problem: `${where}: its comment is not text` };
  const selectors = isObject(item.target) ? item.target.selector : undefined;
  const list = Array.isArray(selectors) ? selectors : isObject(selectors) ? [selectors] : [];
  const quote = list.find((s) => isObject(s) && s.type === 'TextQuoteSelector');
  if (!isObject(quote) || !isString(quote.exact) || !quote.exact || !optString(quote.prefix) || !optString(quote.suffix)) {
    return { problem: `${where} has no TextQuoteSelector with the exact text it marks` };
  }
  const position = list.find((s) => isObject(s) && s.type === 'TextPositionSelector');
  const span = isObject(position) && isOffset(position.start) && isOffset(position.end) && position.start < position.end ? { start: position.start, end: position.end } : null;
  if (position && !span) return { problem: `${where}: its TextPositionSelector needs whole numbers with start < end` };
  const created = dateField(item.created);
  if (created === false) return { problem: `${where}: "created" is not a date` };
  const modified = dateField(item.modified);
  if (modified === false) return { problem: `${where}: "modified" is not a date` };
  const ext = isObject(item.whosaid) ? item.whosaid : {};
  const { speakerId, attribution, source, why, rule } = ext;
  for (const [field, value] of Object.entries({ speakerId, attribution, source, why, rule })) {
    if (!optString(value, field === 'why' ? MAX_STRING : 200)) return { problem: `${where}: whosaid.${field} is not text` };
  }
  /** @param {unknown} v  a field checked above to be text or absent */
  const text = (v) => (typeof v === 'string' ? v : null);
  const id = isString(item.id, 300) && item.id ? item.id.replace(/^urn:whosaid:annotation:/, '') : null;
  return {
    fields: {
      id,
      type,
      kind,
      state,
      creator,
      comment,
      created: created ?? new Date().toISOString(),
      ...(modified ? { modified } : {}),
      quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: span,
      speakerId: text(speakerId),
      attribution: text(attribution),
      source: text(source),
      why: text(why) ?? '',
      rule: text(rule),
    },
  };
}

/**
 * @param {unknown} list
 * @returns {Speaker[]}
 */
function readSpeakers(list) {
  if (list == null) return [];
  if (!Array.isArray(list)) throw new ImportError('whosaid.speakers is not a list');
  return list.map((s, i) => {
    if (!isObject(s) || !isString(s.id, 200) || !s.id || !isString(s.name, 1000) || typeof s.kind !== 'string' || !SPEAKER_KINDS.includes(s.kind)) {
      throw new ImportError(`speaker ${i + 1} needs an id, a name and a kind (${SPEAKER_KINDS.join(', ')})`);
    }
    const roles = Array.isArray(s.roles) ? s.roles.filter((r) => isString(r, 1000)) : [];
    return { id: s.id, name: s.name, kind: s.kind, roles, creator: s.creator === 'reader' ? 'reader' : 'machine' };
  });
}

/**
 * Parses and validates a Web Annotation JSON file (an AnnotationCollection as exported, an AnnotationPage, or a list
 * of Annotations). Returns `{items, speakers, source}`; throws an ImportError naming the first problems found.
 * @param {string} json
 * @returns {{items: ImportedItem[], speakers: Speaker[], source: string | null}}
 */
export function parseWebAnnotations(json) {
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ImportError(`This file is not JSON (${messageOf(e)}).`);
  }
  /** @type {unknown[]} */
  let items;
  if (Array.isArray(data)) items = data;
  else if (isObject(data) && data.type === 'AnnotationCollection' && isObject(data.first) && Array.isArray(data.first.items)) items = data.first.items;
  else if (isObject(data) && data.type === 'AnnotationPage' && Array.isArray(data.items)) items = data.items;
  else if (isObject(data) && data.type === 'Annotation') items = [data];
  else throw new ImportError('This file is JSON but not Web Annotations: expected an AnnotationCollection, as whosaid exports.');
  if (items.length > MAX_ITEMS) throw new ImportError(`This file has ${items.length} annotations; at most ${MAX_ITEMS} can be imported.`);
  const ext = isObject(data) && isObject(data.whosaid) ? data.whosaid : {};
  if (typeof ext.format === 'number' && Number.isInteger(ext.format) && ext.format > FORMAT) {
    throw new ImportError(`This file was written by a newer whosaid (format ${ext.format}); this page reads format ${FORMAT}.`);
  }
  /** @type {string[]} */
  const problems = [];
  /** @type {ImportedItem[]} */
  const read = [];
  items.forEach((item, i) => {
    const r = readItem(item, i);
    if (r.fields) read.push(r.fields);
    else problems.push(r.problem);
  });
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
    throw new ImportError(`Nothing was imported: ${problems.slice(0, 3).join('; ')}${more}.`);
  }
  let speakers;
  try {
    speakers = readSpeakers(ext.speakers);
  } catch (e) {
    throw new ImportError(`Nothing was imported: ${messageOf(e)}.`);
  }
  return { items: read, speakers, source: isString(ext.source, 200) ? ext.source : null };
}

/**
 * Places parsed items on `text`: `{annotations, speakers, unplaced, moved}`. An item whose quote is no longer found is
 * listed in `unplaced` (`{id, type, exact}`), never dropped silently; `moved` counts those found somewhere else.
 * @param {string} text
 * @param {{items: ImportedItem[], speakers: Speaker[]}} parsed
 */
export function placeAnnotations(text, { items, speakers }) {
  const map = unitMap(text);
  /** @type {Annotation[]} */
  const annotations = [];
  /** @type {{id: string | null, type: string, exact: string}[]} */
  const unplaced = [];
  let moved = 0;
  const ids = new Set();
  for (const item of items) {
    const start = item.position ? map.toUtf16(item.position.start) : undefined;
    const found = anchor(text, { ...item.quote, start });
    if (!found) {
      unplaced.push({ id: item.id, type: item.type, exact: item.quote.exact });
      continue;
    }
    if (found.how !== 'position') moved += 1;
    const id = item.id && !ids.has(item.id) ? item.id : newId('r');
    ids.add(id);
    const { position, ...rest } = item;
    annotations.push({ ...rest, id, start: found.start, end: found.end, quote: quoteAt(text, found.start, found.end) });
  }
  const speakerIds = new Set(speakers.map((s) => s.id));
  for (const a of annotations) {
    if (a.speakerId && !speakerIds.has(a.speakerId)) a.speakerId = null;
    if (a.source && !ids.has(a.source)) a.source = null;
  }
  return { annotations, speakers, unplaced, moved };
}
