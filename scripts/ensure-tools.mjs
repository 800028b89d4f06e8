#!/usr/bin/env node
// Makes sure the tools the build and tests need are installed: the npm packages (npm ci, when
// node_modules is missing), the wasm32-unknown-unknown target, and the wasm-bindgen CLI at exactly
// the version Cargo.lock pins for the wasm-bindgen crate (the CLI refuses to process a module
// built against another version). Run it directly, or import `ensureTools()`; it returns the path
// of the wasm-bindgen binary to use.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 'wasm32-unknown-unknown';

/** Runs a command, inheriting stdio; throws with the command line if it fails. */
export function run(cmd, args, opts = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** Runs a command and returns its stdout, or null if it could not be run or failed. */
function capture(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  return r.error || r.status !== 0 ? null : r.stdout;
}

/** The version of the `wasm-bindgen` package in a Cargo.lock, or null if it is not there. */
export function wasmBindgenVersionFromLock(lockText) {
  for (const block of lockText.split('[[package]]')) {
    if (/^name = "wasm-bindgen"$/m.test(block)) {
      const m = /^version = "([^"]+)"$/m.exec(block);
      if (m) return m[1];
    }
  }
  return null;
}

/** Parses `wasm-bindgen --version` output ("wasm-bindgen 0.2.130" or with a commit hash after). */
export function parseWasmBindgenVersion(output) {
  const m = /wasm-bindgen (\d+\.\d+\.\d+\S*)/.exec(output ?? '');
  return m ? m[1] : null;
}

function cargoBin() {
  return join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin');
}

/**
 * Finds a wasm-bindgen to run, on PATH or in cargo's install directory: one of version `wanted` if
 * there is one, else the first found, else `{exe: null, version: null}`.
 */
function findWasmBindgen(wanted) {
  const found = [];
  for (const exe of ['wasm-bindgen', join(cargoBin(), 'wasm-bindgen')]) {
    const version = parseWasmBindgenVersion(capture(exe, ['--version']));
    if (version === wanted) return { exe, version };
    if (version) found.push({ exe, version });
  }
  return found[0] ?? { exe: null, version: null };
}

/** The packages a lock file lists (its `node_modules/…` entries), leaving out optional ones. */
function lockedPackages(lockFile) {
  const { packages = {} } = JSON.parse(readFileSync(lockFile, 'utf8'));
  return Object.entries(packages)
    .filter(([path, info]) => path.startsWith('node_modules/') && !info.optional)
    .map(([path]) => path);
}

function ensureNodeModules() {
  // npm writes node_modules/.package-lock.json on every install, listing what it installed: without it the dev
  // dependencies are not there, and when it lacks a package of package-lock.json, one was added since.
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(installed)) {
    const have = new Set(lockedPackages(installed));
    const missing = lockedPackages(join(ROOT, 'package-lock.json')).filter((p) => !have.has(p));
    if (!missing.length) return;
    console.log(`node_modules lacks ${missing.map((p) => p.slice('node_modules/'.length)).join(', ')}; installing the npm packages…`);
  } else {
    console.log('node_modules is missing; installing the npm packages…');
  }
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function ensureTarget() {
  const installed = capture('rustup', ['target', 'list', '--installed']);
  if (installed === null) {
    // Without rustup (a distribution's Rust, say) the target cannot be added from here.
    console.log(`rustup not found; assuming the ${TARGET} target is available`);
    return;
  }
  if (installed.split(/\s+/).includes(TARGET)) return;
  console.log(`Adding the ${TARGET} Rust target…`);
  run('rustup', ['target', 'add', TARGET]);
}

function lockedWasmBindgenVersion() {
  const lockPath = join(ROOT, 'Cargo.lock');
  if (!existsSync(lockPath)) run('cargo', ['generate-lockfile']);
  const version = wasmBindgenVersionFromLock(readFileSync(lockPath, 'utf8'));
  if (!version) throw new Error('Cargo.lock has no wasm-bindgen package; is it still a dependency in Cargo.toml?');
  return version;
}

function ensureWasmBindgen() {
  const wanted = lockedWasmBindgenVersion();
  const found = findWasmBindgen(wanted);
  if (found.version === wanted) return found.exe;
  console.log(
    found.version
      ? `wasm-bindgen ${found.version} is installed but Cargo.lock pins ${wanted}; installing ${wanted} (takes a few minutes)…`
      : `wasm-bindgen CLI not found; installing wasm-bindgen-cli ${wanted} (takes a few minutes)…`,
  );
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', wanted]);
  const after = findWasmBindgen(wanted);
  if (after.version !== wanted) {
    throw new Error(`installed wasm-bindgen-cli ${wanted}, but cannot find it: ${after.exe ?? 'wasm-bindgen'} reports ${after.version}`);
  }
  return after.exe;
}

/** Installs what is missing; returns the wasm-bindgen executable to run. */
export function ensureTools() {
  ensureNodeModules();
  ensureTarget();
  return ensureWasmBindgen();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const exe = ensureTools();
    console.log(`Tools ready: ${TARGET} target, ${exe}`);
  } catch (e) {
    console.error(`ensure-tools: ${e.message}`);
    process.exit(1);
  }
}
