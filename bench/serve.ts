/**
 * The benchmark's static server on 127.0.0.1 (a free port): files from the first of `roots` that
 * has them, text compressed with gzip as a CDN would (once per file, then kept), pagefind's files
 * that are gzip already sent as they are. It logs every response (path, bytes sent, when it
 * ended) so bench/browser.ts can check what Chromium reported.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.json', '.css', '.wasm']);

export interface Served {
  path: string;
  bytes: number;
  /** Date.now() when the response ended. */
  at: number;
}

export interface Server {
  url: string;
  log: Served[];
  close(): Promise<void>;
}

async function find(roots: readonly string[], pathname: string): Promise<string | undefined> {
  for (const root of roots) {
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    if (info && (await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

export function serve(roots: readonly string[]): Promise<Server> {
  const cache = new Map<string, { body: Buffer; gzip: boolean }>();
  const log: Served[] = [];
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = await find(roots, pathname);
    if (!file) return void res.writeHead(404).end(() => log.push({ path: pathname, bytes: 0, at: Date.now() }));
    let entry = cache.get(file);
    if (!entry) {
      const bytes = await readFile(file);
      const already = bytes[0] === 0x1f && bytes[1] === 0x8b;
      const compress = !already && COMPRESS.has(path.extname(file));
      cache.set(file, (entry = { body: compress ? gzipSync(bytes) : bytes, gzip: compress }));
    }
    const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' };
    if (entry.gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(entry.body, () => log.push({ path: pathname, bytes: entry.body.length, at: Date.now() }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, log, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
