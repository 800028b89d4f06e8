// Building elements, and reading file inputs, for the page's views. Text goes in only as text (textContent, text
// nodes), never as HTML.

/**
 * A new `tag` element in `doc`: `props.text` sets its textContent, `className` its class, `data-*` and `aria-*`
 * attributes are set as attributes, anything else as a property; `kids` (nodes or strings, falsy ones skipped) are
 * appended, strings as text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {Record<string, unknown>} [props]
 * @param {...(Node | string | null | undefined | false)} kids
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(doc, tag, props = {}, ...kids) {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === 'text') e.textContent = String(v);
    else if (k === 'className') e.className = String(v);
    else if (k.startsWith('data-') || k.startsWith('aria-')) e.setAttribute(k, String(v));
    else /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (e))[k] = v;
  }
  e.append(.../** @type {(Node | string)[]} */ (kids.filter((k) => k != null && k !== false)));
  return e;
}

/**
 * The `data-*` value `key` (in camelCase) of the element matching `selector` that event `e` happened in or on, or
 * undefined: which button of a list was pressed, say.
 * @param {Event} e
 * @param {string} selector
 * @param {string} key
 */
export function dataOf(e, selector, key) {
  const found = e.target instanceof Element ? e.target.closest(selector) : null;
  return found instanceof HTMLElement ? found.dataset[key] : undefined;
}

/**
 * Calls `use(files)` with the files chosen in the file input `input`, then empties it, so that choosing the same file
 * again is a change too.
 */
/**
 * @param {HTMLInputElement} input
 * @param {(files: File[]) => unknown} use
 */
export function onFilesChosen(input, use) {
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) use(files);
  });
}

/**
 * Words for a list of marks or key items: cut to `max` characters with an ellipsis, on one line.
 * @param {string} text
 */
export function words(text, max = 80) {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
