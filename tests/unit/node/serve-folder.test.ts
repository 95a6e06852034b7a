/** The dev server's pagefind middleware: serves the folder, never outside it, falls through otherwise. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../../src/node/serve-folder.ts';

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'fixpath-serve-'));
  await mkdir(path.join(parent, 'pagefind/index'), { recursive: true });
  await writeFile(path.join(parent, 'pagefind/pagefind.js'), 'export {}');
  await writeFile(path.join(parent, 'pagefind/index/ja_1.pf_index'), 'chunk');
  await writeFile(path.join(parent, 'secret.txt'), 'secret');
});

/** What the middleware did with `url`: the body it sent and its type, or 'next'. */
async function request(url: string): Promise<string> {
  const headers: Record<string, string> = {};
  let result = 'next';
  const res = {
    setHeader: (name: string, value: string) => void (headers[name] = value),
    end: (body: Buffer) => void (result = `${headers['content-type']} ${body.toString()}`),
  } as unknown as ServerResponse;
  await serveFolder('/kb/pagefind/', path.join(parent, 'pagefind'))({ url } as IncomingMessage, res, () => undefined);
  return result;
}

describe('serveFolder', () => {
  it('serves files under the prefix with their type', async () => {
    expect(await request('/kb/pagefind/pagefind.js?v=1')).toBe('text/javascript; charset=utf-8 export {}');
    expect(await request('/kb/pagefind/index/ja_1.pf_index')).toBe('application/octet-stream chunk');
  });

  it('falls through for other addresses, missing files and the folder itself', async () => {
    for (const url of ['/pagefind/pagefind.js', '/kb/other.js', '/kb/pagefind/missing.js', '/kb/pagefind/', '/kb/pagefind/%E0%A4%A']) {
      expect(await request(url), url).toBe('next');
    }
  });

  it('never reads outside the folder', async () => {
    for (const url of ['/kb/pagefind/../secret.txt', '/kb/pagefind/..%2fsecret.txt', '/kb/pagefind/%2e%2e/secret.txt']) {
      expect(await request(url), url).toBe('next');
    }
  });
});
