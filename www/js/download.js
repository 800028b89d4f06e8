// Hands a file to the reader as a download, made in the page (a blob: URL), so nothing is sent anywhere.

/**
 * Offers `data` (a string or bytes) as a file called `name`.
 * @param {string} name
 * @param {BlobPart} data
 * @param {string} type
 */
export function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name made from an article's title: lower case, words joined by hyphens.
 * @param {string} title
 */
export function fileSlug(title) {
  const slug = (title ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return slug || 'article';
}
