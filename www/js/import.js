// Reads a Web Annotation JSON file back: validates all of it first (nothing changes on bad input), then places each
// annotation on the open text by its quote, and reports the ones that could not be placed.

import { CAVEAT_KINDS, SPEAKER_KINDS, STATES, TYPES, newId } from './annotation.js';
import { FORMAT } from './export.js';
import { anchor, quoteAt } from './quote.js';
import { unitMap } from './units.js';

const MAX_ITEMS = 200_000;
const MAX_STRING = 100_000;

/** An import the page refuses, with a message for people. */
export class ImportError extends Error {}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v, max = MAX_STRING) => typeof v === 'string' && v.length <= max;
const optString = (v, max) => v == null || isString(v, max);
const isOffset = (v) => Number.isSafeInteger(v) && v >= 0;

/** The `TextualBody` values of `item.body` with a purpose. */
function bodyValue(body, purpose) {
  return body.find((b) => isObject(b) && b.purpose === purpose)?.value;
}

/** Checks one item; returns the problems found (empty when it is fine) and the fields read. */
function readItem(item, i) {
  const where = `annotation ${i + 1}`;
  if (!isObject(item) || item.type !== 'Annotation') return { problem: `${where} is not an object of type "Annotation"` };
  const body = Array.isArray(item.body) ? item.body : isObject(item.body) ? [item.body] : null;
  if (!body) return { problem: `${where} has no body` };
  const type = bodyValue(body, 'tagging');
  if (!TYPES.includes(type)) return { problem: `${where}: its type (the body with purpose "tagging") is ${JSON.stringify(type)}, not one of ${TYPES.join(', ')}` };
  const kind = bodyValue(body, 'classifying') ?? null;
  if (type === 'caveat' && !CAVEAT_KINDS.includes(kind)) return { problem: `${where}: a caveat's kind must be one of ${CAVEAT_KINDS.join(', ')}` };
  if (!optString(kind, 40)) return { problem: `${where}: its kind is not a short text` };
  const creator = item.creator?.type === 'Software' ? 'machine' : 'reader';
  const state = bodyValue(body, 'assessing') ?? (creator === 'machine' ? 'suggested' : 'confirmed');
  if (!STATES.includes(state)) return { problem: `${where}: its state must be one of ${STATES.join(', ')}` };
  const comment = bodyValue(body, 'commenting') ?? '';
  if (!isString(comment)) return { problem: `${where}: its comment is not text` };
  const selectors = item.target?.selector;
  const list = Array.isArray(selectors) ? selectors : isObject(selectors) ? [selectors] : [];
  const quote = list.find((s) => isObject(s) && s.type === 'TextQuoteSelector');
  if (!quote || !isString(quote.exact) || !quote.exact || !optString(quote.prefix) || !optString(quote.suffix)) {
    return { problem: `${where} has no TextQuoteSelector with the exact text it marks` };
  }
  const position = list.find((s) => isObject(s) && s.type === 'TextPositionSelector');
  if (position && !(isOffset(position.start) && isOffset(position.end) && position.start < position.end)) {
    return { problem: `${where}: its TextPositionSelector needs whole numbers with start < end` };
  }
  for (const field of ['created', 'modified']) {
    if (item[field] != null && !(isString(item[field], 64) && !Number.isNaN(Date.parse(item[field])))) {
      return { problem: `${where}: "${field}" is not a date` };
    }
  }
  const ext = isObject(item.whosaid) ? item.whosaid : {};
  for (const field of ['speakerId', 'attribution', 'source', 'why', 'rule']) {
    if (!optString(ext[field], field === 'why' ? MAX_STRING : 200)) return { problem: `${where}: whosaid.${field} is not text` };
  }
  const id = isString(item.id, 300) && item.id ? item.id.replace(/^urn:whosaid:annotation:/, '') : null;
  return {
    fields: {
      id,
      type,
      kind,
      state,
      creator,
      comment,
      created: item.created ?? new Date().toISOString(),
      ...(item.modified ? { modified: item.modified } : {}),
      quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: position ? { start: position.start, end: position.end } : null,
      speakerId: ext.speakerId ?? null,
      attribution: ext.attribution ?? null,
      source: ext.source ?? null,
      why: ext.why ?? '',
      rule: ext.rule ?? null,
    },
  };
}

function readSpeakers(list) {
  if (list == null) return [];
  if (!Array.isArray(list)) throw new ImportError('whosaid.speakers is not a list');
  return list.map((s, i) => {
    if (!isObject(s) || !isString(s.id, 200) || !s.id || !isString(s.name, 1000) || !SPEAKER_KINDS.includes(s.kind)) {
      throw new ImportError(`speaker ${i + 1} needs an id, a name and a kind (${SPEAKER_KINDS.join(', ')})`);
    }
    const roles = Array.isArray(s.roles) ? s.roles.filter((r) => isString(r, 1000)) : [];
    return { id: s.id, name: s.name, kind: s.kind, roles, creator: s.creator === 'reader' ? 'reader' : 'machine' };
  });
}

/**
 * Parses and validates a Web Annotation JSON file (an AnnotationCollection as exported, an AnnotationPage, or a list
 * of Annotations). Returns `{items, speakers, source}`; throws an ImportError naming the first problems found.
 */
export function parseWebAnnotations(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ImportError(`This file is not JSON (${e.message}).`);
  }
  let items;
  if (Array.isArray(data)) items = data;
  else if (isObject(data) && data.type === 'AnnotationCollection' && Array.isArray(data.first?.items)) items = data.first.items;
  else if (isObject(data) && data.type === 'AnnotationPage' && Array.isArray(data.items)) items = data.items;
  else if (isObject(data) && data.type === 'Annotation') items = [data];
  else throw new ImportError('This file is JSON but not Web Annotations: expected an AnnotationCollection, as whosaid exports.');
  if (items.length > MAX_ITEMS) throw new ImportError(`This file has ${items.length} annotations; at most ${MAX_ITEMS} can be imported.`);
  const ext = isObject(data.whosaid) ? data.whosaid : {};
  if (Number.isInteger(ext.format) && ext.format > FORMAT) {
    throw new ImportError(`This file was written by a newer whosaid (format ${ext.format}); this page reads format ${FORMAT}.`);
  }
  const problems = [];
  const read = [];
  items.forEach((item, i) => {
    const r = readItem(item, i);
    if (r.problem) problems.push(r.problem);
    else read.push(r.fields);
  });
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
    throw new ImportError(`Nothing was imported: ${problems.slice(0, 3).join('; ')}${more}.`);
  }
  let speakers;
  try {
    speakers = readSpeakers(ext.speakers);
  } catch (e) {
    throw new ImportError(`Nothing was imported: ${e.message}.`);
  }
  return { items: read, speakers, source: isString(ext.source, 200) ? ext.source : null };
}

/**
 * Places parsed items on `text`: `{annotations, speakers, unplaced, moved}`. An item whose quote is no longer found is
 * listed in `unplaced` (`{id, type, exact}`), never dropped silently; `moved` counts those found somewhere else.
 */
export function placeAnnotations(text, { items, speakers }) {
  const map = unitMap(text);
  const annotations = [];
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
