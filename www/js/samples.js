// The bundled sample articles, which come with the page (www/samples/index.js is written by the build).

import samples from '../samples/index.js';

/** `[{file, title, text}]`, sorted by file name. */
export const SAMPLES = samples;

/**
 * The sample called `file`, or undefined.
 * @param {string} file
 */
export const sampleNamed = (file) => samples.find((s) => s.file === file);
