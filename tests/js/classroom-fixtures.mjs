// Classroom cases shared by the Node and browser tests: a small constructed class whose overview is worked out by
// hand (in classroom.test.mjs), and a generated class of any size on a real article.

import { makeAnnotation } from '../../www/js/annotation.js';
import { makeExercise, makeSubmission } from '../../www/js/exercise.js';
import { fromAnalysis } from '../../www/js/machine.js';

export const T0 = '2025-03-01T10:00:00.000Z';

/** "Ann said it may rain. Bob denied it.": a key of two speakers, a hedge and a denial; three students. */
export const CLASS_TEXT = 'Ann said it may rain. Bob denied it.';

const on = (text, words, type, kind = null) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return makeAnnotation(text, { start, end: start + words.length, type, kind, created: T0 });
};

/** `{exercise, submissions}` for the constructed class (Ada finds everything; Ben and Cy do not). */
export async function constructedClass() {
  const a = (w, type, kind) => on(CLASS_TEXT, w, type, kind);
  // The key is the machine's marks, confirmed; they are the hints too.
  const machine = (w, type, kind) => ({ ...a(w, type, kind), creator: 'machine', state: 'confirmed' });
  const exercise = await makeExercise({
    title: 'Rain',
    text: CLASS_TEXT,
    annotations: [machine('Ann', 'speaker'), machine('Bob', 'speaker'), machine('may', 'caveat', 'hedge'), machine('denied', 'caveat', 'denial')],
    layers: ['speaker', 'caveat'],
    caveatKinds: ['hedge', 'denial'],
    instructions: 'Mark the speakers, hedges and denials.',
    notes: new Map(),
    id: 'ex-rain',
    created: T0,
  });
  const submissions = await Promise.all([
    makeSubmission(exercise, { student: 'Ada', annotations: [a('Ann', 'speaker'), a('Bob', 'speaker'), a('may', 'caveat', 'hedge'), a('denied', 'caveat', 'denial')], hintsUsed: 0, submitted: T0 }),
    makeSubmission(exercise, { student: 'Ben', annotations: [a('Ann', 'speaker'), a('denied', 'caveat', 'hedge')], hintsUsed: 1, submitted: T0 }),
    makeSubmission(exercise, { student: '=Cy', annotations: [a('Ann', 'speaker'), a('rain', 'speaker'), a('denied', 'caveat', 'denial')], hintsUsed: 2, submitted: T0 }),
  ]);
  return { exercise, submissions };
}

/** A small deterministic random number generator (a linear congruential one), so generated classes repeat. */
export function random(seed = 1) {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor((s / 2 ** 31) * n);
  };
}

/**
 * An exercise on `text` whose key is every machine mark of `analysis` in speakers, claims and caveats, and `n`
 * students who each find some of it (sometimes a shorter span, sometimes the wrong kind), add a wrong mark or two,
 * and used some hints.
 */
export async function generatedClass(text, analysis, n, seed = 5) {
  const { annotations } = fromAnalysis(text, analysis, T0);
  const key = annotations.filter((a) => ['speaker', 'claim', 'caveat'].includes(a.type)).map((a) => ({ ...a, state: 'confirmed' }));
  const exercise = await makeExercise({
    title: 'A generated class',
    text,
    annotations: [...key, ...annotations.filter((a) => !key.some((k) => k.id === a.id))],
    layers: ['speaker', 'claim', 'caveat'],
    caveatKinds: ['hedge', 'denial', 'evidence', 'distancing', 'anonymous'],
    id: 'ex-generated',
    created: T0,
  });
  const rand = random(seed);
  const kinds = exercise.caveatKinds;
  const submissions = [];
  for (let i = 0; i < n; i++) {
    const marks = [];
    for (const a of key) {
      if (rand(100) < 30) continue; // missed
      const shorter = rand(100) < 20 && a.end - a.start > 6;
      const kind = a.type === 'caveat' && rand(100) < 15 ? kinds[rand(kinds.length)] : a.kind;
      marks.push(makeAnnotation(text, { start: a.start, end: shorter ? a.end - 3 : a.end, type: a.type, kind: a.type === 'caveat' ? kind : null, created: T0 }));
    }
    for (let k = rand(3); k > 0; k--) {
      const start = rand(text.length - 12);
      marks.push(makeAnnotation(text, { start, end: start + 5 + rand(6), type: ['speaker', 'claim', 'caveat'][rand(3)], kind: 'hedge', created: T0 }));
    }
    submissions.push(await makeSubmission(exercise, { student: `Student ${String(i + 1).padStart(2, '0')}`, annotations: marks, hintsUsed: rand(4), submitted: T0 }));
  }
  return { exercise, submissions };
}
