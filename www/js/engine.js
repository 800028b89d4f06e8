// The page's only door to the wasm core: one module Web Worker, started once, that annotates one article per call.
//
// The core runs in the worker so that typing and scrolling never wait for it; answers come back by request id.

/**
 * @import { EngineResult } from './types'
 * @typedef {{version: string, analyse: (text: string) => Promise<EngineResult>}} Engine
 * @typedef {{resolve: (result: EngineResult) => void, reject: (error: Error) => void}} Pending
 */

/**
 * Starts the worker; resolves to `{version, analyse(text)}` once the core is loaded.
 * @returns {Promise<Engine>}
 */
export function loadEngine() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  /** @type {Map<number, Pending>} */
  const pending = new Map();
  let next = 1;
  return new Promise((resolve, reject) => {
    worker.onerror = (e) => {
      const error = new Error(e.message || 'the annotation worker failed to start');
      reject(error);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    worker.onmessage = ({ data }) => {
      if ('ready' in data) {
        if (!data.ready) return reject(new Error(data.error));
        return resolve({
          version: data.version,
          /** @param {string} text */
          analyse: (text) =>
            new Promise((ok, fail) => {
              const id = next++;
              pending.set(id, { resolve: ok, reject: fail });
              worker.postMessage({ id, text });
            }),
        });
      }
      const p = pending.get(data.id);
      if (!p) return;
      performance.mark('whosaid:analysed');
      pending.delete(data.id);
      if (data.error) p.reject(new Error(data.error));
      else p.resolve(JSON.parse(data.json));
    };
  });
}
