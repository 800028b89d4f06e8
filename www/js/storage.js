// Keeps each article's work in the browser, keyed by the hash of its text: IndexedDB, else localStorage, else memory.
//
// A record is `{key, title, text, annotations, speakers, saved}`. When a backend fails (private mode, quota, blocked
// storage) the next one takes over and `problem` says what happened, so the page can tell the reader plainly.
//
// The recent list reads only each record's `meta` (key, title, saved, count), kept apart from the record: reading
// whole records would take a long article's thousands of marks apart each time the list is drawn.

/**
 * @import { SavedMeta, SavedRecord } from './types'
 * @typedef {{kind: string, save: (record: SavedRecord) => Promise<unknown>, load: (key: string) => Promise<SavedRecord | undefined>, list: () => Promise<SavedMeta[]>}} Backend
 */

import { messageOf } from './errors.js';

const DB = 'whosaid';
const DB_VERSION = 2;
const STORE = 'articles';
const META = 'meta';
const LS_PREFIX = 'whosaid:article:';
const LS_RECENT = 'whosaid:recent';

/**
 * @param {SavedRecord} record
 * @returns {SavedMeta}
 */
const meta = ({ key, title, saved, annotations }) => ({ key, title, saved, count: annotations?.length ?? 0 });
/** @type {(a: SavedMeta, b: SavedMeta) => number} */
const newestFirst = (a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0);

/**
 * @template T
 * @param {IDBRequest<T>} r
 * @returns {Promise<T>}
 */
function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Version 1 kept only the articles; version 2 adds their metas, made here from the articles already saved.
 * @param {IDBDatabase} db
 * @param {IDBTransaction} tx
 * @param {number} oldVersion
 */
function upgrade(db, tx, oldVersion) {
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'key' });
  if (oldVersion < 2) {
    const metas = db.createObjectStore(META, { keyPath: 'key' });
    const cursor = tx.objectStore(STORE).openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      metas.put(meta(at.value));
      at.continue();
    };
  }
}

/**
 * @param {IDBFactory | undefined} idb
 * @returns {Promise<Backend>}
 */
async function indexedDbBackend(idb) {
  if (!idb) throw new Error('IndexedDB is not available');
  const open = idb.open(DB, DB_VERSION);
  open.onupgradeneeded = (e) => {
    if (open.transaction) upgrade(open.result, open.transaction, e.oldVersion);
  };
  const db = await request(open);
  /** Runs `fn(stores)` in one transaction over `names`; resolves to the result of the request it returns. */
  /** @type {<T>(names: string[], mode: IDBTransactionMode, fn: (stores: IDBObjectStore[]) => IDBRequest<T> | undefined) => Promise<T | undefined>} */
  const tx = (names, mode, fn) =>
    new Promise((resolve, reject) => {
      const t = db.transaction(names, mode);
      const r = fn(names.map((n) => t.objectStore(n)));
      t.oncomplete = () => resolve(r?.result);
      t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction was aborted'));
    });
  return {
    kind: 'IndexedDB',
    save: (record) =>
      tx([STORE, META], 'readwrite', ([articles, metas]) => {
        metas.put(meta(record));
        return articles.put(record);
      }),
    load: (key) => tx([STORE], 'readonly', ([articles]) => articles.get(key)),
    list: async () => (await tx([META], 'readonly', ([metas]) => metas.getAll())) ?? [],
  };
}

/**
 * @param {globalThis.Storage | undefined} ls
 * @returns {Backend}
 */
function localStorageBackend(ls) {
  if (!ls) throw new Error('localStorage is not available');
  const probe = `${LS_PREFIX}probe`;
  ls.setItem(probe, '1');
  ls.removeItem(probe);
  const readList = () => {
    try {
      const list = JSON.parse(ls.getItem(LS_RECENT) ?? '[]');
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  };
  return {
    kind: 'localStorage',
    async save(record) {
      ls.setItem(LS_PREFIX + record.key, JSON.stringify(record));
      const list = readList().filter((m) => m.key !== record.key);
      ls.setItem(LS_RECENT, JSON.stringify([meta(record), ...list]));
    },
    async load(key) {
      const raw = ls.getItem(LS_PREFIX + key);
      return raw ? JSON.parse(raw) : undefined;
    },
    list: async () => readList(),
  };
}

/**
 * @returns {Backend}
 */
function memoryBackend() {
  const records = new Map();
  return {
    kind: 'memory',
    save: async (record) => void records.set(record.key, structuredClone(record)),
    load: async (key) => records.get(key),
    list: async () => [...records.values()].map(meta),
  };
}

/**
 * Opens the best storage that works. `onProblem(message)` is called whenever storage fails and a weaker one takes
 * over. Returns `{kind(), problem(), save(record), load(key), recent(limit)}`; `save` never rejects.
 * @param {{idb?: IDBFactory, ls?: globalThis.Storage, onProblem?: (problem: string, kind: string) => void}} [options]
 */
export async function openStorage({ idb = globalThis.indexedDB, ls = globalThis.localStorage, onProblem = () => {} } = {}) {
  /** @type {(() => Backend | Promise<Backend>)[]} */
  const makers = [() => indexedDbBackend(idb), () => localStorageBackend(ls), () => memoryBackend()];
  /** @type {string | null} */
  let problem = null;
  /**
   * @param {string} what
   * @param {unknown} e
   */
  const fail = (what, e) => {
    problem = `${what}: ${messageOf(e)}`;
  };
  let next = 0;
  /**
   * The next backend that opens, or `current` when none is left (the memory backend, last, always opens).
   * @param {Backend} [current]
   * @returns {Promise<Backend>}
   */
  async function advance(current) {
    while (next < makers.length) {
      const make = makers[next++];
      try {
        return await make();
      } catch (e) {
        fail(next === 1 ? 'IndexedDB could not be opened' : 'localStorage could not be used', e);
      }
    }
    return current ?? memoryBackend();
  }
  let backend = await advance();
  if (problem) onProblem(problem, backend.kind);

  /**
   * Runs `op` on the backend, moving to the next one while it fails. The memory backend holds what the failed ones
   * had been given, so nothing is lost when one gives up.
   * @template T
   * @param {(b: Backend) => Promise<T>} op
   * @returns {Promise<T>}
   */
  async function withFallback(op) {
    for (;;) {
      try {
        return await op(backend);
      } catch (e) {
        fail(`${backend.kind} failed`, e);
        backend = await advance(backend);
        onProblem(problem ?? '', backend.kind);
      }
    }
  }
  return {
    kind: () => backend.kind,
    problem: () => problem,
    /** @param {SavedRecord} record */
    save: (record) => withFallback((b) => b.save(record)),
    /** @param {string} key */
    load: (key) => withFallback((b) => b.load(key)),
    recent: async (limit = 20) => (await withFallback((b) => b.list())).sort(newestFirst).slice(0, limit),
  };
}
