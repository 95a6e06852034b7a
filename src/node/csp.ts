/**
 * The site's Content-Security-Policy (Astro's `security.csp`, written as a `<meta http-equiv>` into
 * every page): scripts only from the site itself or with the hash of one of its own inline scripts,
 * so a `<script>` or `onerror=` that slipped into a runbook body still cannot run. Astro hashes the
 * scripts it bundles; the inline ones it is handed as text are hashed here, at build time, from
 * the same files the pages inline.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Scripts the layout inlines verbatim (`<script is:inline set:html={...}>`). */
const INLINE_SCRIPTS = [new URL('../client/theme-early.js', import.meta.url)];

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [
      "default-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      // pagefind compiles its WebAssembly search core in the page.
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: INLINE_SCRIPTS.map((file) => sha256(readFileSync(file, 'utf8'))) as `sha256-${string}`[],
    },
    styleDirective: {
      // Style attributes set sizes (the likelihood bar); they cannot run code. Style elements need a hash.
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
    },
  };
}
