/**
 * Node adapter: a dev-server middleware that serves one folder's files under a URL prefix, for
 * `astro dev` to answer pagefind requests from the last build's `dist/pagefind/` (pagefind indexes
 * built HTML, which dev never writes). A missing folder or file falls through to the dev server,
 * whose 404 the search page treats as "no full-text results".
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function serveFolder(prefix: string, folder: string) {
  const root = path.resolve(folder);
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(prefix)) return next();
    let file: string;
    try {
      file = path.resolve(root, decodeURIComponent(url.slice(prefix.length)));
    } catch {
      return next();
    }
    // Never outside the folder, whatever `..` or encoded slashes the address holds.
    if (!file.startsWith(root + path.sep)) return next();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return next();
    }
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-cache');
    res.end(body);
  };
}
