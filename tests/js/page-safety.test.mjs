// Guards for the page: user text must never be parsed as HTML, and the page keeps a strict
// Content-Security-Policy that still lets the wasm core run in its worker and forbids any request after load.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const WWW = new URL('../../www/', import.meta.url);
const modules = readdirSync(new URL('js/', WWW)).filter((f) => f.endsWith('.js'));

test('no page module uses an HTML-parsing sink', () => {
  assert.ok(modules.length > 0);
  const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|\beval\(|new Function\(/;
  for (const file of modules) {
    const src = readFileSync(new URL(`js/${file}`, WWW), 'utf8');
    assert.doesNotMatch(src, sinks, `www/js/${file} must insert text with textContent/createTextNode only`);
  }
});

test('index.html has a strict CSP that allows wasm and forbids every request after load', () => {
  const html = readFileSync(new URL('index.html', WWW), 'utf8');
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  assert.ok(m, 'index.html has a CSP meta tag');
  const csp = Object.fromEntries(m[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(csp['default-src'], ["'none'"]);
  assert.deepEqual(csp['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(csp['connect-src'], ["'none'"], 'no fetch, XHR, WebSocket or beacon from the page');
  assert.deepEqual(csp['worker-src'], ["'self'"]);
  assert.deepEqual(csp['form-action'], ["'none'"]);
  assert.ok(!m[1].includes('unsafe-inline'), 'no unsafe-inline');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
  assert.doesNotMatch(html, /\sstyle="/, 'no inline styles');
});
