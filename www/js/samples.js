// Lists and fetches the sample articles in www/samples/ (index.json is written by the build).

const BASE = new URL('../samples/', import.meta.url);

/** `[{file, title}]`, or `[]` when there is no list. */
export async function listSamples() {
  const res = await fetch(new URL('index.json', BASE));
  if (!res.ok) return [];
  return res.json();
}

/** The text of one sample, by its file name from the list. */
export async function loadSample(file) {
  const res = await fetch(new URL(encodeURIComponent(file), BASE));
  if (!res.ok) throw new Error(`could not load sample ${file}: HTTP ${res.status}`);
  return res.text();
}
