// Agreement between students: Krippendorff's alpha for nominal data, over character-level labels. Pure.
//
// The definition (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011), for nominal values:
//
//   A *unit* is one thing coded; each coder gives it at most one *value*. Units with fewer than two values are not
//   pairable and are left out. For a unit u with m_u values, of which n_uc are value c, every ordered pair of values
//   from two different coders is counted with weight 1 / (m_u − 1). Summed over units, that gives the coincidence
//   matrix o_ck; n_c = Σ_k o_ck is how often value c was used (in pairable units) and n = Σ_c n_c the number of
//   pairable values. Then
//
//     D_o = (1/n) Σ_{c≠k} o_ck                          observed disagreement
//     D_e = (1/(n(n−1))) Σ_{c≠k} n_c n_k                 disagreement expected by chance
//     α   = 1 − D_o / D_e  = 1 − (n − 1) · Σ_u [(m_u² − Σ_c n_uc²) / (m_u − 1)] / (n² − Σ_c n_c²)
//
//   (Σ_{c≠k} of unit u's pairs is m_u(m_u − 1) − Σ_c n_uc(n_uc − 1) = m_u² − Σ_c n_uc², so the matrix itself is
//   never built.) α = 1 is perfect agreement, 0 agreement no better than chance, below 0 systematic disagreement.
//
// Degenerate cases, decided here: with fewer than two coders, or no pairable unit, α is not defined (null, reason
// 'coders'). When every pairable value is the same (no variation: say no student marked anything in a layer, or all
// marked exactly the same single label everywhere), D_e = D_o = 0 and α = 0/0: Krippendorff leaves it undefined, and
// so do we (null, reason 'no variation') rather than call it perfect: identical blank work says nothing about whether
// the students could tell a speaker from a claim.
//
// For an exercise (characterAlpha): units are the characters (code points) of the article, coders the students, and
// the value a student gives a character in a layer is 'none' or the layer's label: 'speaker', 'cue' or 'claim', or
// for caveats the kind ('hedge', 'denial', ...; two kinds on one character make the value 'denial+hedge'). Every
// student codes every character, so there is no missing data. Spans are taken as checking compares them (speakers,
// cues and claims trimmed of punctuation), so a student who includes the closing full stop does not disagree with
// one who does not.

import { comparedSpan } from './check.js';

/**
 * @import { Mark } from './types'
 * @typedef {{alpha: number | null, reason: 'coders' | 'no variation' | null, n: number, observed: number | null, expected: number | null}} Alpha
 */

/**
 * Nominal alpha from units given as value counts: an iterable of `Map<value, count>` (or `[value, count]` lists).
 * Returns `{alpha, reason, n, observed, expected}`; `alpha` is null when it is not defined, with `reason` saying why.
 * @param {Iterable<Map<string, number>>} units
 * @returns {Alpha}
 */
export function alphaFromCounts(units) {
  let n = 0;
  let disagreement = 0; // Σ_{c≠k} o_ck
  let pairableUnits = 0;
  /** @type {Map<string, number>} n_c */
  const totals = new Map();
  for (const unit of units) {
    let m = 0;
    let squares = 0;
    for (const [, count] of unit) {
      m += count;
      squares += count * count;
    }
    if (m < 2) continue;
    pairableUnits += 1;
    n += m;
    disagreement += (m * m - squares) / (m - 1);
    for (const [value, count] of unit) totals.set(value, (totals.get(value) ?? 0) + count);
  }
  if (!pairableUnits) return { alpha: null, reason: 'coders', n: 0, observed: null, expected: null };
  let squares = 0;
  for (const c of totals.values()) squares += c * c;
  const chance = n * n - squares; // Σ_{c≠k} n_c n_k
  const observed = disagreement / n;
  const expected = chance / (n * (n - 1));
  if (chance === 0) return { alpha: null, reason: 'no variation', n, observed, expected };
  return { alpha: 1 - ((n - 1) * disagreement) / chance, reason: null, n, observed, expected };
}

/**
 * Nominal alpha from a reliability table: `units[u][coder]` is a value, or null/undefined when missing.
 * @param {(string | null | undefined)[][]} units
 */
export function nominalAlpha(units) {
  return alphaFromCounts(
    units.map((values) => {
      /** @type {Map<string, number>} */
      const counts = new Map();
      for (const v of values) if (v != null) counts.set(v, (counts.get(v) ?? 0) + 1);
      return counts;
    }),
  );
}

/** The label a mark gives its characters in its layer: the caveat's kind, else the layer's name. */
/** @param {Mark} m */
const labelOf = (m) => (m.layer === 'caveat' ? m.kind : m.layer);

/**
 * Each character's value for one layer from one student's marks (code points, spans as checking compares them):
 * an array of `chars.length` labels, 'none' where no mark of the layer covers the character.
 * @param {string[]} chars
 * @param {Mark[]} marks
 * @param {string} layer
 */
export function characterLabels(chars, marks, layer) {
  /** @type {(Set<string> | null)[]} */
  const sets = new Array(chars.length).fill(null);
  for (const m of marks) {
    if (m.layer !== layer) continue;
    const span = comparedSpan(chars, m);
    if (!span) continue;
    for (let u = span.start; u < span.end; u++) (sets[u] ??= new Set()).add(labelOf(m) ?? '');
  }
  return sets.map((s) => (s ? [...s].sort().join('+') : 'none'));
}

/**
 * Alpha for one layer over the characters of `chars`, one coder per entry of `coders` (each a list of marks).
 * @param {string[]} chars
 * @param {Mark[][]} coders
 * @param {string} layer
 * @returns {Alpha}
 */
export function characterAlpha(chars, coders, layer) {
  if (coders.length < 2) return { alpha: null, reason: 'coders', n: 0, observed: null, expected: null };
  const labels = coders.map((marks) => characterLabels(chars, marks, layer));
  function* units() {
    for (let u = 0; u < chars.length; u++) {
      /** @type {Map<string, number>} */
      const counts = new Map();
      for (const l of labels) counts.set(l[u], (counts.get(l[u]) ?? 0) + 1);
      yield counts;
    }
  }
  return alphaFromCounts(units());
}

/**
 * Alpha for people: "0.456", or why it is not defined.
 * @param {Alpha} result
 */
export function describeAlpha(result) {
  if (result.alpha != null) return result.alpha.toFixed(3);
  return result.reason === 'no variation' ? 'not defined (no variation)' : 'not defined (needs two students)';
}
