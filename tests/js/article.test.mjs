// Bringing an article in: HTML pages keep their article's text and paragraphs and lose scripts, menus and styles
// (and every attribute, before parsing); Markdown loses its markup; files are checked for kind and emptiness.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleFromFile, fileKind, markdownToText, normalise, titleOf } from '../../www/js/article.js';
import { articleRoot, stripAttributes, textOf } from '../../www/js/htmltext.js';

// Hand-built element trees: the walk needs only nodeType, localName, childNodes, data and getAttribute.
const t = (data) => ({ nodeType: 3, data, childNodes: [] });
const e = (name, attrs, ...kids) => ({ nodeType: 1, localName: name, childNodes: kids, getAttribute: (a) => attrs?.[a] ?? null });

describe('textOf', () => {
  const page = e('html', null,
    e('head', null, e('title', null, t('Site')), e('style', null, t('p { color: red }'))),
    e('body', null,
      e('header', null, t('Home | News | Sport')),
      e('nav', null, t('Menu')),
      e('article', null,
        e('h1', null, t('Mayor  refuses\n to go')),
        e('p', null, t('“We will not go,” said '), e('b', null, t('Anna Petrova')), t(' 👋.')),
        e('script', null, t('window.pwned = 1')),
        e('div', { hidden: '' }, t('hidden text')),
        e('p', null, t('Officials '), e('span', { 'aria-hidden': 'true' }, t('icon')), t('denied it.'))),
      e('aside', null, t('Related stories')),
      e('footer', null, t('© 2025'))));

  test('keeps the article text, one paragraph per block, whitespace collapsed', () => {
    assert.equal(textOf(articleRoot(page)), 'Mayor refuses to go\n\n“We will not go,” said Anna Petrova 👋.\n\nOfficials denied it.');
  });

  test('takes the longest <article>, else <main>, else <body>', () => {
    const two = e('body', null, e('article', null, e('p', null, t('short'))), e('article', null, e('p', null, t('the longer one'))));
    assert.equal(textOf(articleRoot(two)), 'the longer one');
    const main = e('html', null, e('body', null, e('nav', null, t('menu')), e('main', null, e('p', null, t('main text')))));
    assert.equal(textOf(articleRoot(main)), 'main text');
    assert.equal(textOf(articleRoot(e('html', null, e('body', null, e('nav', null, t('x')), e('p', null, t('body text')))))), 'body text');
  });
});

describe('stripAttributes', () => {
  test('removes every attribute, even with > inside quotes, keeping hidden', () => {
    assert.equal(
      stripAttributes('<p class="a>b" onclick=x>hi<img src=x onerror="alert(1)"/><div hidden>no</div><span aria-hidden="true">i</span><BR/></p>'),
      '<p>hi<img><div hidden>no</div><span hidden>i</span><BR></p>',
    );
  });
});

describe('article files', () => {
  class FakeParser {
    parseFromString(html) {
      // Enough of a parser for one test: the attributes are already gone, so tags are plain.
      assert.doesNotMatch(html, /onerror|src=/, 'attributes are stripped before parsing');
      return e('html', null, e('body', null, e('p', null, t(html.replace(/<[^>]+>/g, '')))));
    }
  }

  test('reads .txt as it is, normalising line ends and a byte-order mark', () => {
    assert.deepEqual(articleFromFile('a.txt', '\uFEFFTitle\r\n\r\nBody “text” 👋\r\n'), { text: 'Title\n\nBody “text” 👋\n', title: 'Title' });
    assert.equal(normalise('a\rb\r\nc'), 'a\nb\nc');
  });

  test('reads .md without its markup', () => {
    const md = '# Mayor refuses\n\n> **“We will not go,”** said [Anna Petrova](https://x.example/).\n\n* a list item with _emphasis_\n\n---\n';
    assert.equal(markdownToText(md), 'Mayor refuses\n\n“We will not go,” said Anna Petrova.\n\n* a list item with emphasis\n\n\n');
    assert.equal(articleFromFile('a.md', md).title, 'Mayor refuses');
    assert.equal(markdownToText('snake_case_name and 2*3*4'), 'snake_case_name and 2*3*4', 'inner underscores and stars stay');
  });

  test('reads .html through the parser, stripped of attributes first', () => {
    const { text } = articleFromFile('a.html', '<p>Officials <img src=x onerror="alert(1)">said it.</p>', FakeParser);
    assert.equal(text, 'Officials said it.');
  });

  test('refuses other kinds and empty files with a message', () => {
    assert.throws(() => articleFromFile('a.pdf', 'x'), /a\.pdf is not a \.txt, \.md or \.html file/);
    assert.throws(() => articleFromFile('a.txt', '  \n'), /a\.txt is empty/);
    assert.equal(fileKind('A.HTM'), 'html');
    assert.equal(fileKind('notes', 'text/plain'), 'text');
    assert.equal(fileKind('x.docx'), null);
  });

  test('titles an article by its first non-blank line', () => {
    assert.equal(titleOf('\n\n  Mayor refuses  \nbody'), 'Mayor refuses');
    assert.equal(titleOf('   '), 'Untitled article');
    assert.equal(titleOf('a'.repeat(100)).length, 80);
  });
});
