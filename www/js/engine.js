// The page's only door to the wasm core: loads it once and annotates one document per call.
//
// `annotate` is async although the core is synchronous, so that moving the core into a worker
// later changes this module only.

import init, { Annotator, version } from '../pkg/whosaid.js';

/** Loads the core; resolves to `{version, annotate(text) → Promise<Analysis>}`. */
export async function loadEngine() {
  await init();
  const annotator = new Annotator();
  return {
    version: version(),
    // Spans in the result count UTF-16 code units: `text.slice(span.start, span.end)`.
    annotate: async (text) => annotator.annotate(text),
  };
}
