// The annotation worker: builds the wasm core once and turns each article into suggested annotations, off the main thread.
//
// Messages in: `{id, text}`. Messages out: `{ready: true, version}` once loaded, or `{ready: false, error}`;
// then per request `{id, json}`, the JSON of `{annotations, speakers, ms}`, or `{id, error}`.

import init, { Annotator, version } from '../pkg/whosaid.js';
import { messageOf } from './errors.js';
import { fromAnalysis } from './machine.js';

/** @import { Analysis } from './types' */

const loaded = init().then(() => new Annotator());

loaded.then(
  () => postMessage({ ready: true, version: version() }),
  (e) => postMessage({ ready: false, error: messageOf(e) }),
);

/** @param {MessageEvent<{id: number, text: string}>} event */
self.onmessage = async ({ data: { id, text } }) => {
  try {
    const annotator = await loaded;
    const t0 = performance.now();
    // The core's one plain result object, in UTF-16 units (README, "JSON schema").
    const analysis = /** @type {Analysis} */ (annotator.annotate(text));
    const result = fromAnalysis(text, analysis, new Date().toISOString());
    // As JSON: the page parses a long article's thousands of annotations faster than it would take them apart
    // from a structured clone, and that time is the page's main thread's.
    postMessage({ id, json: JSON.stringify({ ...result, ms: performance.now() - t0 }) });
  } catch (e) {
    postMessage({ id, error: messageOf(e) });
  }
};
