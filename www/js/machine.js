// Turns the core's Analysis into the page's own data: suggested annotations made by the machine, and the speaker list.
//
// Pure: runs in the worker, and in Node's tests. Every speaker mention, cue, claim and caveat becomes one annotation
// (empty spans are dropped). A source that no speaker mention covers still gets a speaker mark.

import { byPosition, makeAnnotation } from './annotation.js';

/** @import { Analysis, Annotation, Span, Speaker } from './types' */

/**
 * The core's own explanation of a speaker when it gives one, with the roles found beside the name.
 * @param {{name: string, roles?: string[], why?: string}} speaker
 */
function speakerWhy(speaker) {
  const roles = speaker.roles?.length ? ` (${speaker.roles.join('; ')})` : '';
  if (speaker.why) return `${speaker.why}${roles}`;
  return `refers to ${speaker.name}${roles}, a source this article reports as saying something`;
}

/** @param {Span} s */
const key = (s) => `${s.start}:${s.end}`;
/**
 * @param {Span | null | undefined} s
 * @returns {s is Span}
 */
const nonEmpty = (s) => !!s && s.end > s.start;

/**
 * `{annotations, speakers}` for `analysis` of `text`, every annotation created at `created` and sorted by position.
 * @param {string} text
 * @param {Partial<Analysis>} analysis
 * @param {string} [created]
 * @returns {{annotations: Annotation[], speakers: Speaker[]}}
 */
export function fromAnalysis(text, analysis, created = new Date().toISOString()) {
  const speakers = (analysis.speakers ?? []).map((s, i) => ({
    id: `S${i + 1}`,
    name: s.name,
    kind: s.kind,
    roles: s.roles ?? [],
    creator: 'machine',
  }));
  /** @type {Annotation[]} */
  const annotations = [];
  /**
   * @param {string} type
   * @param {Span | null | undefined} span
   * @param {Partial<Annotation>} fields
   */
  const add = (type, span, fields) => {
    if (!nonEmpty(span)) return null;
    const a = makeAnnotation(text, { ...fields, type, start: span.start, end: span.end, creator: 'machine', created, id: 'tmp' });
    annotations.push(a);
    return a;
  };

  /** @type {Map<string, Annotation>} */
  const mentionAt = new Map();
  /** @type {Map<Annotation, Annotation>} Each cue's source mark, tied by object until the ids are final. */
  const sourceOf = new Map();
  (analysis.speakers ?? []).forEach((s, i) => {
    for (const m of s.mentions ?? []) {
      const a = add('speaker', m, { speakerId: speakers[i].id, why: speakerWhy(s) });
      if (a) mentionAt.set(key(m), a);
    }
  });

  (analysis.attributions ?? []).forEach((att, i) => {
    const group = `A${i + 1}`;
    let speakerId = att.speaker != null ? speakers[att.speaker]?.id ?? null : null;
    let source = nonEmpty(att.source) ? mentionAt.get(key(att.source)) : null;
    if (nonEmpty(att.source) && !source) {
      if (!speakerId) {
        speakerId = `S${speakers.length + 1}`;
        speakers.push({ id: speakerId, name: text.slice(att.source.start, att.source.end), kind: 'unknown', roles: [], creator: 'machine' });
      }
      source = add('speaker', att.source, { speakerId, why: 'the source of this attribution; it could not be tied to a named speaker' });
      if (source) mentionAt.set(key(att.source), source);
    }
    const shared = { kind: att.kind, speakerId, attribution: group, rule: att.rule, why: att.why };
    const cue = add('cue', att.cue, shared);
    if (cue && source) sourceOf.set(cue, source);
    for (const c of att.content ?? []) add('claim', c, shared);
  });

  (analysis.caveats ?? []).forEach((c) => {
    add('caveat', c.span, { kind: c.kind, attribution: c.attribution != null ? `A${c.attribution + 1}` : null, rule: c.cue, why: c.why });
  });

  annotations.sort(byPosition);
  annotations.forEach((a, i) => (a.id = `m${i + 1}`));
  for (const [cue, source] of sourceOf) cue.source = source.id;
  return { annotations, speakers };
}
