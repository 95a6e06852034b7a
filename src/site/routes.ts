/**
 * The route table for Astro pages and components: the build's base (astro.config's `base`, which
 * Astro exposes as `import.meta.env.BASE_URL`), so every link follows a sub-path deploy.
 */
import { createRoutes } from '../lib/routes.ts';

export const routes = createRoutes(import.meta.env.BASE_URL);
