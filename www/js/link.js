// Sharing an exercise as a link: its JSON compressed with the browser's own CompressionStream ('deflate-raw') and
// written in base64url after `#exercise=` in the URL. The fragment never leaves the browser (it is not sent with the
// page request), and reading it needs nothing but the static page: no request is made.

import { messageOf } from './errors.js';
import { ExerciseError } from './exercise.js';

/** @import { Exercise } from './types' */

export const LINK_PARAM = 'exercise';
/** Links longer than this are not offered: some mail programs, chat apps and browsers cut them. */
export const MAX_LINK = 8000;
/** A link that inflates to more than this is refused (no exercise is that large; a crafted one could be). */
const MAX_INFLATED = 8 * 1024 * 1024;

/**
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
function toBase64Url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * @param {string} text
 */
function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('it has characters base64url does not use');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/**
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
async function deflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * @param {Uint8Array<ArrayBuffer>} bytes
 * @param {number} [max]
 */
async function inflate(bytes, max = MAX_INFLATED) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new Error(`it inflates to more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The fragment (without `#`) that carries `exercise`.
 * @param {Exercise} exercise
 */
export async function exerciseFragment(exercise) {
  const bytes = new TextEncoder().encode(JSON.stringify(exercise));
  return `${LINK_PARAM}=${toBase64Url(await deflate(bytes))}`;
}

/**
 * A link to the page at `base` (its fragment and query are dropped) that opens `exercise`:
 * `{url, length, tooLong}`; `tooLong` when it is over MAX_LINK characters and the file should be shared instead.
 * @param {string} base
 * @param {Exercise} exercise
 */
export async function exerciseLink(base, exercise) {
  const page = String(base).replace(/[?#].*$/s, '');
  const url = `${page}#${await exerciseFragment(exercise)}`;
  return { url, length: url.length, tooLong: url.length > MAX_LINK };
}

/**
 * The encoded exercise in a location's hash (`#exercise=…`), or null when the hash holds none.
 * @param {string} hash
 * @returns {string | null}
 */
export function linkPayload(hash) {
  const m = /^#?exercise=(.*)$/s.exec(hash ?? '');
  return m ? m[1] : null;
}

/**
 * The exercise JSON a link's payload holds. Rejects with an ExerciseError when the link is damaged.
 * @param {string} payload
 */
export async function exerciseJsonFromLink(payload) {
  try {
    if (!payload) throw new Error('it is empty');
    const bytes = await inflate(fromBase64Url(payload.trim()));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new ExerciseError(`This exercise link is damaged (${messageOf(e) || 'it could not be decompressed'}): part of it may have been cut off when it was copied. Ask for the exercise file instead.`);
  }
}
