#!/usr/bin/env node
// Takes a screenshot of the page as a person would see it: the README's docs/screenshot.png, or one
// for reviewing a change to the page.
//
//   node scripts/screenshot.mjs [--out FILE] [--sample NAME.txt] [--paste FILE] [--click TEXT]
//                               [--width N] [--height N] [--full]
//
// Serves www/ (build it first), opens it in headless Chromium, shows a sample (default
// harbour-blast.txt) or pastes a file's text, clicks the first mark containing TEXT (default
// "denied") so its card shows, then writes a PNG of the window (or the full page with --full;
// default docs/screenshot.png).

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { launchBrowser, paste, waitAnnotated } from '../tests/browser/driver.mjs';
import { startServer } from './serve.mjs';

const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: fileURLToPath(new URL('../docs/screenshot.png', import.meta.url)) },
    sample: { type: 'string', default: 'harbour-blast.txt' },
    paste: { type: 'string' },
    click: { type: 'string', default: 'denied' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '1000' },
    full: { type: 'boolean', default: false },
  },
});

const server = await startServer({ port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(opts.width), height: Number(opts.height) } });
  page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.goto(opts.sample ? `${server.url}?sample=${encodeURIComponent(opts.sample)}` : server.url);
  await waitAnnotated(page);
  if (opts.paste) await paste(page, readFileSync(opts.paste, 'utf8'));
  if (opts.click) {
    const mark = page.locator('#doc mark.m-first', { hasText: opts.click }).last();
    if (await mark.count()) await mark.click();
    await page.mouse.move(0, 0);
  }
  mkdirSync(dirname(opts.out), { recursive: true });
  await page.screenshot({ path: opts.out, fullPage: opts.full });
  console.log(`status: ${await page.textContent('#status')}`);
  console.log(`wrote ${opts.out}`);
} finally {
  await browser.close();
  await server.close();
}
