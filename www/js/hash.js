// The key an article is saved under: the SHA-256 of its text, in hex.

/**
 * Hex SHA-256 of the UTF-8 bytes of `text` (crypto.subtle needs a secure context; localhost is one).
 * @param {string} text
 */
export async function textKey(text) {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
