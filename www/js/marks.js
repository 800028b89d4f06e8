// Turns the core's Analysis into the flat list of marks the page draws.
//
// A mark is `{id, layer, kind, start, end, label, why, rule?, cue?}`: `layer` is one of LAYERS,
// `kind` refines it (a caveat's kind, an attribution's kind, a speaker's kind), offsets are the
// Analysis's own (UTF-16 units in the browser). The list is sorted so that a mark comes before
// any mark it contains, which lets the highlighter nest inner marks inside outer ones.

/** Drawing order from outermost to innermost when two marks cover the same text. */
export const LAYERS = ['claim', 'speaker', 'cue', 'caveat'];

export const CAVEAT_KINDS = ['hedge', 'denial', 'evidence', 'distancing', 'anonymous'];

const LAYER_NAMES = { claim: 'Claim', speaker: 'Speaker', cue: 'Reporting cue', caveat: 'Caveat' };

/** A short human label for a mark's layer and kind, e.g. "Caveat: hedge". */
export function describe(mark) {
  return mark.kind ? `${LAYER_NAMES[mark.layer]}: ${mark.kind}` : LAYER_NAMES[mark.layer];
}

function speakerWhy(speaker) {
  const roles = speaker.roles?.length ? ` (${speaker.roles.join('; ')})` : '';
  return `Refers to ${speaker.name}${roles}, a source this article reports as saying something.`;
}

const key = (s) => `${s.start}:${s.end}`;

/** All marks for `analysis`, sorted by start, then longer first, then by LAYERS order. */
export function marksFromAnalysis(analysis) {
  const marks = [];
  const add = (layer, span, fields) => {
    if (!span || !(span.end > span.start)) return;
    marks.push({ id: `${layer}-${marks.length}`, layer, start: span.start, end: span.end, ...fields });
  };

  const mentioned = new Set();
  (analysis.speakers ?? []).forEach((speaker, i) => {
    for (const m of speaker.mentions ?? []) {
      mentioned.add(key(m));
      add('speaker', m, { kind: speaker.kind, label: speaker.name, speaker: i, why: speakerWhy(speaker) });
    }
  });

  (analysis.attributions ?? []).forEach((a, i) => {
    const who = a.speaker != null ? analysis.speakers?.[a.speaker]?.name : undefined;
    add('cue', a.cue, { kind: a.kind, attribution: i, label: who, rule: a.rule, why: a.why });
    for (const c of a.content ?? []) {
      add('claim', c, { kind: a.kind, attribution: i, label: who, rule: a.rule, why: a.why });
    }
    // A source the speaker list does not cover (e.g. not resolved to anyone) is still shown.
    if (a.source && !mentioned.has(key(a.source))) {
      mentioned.add(key(a.source));
      add('speaker', a.source, {
        kind: 'unknown',
        attribution: i,
        label: who,
        why: 'The source of this attribution; it could not be tied to a named speaker.',
      });
    }
  });

  (analysis.caveats ?? []).forEach((c, i) => {
    add('caveat', c.span, { kind: c.kind, caveat: i, attribution: c.attribution ?? undefined, cue: c.cue, why: c.why });
  });

  const order = (m) => LAYERS.indexOf(m.layer);
  return marks.sort((x, y) => x.start - y.start || y.end - x.end || order(x) - order(y));
}

/** How many marks of each layer, and of each caveat kind: `{claim: 3, …, hedge: 1, …}`. */
export function countMarks(marks) {
  const counts = Object.fromEntries([...LAYERS, ...CAVEAT_KINDS].map((k) => [k, 0]));
  for (const m of marks) {
    counts[m.layer] += 1;
    if (m.layer === 'caveat' && m.kind in counts) counts[m.kind] += 1;
  }
  return counts;
}
