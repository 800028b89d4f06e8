// Turns an HTML page into article text: the words and paragraphs of its article, without scripts, styles or menus.
//
// Every tag loses its attributes before parsing (text needs none, so no handler or URL even reaches the parser); then
// DOMParser makes an inert document (no scripts run, nothing loads) and only its text is read. Nothing from it is ever
// inserted into the page. The walk needs only `nodeType`, `localName`, `childNodes`, `data`
// and `getAttribute`, so Node's tests run it on hand-built trees.

/** Elements whose contents are not article text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head', 'title', 'menu', 'dialog',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'caption', 'address', 'hr', 'br',
]);

/**
 * A node as the walk reads it: a DOM node, or a hand-built object shaped like one.
 * @typedef {{nodeType: number, localName?: string, tagName?: string, data?: string, childNodes: Iterable<HtmlNode>, getAttribute?: (name: string) => string | null}} HtmlNode
 */

const ELEMENT = 1;
const TEXT = 3;
/** @param {HtmlNode} n */
const nameOf = (n) => (n.localName ?? n.tagName ?? '').toLowerCase();
/** @param {HtmlNode} n */
const isHidden = (n) => n.getAttribute?.('hidden') != null || n.getAttribute?.('aria-hidden') === 'true';

/**
 * The text of the element `root`, one paragraph per block, paragraphs separated by a blank line.
 * @param {HtmlNode} root
 */
export function textOf(root) {
  /** @type {string[]} */
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    line = '';
  };
  /** @param {HtmlNode} n */
  const visit = (n) => {
    if (n.nodeType === TEXT) {
      line += n.data ?? '';
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    const tag = nameOf(n);
    if (DROP.has(tag) || isHidden(n)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of n.childNodes) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Every element under `root` (itself included) named `tag`, in document order.
 * @param {HtmlNode} root
 * @param {string} tag
 * @param {HtmlNode[]} [out]
 * @returns {HtmlNode[]}
 */
function findAll(root, tag, out = []) {
  if (root.nodeType !== ELEMENT && root.nodeType !== 9) return out;
  if (nameOf(root) === tag) out.push(root);
  for (const child of root.childNodes) findAll(child, tag, out);
  return out;
}

/**
 * The part of a parsed page that holds the article: its longest <article>, else <main>, else <body>, else the root.
 * @param {HtmlNode} doc
 * @returns {HtmlNode}
 */
export function articleRoot(doc) {
  /** @param {HtmlNode[]} els */
  const longest = (els) => els.map((e) => ({ e, length: textOf(e).length })).sort((a, b) => b.length - a.length)[0]?.e;
  return longest(findAll(doc, 'article')) ?? findAll(doc, 'main')[0] ?? findAll(doc, 'body')[0] ?? doc;
}

/** A start tag with its attributes (quoted values may hold `>`). */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * `html` with every start tag's attributes removed, except that a hidden element stays marked `hidden`.
 * @param {string} html
 */
export function stripAttributes(html) {
  return html.replace(START_TAG, (/** @type {string} */ _, /** @type {string} */ name, /** @type {string} */ attrs) => `<${name}${/(^|\s)(hidden(\s|=|\/|$)|aria-hidden\s*=\s*["']?true)/i.test(attrs) ? ' hidden' : ''}>`);
}

/**
 * `{text, title}` of an HTML page, parsed with `Parser` (the browser's DOMParser) into an inert document.
 * @param {string} html
 * @param {typeof DOMParser} [Parser]
 */
export function htmlToText(html, Parser = globalThis.DOMParser) {
  const doc = new Parser().parseFromString(stripAttributes(html), 'text/html');
  const text = textOf(articleRoot(doc));
  const h1 = findAll(doc, 'h1')[0];
  const title = (doc.title || (h1 ? textOf(h1) : '')).replace(/\s+/g, ' ').trim();
  return { text, title };
}
