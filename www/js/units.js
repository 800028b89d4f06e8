// Converts offsets between UTF-16 code units (the page, the DOM, the wasm's browser output) and Unicode code points
// (brat files, the W3C TextPositionSelector, the command line's JSON). One prefix table per text, not a scan per span.

/**
 * A converter for `text`: `toCodePoints(utf16)` and `toUtf16(codePoint)`, both clamped to the text.
 * @param {string} text
 */
export function unitMap(text) {
  // cpAt[i] = code points before UTF-16 offset i; utf16At[k] = UTF-16 offset of code point k.
  const cpAt = new Uint32Array(text.length + 1);
  /** @type {number[]} */
  const utf16At = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    cpAt[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    utf16At.push(i);
    if (pair) {
      cpAt[i + 1] = cp; // inside a pair: counts as the pair's start
      i += 1;
    }
    cp += 1;
  }
  cpAt[text.length] = cp;
  utf16At.push(text.length);
  /** @type {(n: number, max: number) => number} */
  const clamp = (n, max) => Math.max(0, Math.min(max, n));
  return {
    length: cp,
    /** @param {number} u */
    toCodePoints: (u) => cpAt[clamp(u, text.length)],
    /** @param {number} k */
    toUtf16: (k) => utf16At[clamp(k, cp)],
  };
}
