// Export formats for an article's annotations: W3C Web Annotation JSON, brat standoff (.txt + .ann, the shape
// `whosaid annotate --format brat` writes) and CSV. Pure functions from the store's data to strings.
//
// The W3C TextPositionSelector and brat both count Unicode code points, so offsets are converted from the page's
// UTF-16 units here, once per document.

import { byPosition } from './annotation.js';
import { unitMap } from './units.js';

/** @import { Annotation, Article, Speaker, Span } from './types' */

export const CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
/** Version of the `whosaid` extension fields in the JSON; import refuses newer ones. */
export const FORMAT = 1;

const MACHINE = { id: 'urn:whosaid:machine', type: 'Software', name: 'whosaid' };
const READER = { id: 'urn:whosaid:reader', type: 'Person', name: 'reader' };

/**
 * The IRI an article's annotations target: the SHA-256 of its text.
 * @param {{key: string}} article
 */
export const sourceOf = (article) => `urn:sha256:${article.key}`;

/** @type {(purpose: string, value: string) => {type: string, purpose: string, value: string, format: string}} */
const textual = (purpose, value) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

/**
 * One annotation as a W3C Web Annotation; `map` converts its offsets to code points.
 * @param {Annotation} a
 * @param {string} source
 * @param {ReturnType<typeof unitMap>} map
 */
function webAnnotation(a, source, map) {
  const body = [textual('tagging', a.type)];
  if (a.kind) body.push(textual('classifying', a.kind));
  body.push(textual('assessing', a.state));
  if (a.comment) body.push(textual('commenting', a.comment));
  return {
    id: `urn:whosaid:annotation:${a.id}`,
    type: 'Annotation',
    motivation: a.type === 'note' ? 'commenting' : 'classifying',
    created: a.created,
    ...(a.modified ? { modified: a.modified } : {}),
    creator: a.creator === 'machine' ? MACHINE : READER,
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: map.toCodePoints(a.start), end: map.toCodePoints(a.end) },
      ],
    },
    whosaid: { speakerId: a.speakerId, attribution: a.attribution, source: a.source, why: a.why, rule: a.rule },
  };
}

/**
 * An AnnotationCollection of every annotation (rejected ones too, with their state), as an object.
 * @param {Article} article
 * @param {Annotation[]} annotations
 * @param {Speaker[]} speakers
 * @param {string} [now]
 */
export function toWebAnnotations(article, annotations, speakers, now = new Date().toISOString()) {
  const source = sourceOf(article);
  const map = unitMap(article.text);
  const items = [...annotations].sort(byPosition).map((a) => webAnnotation(a, source, map));
  return {
    '@context': CONTEXT_URL,
    type: 'AnnotationCollection',
    label: article.title,
    total: items.length,
    generated: now,
    generator: MACHINE,
    whosaid: { format: FORMAT, source, textLength: map.length, speakers },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The brat text-bound line's covered text: on one line, as the command line writes it. */
/** @param {string} s */
const oneLine = (s) => s.replace(/[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g, ' ');

/**
 * brat standoff for the annotations that are not rejected, in the command line's layout: per attribution a `Source`,
 * `Cue` and `Content` T-line, an `Attribution` trigger on the cue and an `E` line; then each caveat as a `Caveat`
 * T-line with an `A… Kind` line. Claims without a cue get a `Content` line alone, notes a `Note` line, and every
 * comment an `AnnotatorNotes` line. Offsets count code points.
 * @param {string} text
 * @param {Annotation[]} annotations
 */
export function toBrat(text, annotations) {
  const map = unitMap(text);
  const live = annotations.filter((a) => a.state !== 'rejected').sort(byPosition);
  const byId = new Map(live.map((a) => [a.id, a]));
  /** @type {string[]} */
  const lines = [];
  /** @type {[string, string][]} */
  const notes = [];
  let t = 0;
  /** @type {(type: string, spans: Span[], comments?: (string | undefined)[]) => string | null} */
  const tLine = (type, spans, comments = []) => {
    if (!spans.length) return null;
    t += 1;
    const offsets = spans.map((s) => `${map.toCodePoints(s.start)} ${map.toCodePoints(s.end)}`).join(';');
    lines.push(`T${t}\t${type} ${offsets}\t${spans.map((s) => oneLine(text.slice(s.start, s.end))).join(' ')}`);
    for (const c of comments) if (c) notes.push([`T${t}`, c]);
    return `T${t}`;
  };

  // Attributions: one per cue, in the order the core numbered them (a reader's last), and claims with no cue.
  /** @param {Annotation} a */
  const groupOrder = (a) => (a.attribution && /^A\d+$/.test(a.attribution) ? Number(a.attribution.slice(1)) : Infinity);
  const cues = live.filter((a) => a.type === 'cue').sort((x, y) => groupOrder(x) - groupOrder(y) || byPosition(x, y));
  /** @type {Set<string>} */
  const claimed = new Set();
  // A source two cues share ("She said … and added …") is one T-line both events name, as the command line and the
  // gold files write it: a second line over the same words would be a second mark there.
  /** @type {Map<string, string | null>} the T-line of each source span written, by its offsets */
  const sourceLines = new Map();
  /** @type {Set<string>} the source marks whose comment is written */
  const commented = new Set();
  let events = 0;
  for (const cue of cues) {
    const claims = live.filter((a) => a.type === 'claim' && a.attribution && a.attribution === cue.attribution);
    claims.forEach((c) => claimed.add(c.id));
    const source = cue.source ? byId.get(cue.source) : undefined;
    let s = null;
    if (source) {
      const key = `${source.start}:${source.end}`;
      if (!sourceLines.has(key)) sourceLines.set(key, tLine('Source', [source]));
      s = sourceLines.get(key) ?? null;
      if (s && source.comment && !commented.has(source.id)) notes.push([s, source.comment]);
      commented.add(source.id);
    }
    const c = tLine('Cue', [cue], [cue.comment]);
    const content = tLine('Content', claims, claims.map((x) => x.comment));
    const trigger = tLine('Attribution', [cue]);
    events += 1;
    lines.push(`E${events}\tAttribution:${trigger}${s ? ` Source:${s}` : ''} Cue:${c}${content ? ` Content:${content}` : ''}`);
  }
  for (const claim of live.filter((a) => a.type === 'claim' && !claimed.has(a.id))) tLine('Content', [claim], [claim.comment]);

  let attrs = 0;
  for (const cav of live.filter((a) => a.type === 'caveat')) {
    const id = tLine('Caveat', [cav], [cav.comment]);
    attrs += 1;
    lines.push(`A${attrs}\tKind ${id} ${cav.kind ?? 'hedge'}`);
  }
  for (const note of live.filter((a) => a.type === 'note')) tLine('Note', [note], [note.comment]);

  notes.forEach(([target, comment], i) => lines.push(`#${i + 1}\tAnnotatorNotes ${target}\t${oneLine(comment)}`));
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * A CSV cell: quoted when needed; a leading = + - @ is escaped so spreadsheets don't run it as a formula.
 * @param {unknown} v
 */
export function cell(v) {
  let s = v == null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['id', 'type', 'kind', 'state', 'creator', 'created', 'modified', 'start', 'end', 'text', 'speaker', 'comment', 'why'];

/**
 * One row per annotation; `start`/`end` count code points, like the command line's JSON.
 * @param {string} text
 * @param {Annotation[]} annotations
 * @param {Speaker[]} speakers
 */
export function toCsv(text, annotations, speakers) {
  const map = unitMap(text);
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  const rows = [...annotations].sort(byPosition).map((a) => [
    a.id, a.type, a.kind, a.state, a.creator, a.created, a.modified, map.toCodePoints(a.start), map.toCodePoints(a.end),
    text.slice(a.start, a.end), a.speakerId ? names.get(a.speakerId) : '', a.comment, a.why,
  ]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
