// Building elements, and reading file inputs, for the page's views. Text goes in only as text (textContent, text
// nodes), never as HTML.

/**
 * A new `tag` element in `doc`: `props.text` sets its textContent, `className` its class, `data-*` and `aria-*`
 * attributes are set as attributes, anything else as a property; `kids` (nodes or strings, falsy ones skipped) are
 * appended, strings as text nodes.
 */
export function el(doc, tag, props = {}, ...kids) {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'className') e.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  e.append(...kids.filter((k) => k != null && k !== false));
  return e;
}

/**
 * Calls `use(files)` with the files chosen in the file input `input`, then empties it, so that choosing the same file
 * again is a change too.
 */
export function onFilesChosen(input, use) {
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    if (files.length) use(files);
  });
}

/** Words for a list of marks or key items: cut to `max` characters with an ellipsis, on one line. */
export function words(text, max = 80) {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
