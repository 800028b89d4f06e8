// The data the page's modules share, for `npm run typecheck` only (the browser never loads this file). Offsets in
// the page are UTF-16 code units; in exercises and submissions, Unicode code points; both half-open. The page's
// controllers and state are typed in app.d.ts, apart, so that the worker's pure modules can use these types too.

export interface Span {
  start: number;
  end: number;
}

/** A TextQuoteSelector's fields. */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** One mark on the article (see annotation.js). */
export interface Annotation extends Span {
  id: string;
  /** speaker, claim, cue, caveat or note */
  type: string;
  /** the caveat kind for caveats; the attribution kind (direct, indirect, mixed) for claims and cues */
  kind: string | null;
  quote: Quote;
  /** machine or reader */
  creator: string;
  created: string;
  modified?: string;
  /** suggested, confirmed or rejected */
  state: string;
  comment: string;
  speakerId: string | null;
  attribution: string | null;
  source: string | null;
  why: string;
  rule: string | null;
}

export interface Speaker {
  id: string;
  name: string;
  /** person, organisation, anonymous or unknown */
  kind: string;
  roles: string[];
  creator: string;
}

/** The open article. `source` says where it came from: a sample's file name, 'pasted', 'file', 'recent', 'exercise'. */
export interface Article {
  key: string;
  title: string;
  text: string;
  source?: string;
}

export interface StoreState {
  article: Article | null;
  annotations: Annotation[];
  speakers: Speaker[];
}

/** The part of the state an edit changes, and what it returns. */
export interface Doc {
  annotations: Annotation[];
  speakers: Speaker[];
}
export type Edit = (doc: Doc) => Partial<Doc>;

/** What the wasm core's `annotate` returns, in UTF-16 units (README, "JSON schema"). */
export interface Analysis {
  paragraphs: Span[];
  sentences: Span[];
  quotes: { span: Span; inner: Span; closed: boolean }[];
  attributions: {
    kind: string;
    cue: Span;
    source: Span | null;
    content: Span[];
    speaker: number | null;
    rule: string;
    why: string;
  }[];
  speakers: { name: string; kind: string; roles: string[]; mentions: Span[]; why?: string }[];
  caveats: { kind: string; span: Span; cue: string; attribution: number | null; why: string }[];
}

/** The worker's answer for one article. */
export interface EngineResult {
  annotations: Annotation[];
  speakers: Speaker[];
  ms: number;
}

/** A mark in an exercise or a submission, in code points. */
export interface Mark extends Span {
  id?: string;
  layer: string;
  kind: string | null;
  exact: string;
}
export interface KeyItem extends Mark {
  id: string;
  note: string;
}
export interface Suggestion extends Mark {
  why: string;
}
export interface Scope {
  layers: string[];
  caveatKinds: string[];
}

export interface Exercise extends Scope {
  format: string;
  version: number;
  id: string;
  title: string;
  created: string;
  instructions: string;
  article: { text: string; sha256: string };
  key: KeyItem[];
  suggestions: Suggestion[];
  integrity: { algorithm: string; key: string; exercise?: string };
}

export interface Submission {
  format: string;
  version: number;
  exercise: { id: string; title: string; key: string };
  student: string;
  submitted: string;
  hintsUsed: number;
  marks: Mark[];
  integrity: { algorithm: string; submission?: string };
  /** The file it was read from, in the class overview. */
  file?: string;
}

/** A saved article (storage.js). */
export interface SavedRecord {
  key: string;
  title: string;
  text: string;
  annotations: Annotation[];
  speakers: Speaker[];
  saved: string;
  teacher?: { exerciseId: string };
  exercise?: Exercise;
  progress?: { hintsUsed: number; revealed: number[]; student: string };
}
export interface SavedMeta {
  key: string;
  title: string;
  saved: string;
  count: number;
}
