// Who the article quotes: each speaker with their claims, unnamed sources grouped, and a one-line balance. Pure.

import { isUnnamed } from './annotation.js';

/**
 * @import { Annotation, Speaker } from './types'
 * @typedef {{speaker: Speaker, claims: Annotation[], mentions: number}} SourceEntry a speaker, their claims and how often they are named
 */

/**
 * One claim per attribution: the pieces of an interrupted quotation count once, listed by their first piece.
 * @param {Annotation[]} claims
 */
function claimsOf(claims) {
  /** @type {Map<string, Annotation>} */
  const seen = new Map();
  for (const c of claims) {
    const k = c.attribution ?? c.id;
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/** @type {(n: number, one: string, many?: string) => string} */
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `{named, unnamed, unsourced, balance}`: `named` and `unnamed` are `[{speaker, claims, mentions}]`, most claims first;
 * `unsourced` the claims tied to no speaker. Rejected annotations don't count.
 * @param {Annotation[]} annotations
 * @param {Speaker[]} speakers
 */
export function summarise(annotations, speakers) {
  const live = annotations.filter((a) => a.state !== 'rejected');
  /** @type {Map<string, SourceEntry>} */
  const byId = new Map(speakers.map((s) => [s.id, { speaker: s, claims: [], mentions: 0 }]));
  /** @type {Annotation[]} */
  const unsourcedPieces = [];
  /** @type {Map<SourceEntry, Annotation[]>} */
  const claimPieces = new Map();
  for (const a of live) {
    const entry = a.speakerId ? byId.get(a.speakerId) : undefined;
    if (a.type === 'speaker' && entry) entry.mentions += 1;
    if (a.type === 'claim') {
      if (!entry) unsourcedPieces.push(a);
      else {
        const pieces = claimPieces.get(entry);
        if (pieces) pieces.push(a);
        else claimPieces.set(entry, [a]);
      }
    }
  }
  for (const [entry, pieces] of claimPieces) entry.claims = claimsOf(pieces);
  /** @type {(x: SourceEntry, y: SourceEntry) => number} */
  const order = (x, y) => y.claims.length - x.claims.length || y.mentions - x.mentions || x.speaker.name.localeCompare(y.speaker.name);
  const present = [...byId.values()].filter((e) => e.claims.length || e.mentions);
  const named = present.filter((e) => !isUnnamed(e.speaker)).sort(order);
  const unnamed = present.filter((e) => isUnnamed(e.speaker)).sort(order);
  const unsourced = claimsOf(unsourcedPieces);
  return { named, unnamed, unsourced, balance: balance(named, unnamed, unsourced) };
}

/**
 * @param {SourceEntry[]} named
 * @param {SourceEntry[]} unnamed
 * @param {Annotation[]} unsourced
 */
function balance(named, unnamed, unsourced) {
  const voices = [...named, ...unnamed].filter((e) => e.claims.length);
  if (!voices.length && !unsourced.length) return 'No claims are marked yet.';
  const namedVoices = named.filter((e) => e.claims.length);
  /** @param {SourceEntry[]} list */
  const claimsBy = (list) => list.reduce((n, e) => n + e.claims.length, 0);
  const total = claimsBy(voices) + unsourced.length;
  const parts = [
    `${plural(voices.length, 'voice')}: ${namedVoices.length} named, ${voices.length - namedVoices.length} anonymous or unnamed`,
    `${claimsBy(namedVoices)} of ${plural(total, 'claim')} come from named sources`,
  ];
  if (unsourced.length) parts.push(`${unsourced.length} from no identified source`);
  return `${parts.join('; ')}.`;
}
