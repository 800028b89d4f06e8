// Words for people: what each type and kind of mark is called, and why it matters to a careful reader.

/** @import { Annotation, Speaker } from './types' */

/** @type {Record<string, string>} */
const TYPE_NAMES = { speaker: 'Speaker', claim: 'Claim', cue: 'Reporting cue', caveat: 'Caveat', note: 'Note' };
/** @type {Record<string, string>} */
const STATE_NAMES = { suggested: 'suggested', confirmed: 'confirmed', rejected: 'rejected' };

/** Why each type or caveat kind matters, in one sentence. */
/** @type {Record<string, string>} */
export const MATTERS = {
  speaker: 'Knowing who speaks lets you ask what they know, and what they stand to gain.',
  claim: 'This is what a source asserts, not what the reporter has established: weigh it by who said it.',
  cue: 'The reporting verb frames the claim: "said" is neutral, "admitted" or "insisted" take a side.',
  note: 'A note of your own.',
  hedge: 'A hedge lowers the certainty: the claim is offered as possible, not as established.',
  denial: 'A denial is a claim too: it needs evidence as much as the accusation it answers.',
  evidence: 'An evidence statement tells you how well the claim is supported, or that it is not.',
  distancing: 'Distancing shows the writer keeping these words at arm’s length, not vouching for them.',
  anonymous: 'An anonymous source cannot be checked: you have to trust the reporter’s judgement of them.',
};

/**
 * "Caveat: hedge", "Claim", …
 * @param {{type: string, kind?: string | null}} a
 */
export function typeName(a) {
  const base = TYPE_NAMES[a.type] ?? a.type;
  return a.type === 'caveat' && a.kind ? `${base}: ${a.kind}` : base;
}

/**
 * The speaker list entry an annotation refers to, or undefined.
 * @param {{speakerId?: string | null}} a
 * @param {Speaker[]} speakers
 */
export const speakerOf = (a, speakers) => (a.speakerId ? speakers.find((s) => s.id === a.speakerId) : undefined);

/**
 * A short label for screen readers and tooltips: "Claim by Dmitry Peskov, suggested".
 * @param {Annotation} a
 * @param {Speaker[]} speakers
 */
export function label(a, speakers = []) {
  const who = speakerOf(a, speakers);
  const by = who && (a.type === 'claim' || a.type === 'cue') ? ` by ${who.name}` : who && a.type === 'speaker' ? ` ${who.name}` : '';
  return `${typeName(a)}${by}, ${STATE_NAMES[a.state] ?? a.state}${a.comment ? ', with a comment' : ''}`;
}

/**
 * The sentence on why this annotation matters.
 * @param {Annotation} a
 */
export function matters(a) {
  return (a.type === 'caveat' ? MATTERS[a.kind ?? ''] : MATTERS[a.type]) ?? '';
}

/**
 * Who made it and when, for the card: "Suggested by whosaid", "Added by you on 3 May 2025, 14:02".
 * @param {Annotation} a
 */
export function provenance(a) {
  const when = a.modified ?? a.created;
  const date = when ? new Date(when) : null;
  const at = date && !Number.isNaN(date.getTime()) ? ` · ${date.toLocaleString()}` : '';
  const who = a.creator === 'machine' ? 'found by whosaid' : 'added by you';
  return `${STATE_NAMES[a.state] ?? a.state}, ${who}${at}`;
}
