// What an annotation is: its types, caveat kinds, states and creators, and how a new one is made.
//
// An annotation is `{id, type, kind, start, end, quote: {exact, prefix, suffix}, creator, created, state, comment,
// speakerId, attribution, source, why, rule}`. Offsets are UTF-16 code units, half-open. `kind` is the caveat kind for
// caveats and the attribution kind (direct, indirect, mixed) for claims and cues. `speakerId` names an entry of the
// speaker list (who said a claim or cue; whom a speaker mark refers to). `attribution` groups the cue, claims and source of
// one attribution; `source` is the id of the cue's source mark. A speaker is `{id, name, kind, roles, creator}`.

import { quoteAt } from './quote.js';

/** @import { Annotation, Span } from './types' */

export const TYPES = ['speaker', 'claim', 'cue', 'caveat', 'note'];
export const CAVEAT_KINDS = ['hedge', 'denial', 'evidence', 'distancing', 'anonymous'];
export const STATES = ['suggested', 'confirmed', 'rejected'];
export const CREATORS = ['machine', 'reader'];
export const SPEAKER_KINDS = ['person', 'organisation', 'anonymous', 'unknown'];

/**
 * Speakers whose name a reader cannot check.
 * @param {{kind: string} | null | undefined} speaker
 */
export const isUnnamed = (speaker) => speaker?.kind === 'anonymous' || speaker?.kind === 'unknown';

/**
 * A fresh id for a reader's annotation or speaker.
 * @param {string} prefix
 */
export function newId(prefix) {
  const r = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${r}`;
}

/**
 * A complete annotation of `text.slice(start, end)`, with its quote, defaults for every field not given.
 * @param {string} text
 * @param {Span & {type: string} & Partial<Annotation>} fields
 * @returns {Annotation}
 */
export function makeAnnotation(text, { start, end, type, ...rest }) {
  return {
    id: rest.id ?? newId('r'),
    type,
    kind: rest.kind ?? (type === 'caveat' ? 'hedge' : null),
    start,
    end,
    quote: quoteAt(text, start, end),
    creator: rest.creator ?? 'reader',
    created: rest.created ?? new Date().toISOString(),
    state: rest.state ?? (rest.creator === 'machine' ? 'suggested' : 'confirmed'),
    comment: rest.comment ?? '',
    speakerId: rest.speakerId ?? null,
    attribution: rest.attribution ?? null,
    source: rest.source ?? null,
    why: rest.why ?? '',
    rule: rest.rule ?? null,
  };
}

/** Which type is drawn outside which when two cover the same words: outermost first. */
const NESTING = ['note', 'claim', 'speaker', 'cue', 'caveat'];

/**
 * Sorts annotations by start, then longer first, then by NESTING, so a mark comes before any mark inside it.
 * @param {Span & {type: string, id: string}} a
 * @param {Span & {type: string, id: string}} b
 */
export function byPosition(a, b) {
  return (
    a.start - b.start ||
    b.end - a.end ||
    NESTING.indexOf(a.type) - NESTING.indexOf(b.type) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
