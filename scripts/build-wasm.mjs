#!/usr/bin/env node
// Builds the browser's copy of the core: the release wasm module, wrapped by wasm-bindgen into
// www/pkg/ (an ES module `whosaid.js` plus `whosaid_bg.wasm`), and the list of sample articles the
// page offers (www/samples/index.js). Installs missing tools first.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { ROOT, ensureTools, run } from './ensure-tools.mjs';
import { writeSamplesIndex } from './samples-index.mjs';

const TARGET = 'wasm32-unknown-unknown';
export const PKG_DIR = join(ROOT, 'www', 'pkg');

/** Cargo's target directory, which CARGO_TARGET_DIR or a config file may have moved. */
function targetDir() {
  const r = spawnSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status === 0) return JSON.parse(r.stdout).target_directory;
  return join(ROOT, 'target');
}

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

export function buildWasm() {
  const wasmBindgen = ensureTools();
  // The `wasm` profile of Cargo.toml: the release build at opt-level 2, smaller and nearly as fast.
  run('cargo', ['build', '--profile', 'wasm', '--lib', '--target', TARGET]);
  const wasm = join(targetDir(), TARGET, 'wasm', 'whosaid.wasm');
  run(wasmBindgen, ['--target', 'web', '--out-dir', PKG_DIR, wasm]);
  const bytes = readFileSync(join(PKG_DIR, 'whosaid_bg.wasm'));
  console.log(`www/pkg/whosaid_bg.wasm: ${kib(bytes.length)} raw, ${kib(gzipSync(bytes, { level: 9 }).length)} gzipped`);
  const samples = writeSamplesIndex();
  console.log(`www/samples/index.js: ${samples.length} sample${samples.length === 1 ? '' : 's'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildWasm();
  } catch (e) {
    console.error(`build-wasm: ${e.message}`);
    process.exit(1);
  }
}
