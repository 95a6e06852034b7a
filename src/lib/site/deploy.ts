/**
 * Where the site is deployed: the config's `base` and `site`, which a CI job may override with
 * `FIXPATH_BASE` and `FIXPATH_SITE` (the GitHub Pages workflow derives both from the repository,
 * so the same content deploys to a fork without an edit). Both sources pass the config schema's
 * checks, so an override is held to the same rules as the file.
 */
import { baseSchema, siteSchema, type SiteConfig } from '../content/schema.ts';

export interface Deploy {
  /** `/` or `/kb/`. */
  base: string;
  /** `https://example.github.io`, or undefined: then nothing that needs absolute links is built. */
  site: string | undefined;
}

/** The environment variables that override the config (names as they appear in a CI file). */
export interface DeployEnv {
  FIXPATH_BASE?: string | undefined;
  FIXPATH_SITE?: string | undefined;
}

/** Thrown for an override that breaks the config's rules; the message names the variable. */
export class DeployEnvError extends Error {}

/** The config's deploy settings with non-empty environment overrides applied and checked. */
export function deploySettings(config: Pick<SiteConfig, 'base' | 'site'>, env: DeployEnv): Deploy {
  return {
    base: env.FIXPATH_BASE ? checked('FIXPATH_BASE', baseSchema, env.FIXPATH_BASE) : config.base,
    site: env.FIXPATH_SITE ? checked('FIXPATH_SITE', siteSchema, env.FIXPATH_SITE) : config.site,
  };
}

function checked(name: string, schema: typeof baseSchema | typeof siteSchema, value: string): string {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DeployEnvError(`${name}=${JSON.stringify(value)}: ${result.error.issues[0]?.message}`);
}

/** A page's absolute address: the site's origin plus the page's path (which carries the base). */
export function absoluteUrl(site: string, pagePath: string): string {
  return new URL(pagePath, `${site}/`).href;
}
