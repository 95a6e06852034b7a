/**
 * What the evaluation and the benchmark need from a search engine: built once over the runbooks,
 * then asked for runbook ids, best first. fixpath and the baselines sit behind this one shape so
 * the same queries meet them in the same run.
 */
import type { KnowledgeBase } from '../../src/lib/content/model.ts';

export interface EngineHit {
  id: string;
  /** The engine itself says this is a weak match, not an answer (only fixpath says so). */
  weak?: boolean;
  /** The solution (`runbook#solution`) the engine recommends first for this hit, if it recommends. */
  recommendation?: string;
}

export interface SearchEngine {
  name: string;
  /** Runbooks best first, at most `limit`. */
  search(query: string, limit: number): EngineHit[];
  /** The index as a browser would download it (for the benchmark's size figures). */
  serialize(): string;
}

/** Builds an engine over a knowledge base's runbooks. */
export type EngineFactory = (kb: KnowledgeBase) => SearchEngine;
