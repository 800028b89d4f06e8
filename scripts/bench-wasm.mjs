#!/usr/bin/env node
// Throughput of the browser's core: the wasm module in www/pkg/ (build it first with
// `npm run build`), loaded in Node the way the page loads it, annotating every `.txt` under
// WHOSAID_BENCH_DIR (default ../shared/data/polnear/train/text beside the repository). Prints
// MB/s for each of WHOSAID_BENCH_ROUNDS (default 3) passes over the articles, after one warm-up
// pass. `npm run bench:wasm`; `node scripts/bench-wasm.mjs PKG_DIR` measures another build.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT } from './ensure-tools.mjs';

const pkg = resolve(process.argv[2] ?? join(ROOT, 'www', 'pkg'));
const dir = process.env.WHOSAID_BENCH_DIR ?? join(ROOT, '..', 'shared', 'data', 'polnear', 'train', 'text');
const rounds = Number(process.env.WHOSAID_BENCH_ROUNDS ?? 3);

function fail(message) {
  console.error(`bench-wasm: ${message}`);
  process.exit(1);
}

if (!existsSync(join(pkg, 'whosaid_bg.wasm'))) fail(`no whosaid_bg.wasm in ${pkg}: run \`npm run build\` first`);
if (!existsSync(dir)) fail(`no articles at ${dir}: set WHOSAID_BENCH_DIR to a folder of .txt files`);
if (!(Number.isInteger(rounds) && rounds > 0)) fail('WHOSAID_BENCH_ROUNDS must be a whole number above 0');

const wasm = await import(pathToFileURL(join(pkg, 'whosaid.js')).href);
wasm.initSync({ module: readFileSync(join(pkg, 'whosaid_bg.wasm')) });
const annotator = new wasm.Annotator();
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
if (texts.length === 0) fail(`no .txt files in ${dir}`);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`${pkg}: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);

for (const t of texts) annotator.annotate(t);
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  for (const t of texts) annotator.annotate(t);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`round ${r + 1}: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
}
