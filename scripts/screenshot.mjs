#!/usr/bin/env node
// Takes a screenshot of the page as a person would see it, for reviewing changes to the page.
//
//   node scripts/screenshot.mjs [--out FILE] [--sample NAME.txt] [--paste FILE] [--click TEXT]
//
// Serves www/ (build it first), opens it in headless Chromium, optionally pastes a file's text
// and/or clicks the first mark containing TEXT, then writes a full-page PNG (default /tmp/page.png).

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

import { startServer } from './serve.mjs';

const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/page.png' },
    sample: { type: 'string' },
    paste: { type: 'string' },
    click: { type: 'string' },
    width: { type: 'string', default: '1280' },
  },
});

const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(opts.width), height: 900 } });
  page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.goto(opts.sample ? `${server.url}?sample=${encodeURIComponent(opts.sample)}` : server.url);
  await page.waitForFunction(() => !document.getElementById('annotate-pasted').disabled, null, { timeout: 20_000 });
  if (opts.paste) {
    await page.click('#paste-box summary');
    await page.fill('#paste', readFileSync(opts.paste, 'utf8'));
    await page.click('#annotate-pasted');
    await page.waitForFunction(() => document.getElementById('doc').dataset.source === 'pasted');
  } else {
    await page.waitForFunction(() => document.getElementById('doc').dataset.state === 'annotated', null, { timeout: 20_000 });
  }
  if (opts.click) await page.locator('#doc mark.m-first', { hasText: opts.click }).first().click();
  await page.screenshot({ path: opts.out, fullPage: true });
  console.log(`status: ${await page.textContent('#status')}`);
  console.log(`wrote ${opts.out}`);
} finally {
  await browser.close();
  await server.close();
}
