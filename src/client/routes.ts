/**
 * The route table for browser scripts. The base is read at run time from the `<meta
 * name="fixpath-base">` the layout writes, so a script bundled once links right under any base.
 */
import { BASE_META, createRoutes } from '../lib/routes.ts';

export const routes = createRoutes(document.querySelector(`meta[name="${BASE_META}"]`)?.getAttribute('content') ?? '/');
