// Keeps each article's work in the browser, keyed by the hash of its text: IndexedDB, else localStorage, else memory.
//
// A record is `{key, title, text, annotations, speakers, saved}`. When a backend fails (private mode, quota, blocked
// storage) the next one takes over and `problem` says what happened, so the page can tell the reader plainly.

const DB = 'whosaid';
const STORE = 'articles';
const LS_PREFIX = 'whosaid:article:';
const LS_RECENT = 'whosaid:recent';

const meta = ({ key, title, saved, annotations }) => ({ key, title, saved, count: annotations?.length ?? 0 });
const newestFirst = (a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0);

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

async function indexedDbBackend(idb) {
  if (!idb) throw new Error('IndexedDB is not available');
  const open = idb.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' });
  const db = await request(open);
  const tx = (mode, fn) =>
    new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const r = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(r?.result);
      t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction was aborted'));
    });
  return {
    kind: 'IndexedDB',
    save: (record) => tx('readwrite', (s) => s.put(record)),
    load: (key) => tx('readonly', (s) => s.get(key)),
    list: async () => (await tx('readonly', (s) => s.getAll())).map(meta),
  };
}

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
 */
export async function openStorage({ idb = globalThis.indexedDB, ls = globalThis.localStorage, onProblem = () => {} } = {}) {
  const makers = [() => indexedDbBackend(idb), () => localStorageBackend(ls), () => memoryBackend()];
  let backend = null;
  let problem = null;
  const fail = (what, e) => {
    problem = `${what}: ${e?.message ?? e}`;
  };
  let next = 0;
  async function advance() {
    while (next < makers.length) {
      const make = makers[next++];
      try {
        backend = await make();
        return;
      } catch (e) {
        fail(next === 1 ? 'IndexedDB could not be opened' : 'localStorage could not be used', e);
      }
    }
  }
  await advance();
  if (problem) onProblem(problem, backend.kind);

  // The memory backend holds what the failed ones had been given, so nothing is lost when one gives up.
  async function withFallback(op) {
    for (;;) {
      try {
        return await op(backend);
      } catch (e) {
        fail(`${backend.kind} failed`, e);
        await advance();
        onProblem(problem, backend.kind);
      }
    }
  }
  return {
    kind: () => backend.kind,
    problem: () => problem,
    save: (record) => withFallback((b) => b.save(record)),
    load: (key) => withFallback((b) => b.load(key)),
    recent: async (limit = 20) => (await withFallback((b) => b.list())).sort(newestFirst).slice(0, limit),
  };
}
