#!/usr/bin/env node
// `npm test`: every check the project has, in one command, which CI runs as is.
//
// Runs each step even when an earlier one failed (so one red step doesn't hide the state of the
// rest), except that the type check, the JS and the browser tests need a fresh wasm build and are skipped without
// one.
// Exits non-zero if any step failed or was skipped.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './ensure-tools.mjs';

const node = process.execPath;
const tsc = 'node_modules/typescript/bin/tsc';
// Test files named one by one: Node 20 takes a directory, later versions take globs instead.
const testFiles = (dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => `${dir}/${f}`);
const steps = [
  { name: 'rustfmt', cmd: 'cargo', args: ['fmt', '--check'] },
  { name: 'clippy', cmd: 'cargo', args: ['clippy', '--all-targets', '--', '-D', 'warnings'] },
  { name: 'rust tests', cmd: 'cargo', args: ['test'] },
  { name: 'wasm build', cmd: node, args: ['scripts/build-wasm.mjs'] },
  // The page's JSDoc types, checked against the .d.ts the wasm build writes: the page, then the worker's own scope.
  { name: 'typecheck', cmd: node, args: [tsc, '--noEmit', '-p', 'www/jsconfig.json'], needs: 'wasm build' },
  { name: 'typecheck (worker)', cmd: node, args: [tsc, '--noEmit', '-p', 'www/jsconfig.worker.json'], needs: 'wasm build' },
  { name: 'js tests', cmd: node, args: ['--test', ...testFiles('tests/js')], needs: 'wasm build' },
  { name: 'browser tests', cmd: node, args: ['--test', ...testFiles('tests/browser')], needs: 'wasm build' },
];

const results = new Map();
for (const step of steps) {
  if (step.needs && results.get(step.needs)?.status !== 'ok') {
    results.set(step.name, { status: 'skipped', why: `${step.needs} failed` });
    continue;
  }
  console.log(`\n=== ${step.name}: ${[step.cmd === node ? 'node' : step.cmd, ...step.args].join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(step.cmd, step.args, { cwd: ROOT, stdio: 'inherit' });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const ok = !r.error && r.status === 0;
  results.set(step.name, {
    status: ok ? 'ok' : 'FAILED',
    why: r.error ? r.error.message : ok ? `${secs} s` : `exit ${r.status ?? r.signal}, ${secs} s`,
  });
}

console.log('\n=== npm test summary');
for (const [name, { status, why }] of results) console.log(`${status.padEnd(8)} ${name} (${why})`);
const bad = [...results.values()].filter((r) => r.status !== 'ok').length;
process.exit(bad ? 1 : 0);
