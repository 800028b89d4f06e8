#!/usr/bin/env node
// Serves www/ on the loopback interface with sirv, for `npm start` and the browser tests.
//
//   node scripts/serve.mjs [--port N]     (default: $PORT or 8080; the next free port if taken)

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const WWW = fileURLToPath(new URL('../www/', import.meta.url));

/**
 * Starts a static server for `root` on `host:port` (port 0 picks a free one). Resolves to
 * `{url, server, close()}` once it is listening.
 */
export function startServer({ root = WWW, host = '127.0.0.1', port = 0 } = {}) {
  // dev: no caching, so a rebuilt www/pkg is picked up on reload.
  const files = sirv(root, { dev: true, dotfiles: false });
  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found\n');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}/`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function main() {
  const i = process.argv.indexOf('--port');
  let port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT || 8080);
  for (let tries = 0; ; tries++) {
    try {
      const { url } = await startServer({ port });
      console.log(`whosaid is served at ${url}  (Ctrl+C stops it)`);
      return;
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || tries >= 20) throw e;
      port += 1;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}
