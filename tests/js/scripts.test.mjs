// The pure parts of the build scripts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseWasmBindgenVersion, wasmBindgenVersionFromLock } from '../../scripts/ensure-tools.mjs';
import { listSamples, samplesModule, titleOf } from '../../scripts/samples-index.mjs';

describe('ensure-tools', () => {
  test('reads the wasm-bindgen version from a Cargo.lock, not a wasm-bindgen-* sibling', () => {
    const lock = [
      '[[package]]\nname = "wasm-bindgen-macro"\nversion = "9.9.9"\n',
      '[[package]]\nname = "wasm-bindgen"\nversion = "0.2.130"\nsource = "registry"\n',
    ].join('\n');
    assert.equal(wasmBindgenVersionFromLock(lock), '0.2.130');
    assert.equal(wasmBindgenVersionFromLock('[[package]]\nname = "regex"\nversion = "1.0.0"\n'), null);
  });

  test("finds a wasm-bindgen version in this project's Cargo.lock", () => {
    const lock = readFileSync(new URL('../../Cargo.lock', import.meta.url), 'utf8');
    assert.match(wasmBindgenVersionFromLock(lock) ?? '', /^\d+\.\d+\.\d+$/);
  });

  test('parses `wasm-bindgen --version` output', () => {
    assert.equal(parseWasmBindgenVersion('wasm-bindgen 0.2.130\n'), '0.2.130');
    assert.equal(parseWasmBindgenVersion('wasm-bindgen 0.2.92 (2a4a49362)'), '0.2.92');
    assert.equal(parseWasmBindgenVersion(null), null);
  });
});

describe('samples-index', () => {
  test("a sample's title is its first non-blank line, shortened for a menu", () => {
    assert.equal(titleOf('\n\n  Mayor refuses to leave  \nBody', 'x.txt'), 'Mayor refuses to leave');
    assert.equal(titleOf('   \n', 'x.txt'), 'x.txt');
    const long = titleOf('a'.repeat(200), 'x.txt');
    assert.equal(long.length, 80);
    assert.ok(long.endsWith('…'));
  });

  test('the samples module the page imports is up to date with the .txt files', () => {
    const js = readFileSync(new URL('../../www/samples/index.js', import.meta.url), 'utf8');
    assert.equal(js, samplesModule(listSamples()), 'www/samples/index.js is stale: run `npm run build`');
    assert.match(samplesModule([{ file: 'a.txt', title: 'A', text: '“x” 👋' }]), /^\/\/ Generated[^\n]*\nexport default \[/);
  });
});
