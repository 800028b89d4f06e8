#!/usr/bin/env node
// Writes www/samples/index.json, the list of sample articles the page offers, from the .txt files
// in www/samples/. A static server cannot list a directory, so the page needs this file; the
// build regenerates it so it never falls behind the folder.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLES_DIR = fileURLToPath(new URL('../www/samples/', import.meta.url));
const MAX_TITLE = 80;

/** A sample's title: its first non-blank line, shortened to fit a menu. */
export function titleOf(text, fallback) {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim();
  if (!line) return fallback;
  return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1).trimEnd()}…` : line;
}

/** `[{file, title}]` for every .txt file in `dir`, sorted by file name. */
export function listSamples(dir = SAMPLES_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, title: titleOf(readFileSync(join(dir, file), 'utf8'), file) }));
}

/** Rewrites index.json if the list changed (an empty list too, so the page never gets a 404). */
export function writeSamplesIndex(dir = SAMPLES_DIR) {
  const samples = listSamples(dir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'index.json');
  const json = `${JSON.stringify(samples, null, 2)}\n`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (old !== json) writeFileSync(path, json);
  return samples;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const samples = writeSamplesIndex();
  console.log(`www/samples/index.json: ${samples.length} samples`);
}
