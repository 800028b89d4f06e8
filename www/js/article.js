// Article text from the ways a reader brings it: pasted, a .txt, .md or .html file; normalised and titled.

import { htmlToText } from './htmltext.js';

/** Largest file the page opens, in bytes: far beyond any article, small enough not to freeze the tab. */
export const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Line ends made `\n` and a byte-order mark dropped: the text the core and the page both see.
 * @param {string} text
 */
export function normalise(text) {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * A title for an article: its first non-blank line, shortened for a menu.
 * @param {string} text
 */
export function titleOf(text, fallback = 'Untitled article') {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim();
  if (!line) return fallback;
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

/**
 * Markdown made plain: headings, emphasis, links and images lose their markup; paragraphs stay.
 * @param {string} md
 */
export function markdownToText(md) {
  return md
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, '');
}

/**
 * What kind of file a name and MIME type say this is: 'html', 'markdown' or 'text'; null if not one the page reads.
 * @param {string} name
 * @param {string} [type]
 */
export function fileKind(name, type = '') {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (['html', 'htm', 'xhtml'].includes(ext) || type === 'text/html') return 'html';
  if (['md', 'markdown'].includes(ext) || type === 'text/markdown') return 'markdown';
  if (ext === 'txt' || type.startsWith('text/')) return 'text';
  return null;
}

/**
 * `{text, title}` from a file's name and UTF-8 content. Throws an Error saying what is wrong with the file.
 * @param {string} name
 * @param {string} content
 * @param {typeof DOMParser} [Parser]
 */
export function articleFromFile(name, content, Parser = globalThis.DOMParser) {
  const kind = fileKind(name);
  const base = name.replace(/\.[^.]+$/, '');
  if (kind === 'html') {
    const { text, title } = htmlToText(content, Parser);
    if (!text.trim()) throw new Error(`${name} has no article text that could be read`);
    return { text: normalise(text), title: title || titleOf(text, base) };
  }
  if (kind === null) throw new Error(`${name} is not a .txt, .md or .html file`);
  const text = normalise(kind === 'markdown' ? markdownToText(content) : content);
  if (!text.trim()) throw new Error(`${name} is empty`);
  return { text, title: titleOf(text, base) };
}

/**
 * Reads a File (opened or dropped) as an article. Rejects with an Error a person can act on.
 * @param {File} file
 */
export async function readArticleFile(file) {
  if (!fileKind(file.name, file.type)) throw new Error(`${file.name} is not a .txt, .md or .html file`);
  if (file.size > MAX_BYTES) throw new Error(`${file.name} is too large to be an article (${Math.round(file.size / 1024)} KiB)`);
  let content;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Error(`${file.name} is not UTF-8 text`);
  }
  return articleFromFile(file.name, content);
}
