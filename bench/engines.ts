/** The engines the benchmark compares, by name; the first is the one the ratios are about. */
import { fuseEngine, miniSearchEngine } from '../tests/eval/baselines.ts';
import type { EngineFactory } from '../tests/eval/engines.ts';
import { fixpathEngine } from '../tests/eval/fixpath.ts';

export const ENGINES: Record<string, EngineFactory> = {
  fixpath: fixpathEngine,
  'fuse.js': fuseEngine,
  minisearch: miniSearchEngine,
};
