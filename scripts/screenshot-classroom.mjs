#!/usr/bin/env node
// Screenshots of the classroom pages for the README, as a person would see them:
//
//   node scripts/screenshot-classroom.mjs [--out-dir DIR] [--students N]
//
// Serves www/ (build it first) and, in headless Chromium, writes to DIR (default docs/):
// - classroom-teacher.png: a sample article with some marks confirmed and the "Make an exercise" panel, link made;
// - classroom-student.png: the exercise opened from its link, a few marks, a hint, and "Check my work";
// - classroom-overview.png: the class overview of N generated submissions (default 10) and a broken file.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { dropFiles, launchBrowser, loadCore, markWords, waitAnnotated, waitRead } from '../tests/browser/driver.mjs';
import { generatedClass } from '../tests/js/classroom-fixtures.mjs';
import { CAVEAT_KINDS } from '../www/js/annotation.js';
import { exerciseLink } from '../www/js/link.js';
import { startServer } from './serve.mjs';

const { values: opts } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: fileURLToPath(new URL('../docs/', import.meta.url)) },
    students: { type: 'string', default: '10' },
  },
});
const SAMPLE = 'harbour-blast.txt';
const text = readFileSync(new URL(`../www/samples/${SAMPLE}`, import.meta.url), 'utf8');
const { exercise, submissions } = await generatedClass(text, (await loadCore()).annotate(text), Number(opts.students));

mkdirSync(opts['out-dir'], { recursive: true });
const out = (name) => join(opts['out-dir'], name);
const server = await startServer({ port: 0 });
const browser = await launchBrowser();

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  return page;
}

try {
  // The teacher: a few marks confirmed, the panel open, a link made.
  let page = await newPage();
  await page.goto(`${server.url}?sample=${SAMPLE}`);
  await waitAnnotated(page, SAMPLE);
  for (const selector of ['mark.m-first.m-speaker', 'mark.m-first.m-claim', 'mark.m-first.m-caveat']) {
    const marks = page.locator(`#doc ${selector}`);
    for (let i = 0; i < Math.min(3, await marks.count()); i++) {
      await marks.nth(i).focus();
      await page.keyboard.press('y');
    }
  }
  await page.keyboard.press('Escape');
  await page.click('#make-exercise');
  await page.fill('#teacher-key input >> nth=0', 'Who is this, and how would they know?');
  await page.click('#teacher-link');
  await page.waitForSelector('#teacher-link-url');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('classroom-teacher.png') });
  await page.context().close();

  // The student: the generated exercise from its link, some marks, a hint, checked.
  page = await newPage();
  const link = await exerciseLink(server.url, exercise);
  await page.goto(link.url);
  await waitAnnotated(page, 'exercise');
  await page.focus('#doc');
  const speaker = exercise.key.find((k) => k.layer === 'speaker').exact;
  const caveat = exercise.key.find((k) => k.layer === 'caveat');
  await markWords(page, speaker, 's');
  await markWords(page, caveat.exact, 'v', CAVEAT_KINDS.indexOf(caveat.kind));
  await markWords(page, 'Tuesday', 's');
  await page.fill('#student-name', 'Sam Okafor');
  await page.click('#hint');
  await page.keyboard.press('y');
  await page.click('#check-work');
  await page.mouse.move(0, 0);
  await page.click('#card button[data-act="close"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('classroom-student.png') });
  await page.context().close();

  // The overview: every submission dropped at once.
  page = await newPage();
  await page.goto(server.url);
  await waitAnnotated(page);
  await page.click('#open-overview');
  const files = [{ name: 'exercise.json', content: JSON.stringify(exercise) }, ...submissions.map((s, i) => ({ name: `student-${i + 1}.json`, content: JSON.stringify(s) })), { name: 'notes.json', content: '{"oops": ' }];
  await dropFiles(page, files);
  await waitRead(page);
  await page.setViewportSize({ width: 1280, height: 1750 });
  await page.screenshot({ path: out('classroom-overview.png') });
  await page.context().close();
  console.log(`wrote classroom-teacher.png, classroom-student.png and classroom-overview.png in ${opts['out-dir']}`);
} finally {
  await browser.close();
  await server.close();
}
