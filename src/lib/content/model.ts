/**
 * The knowledge base as the rest of fixpath sees it: every file parsed and checked against the
 * schema. Built by `parseKnowledgeBase` (src/lib/content/load.ts) from files a Node adapter read.
 */
import type { Category, GlossaryTerm, Incident, LearningPath, Runbook, SiteConfig } from './schema.ts';

/** A file under the content directory: its path relative to that directory (with `/`) and text. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface Entry<T> {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the content directory, with `/` separators. */
  file: string;
  data: T;
  /** The MDX body after the frontmatter ('' for YAML entries). */
  body: string;
  /** 1-based line in the file where the body starts (for error positions inside the body). */
  bodyLine: number;
}

export type RunbookEntry = Entry<Runbook>;
export type IncidentEntry = Entry<Incident>;
export type PathEntry = Entry<LearningPath>;

export interface KnowledgeBase {
  config: SiteConfig;
  categories: Category[];
  glossary: GlossaryTerm[];
  runbooks: RunbookEntry[];
  incidents: IncidentEntry[];
  paths: PathEntry[];
}

/** One thing wrong with the content, where it is and what was expected. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the content directory. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path such as `solutions[2].kind`; '' when the problem is the whole file. */
  field: string;
  message: string;
}
