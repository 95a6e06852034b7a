/**
 * Builds the site once per test run and serves it with `astro preview`: the sample content
 * (`content/`, Japanese UI) and a small English fixture (tests/fixtures/site-en/content), each
 * into its own folder under tests/e2e/.artifacts/ so a developer's `dist/` is left alone. Tests
 * get the base URLs with `inject('baseUrl')` and `inject('baseUrlEn')`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Japanese sample site, e.g. `http://127.0.0.1:40123` (no trailing slash). */
    baseUrl: string;
    /** The English fixture site. */
    baseUrlEn: string;
    /** Hostile text that passes the validator (tests/fixtures/hostile/site): it must stay text. */
    baseUrlHostile: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const artifacts = path.join(root, 'tests/e2e/.artifacts');
// Run astro's own script with the Node running vitest (22): the `astro` shim on PATH would pick
// whatever `node` comes first, which may be the system's older one.
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

const SITES = [
  { name: 'baseUrl', content: path.join(root, 'content'), outDir: path.join(artifacts, 'dist-ja') },
  { name: 'baseUrlEn', content: path.join(root, 'tests/fixtures/site-en/content'), outDir: path.join(artifacts, 'dist-en') },
  { name: 'baseUrlHostile', content: path.join(root, 'tests/fixtures/hostile/site/content'), outDir: path.join(artifacts, 'dist-hostile') },
] as const;

/** Run astro; resolves with everything it printed (the build-output test reads it for warnings). */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`astro ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function serve(outDir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [astroBin, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  // A loaded two-core machine has taken 28 s to start a preview server.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${url} within 90 s`);
}

export default async function setup(project: TestProject) {
  const servers: ChildProcess[] = [];
  try {
    for (const site of SITES) {
      // Builds run one after the other: they share the project's .astro cache.
      const log = await run(['build', '--outDir', site.outDir], { ...process.env, FIXPATH_CONTENT_DIR: site.content });
      await writeFile(`${site.outDir}.build.log`, log);
      const { url, server } = await serve(site.outDir);
      servers.push(server);
      project.provide(site.name, url);
    }
  } catch (error) {
    for (const server of servers) server.kill();
    throw error;
  }
  return async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.exitCode !== null) return resolve();
            server.once('exit', () => resolve());
            server.kill();
          }),
      ),
    );
  };
}
