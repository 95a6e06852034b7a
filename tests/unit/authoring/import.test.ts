import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../src/cli/main.ts';
import { importPage } from '../../../src/lib/authoring/import.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { parseContent } from '../../../src/lib/content/load.ts';
import { categoriesSchema } from '../../../src/lib/content/schema.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

const FIXTURE = 'tests/fixtures/import';
const categoriesText = readFileSync(`${FIXTURE}/content/categories.yaml`, 'utf8');
const categories = categoriesSchema.parse(parse(categoriesText));
const page = (name: string) => ({ path: name, text: readFileSync(`${FIXTURE}/${name}`, 'utf8') });
const frontmatter = (text: string) => {
  const split = splitFrontmatter(text);
  if ('error' in split) throw new Error(split.error);
  return parse(split.yaml) as Record<string, any>;
};

/** The imported files next to the fixture's categories, through the whole validator (MDX included). */
async function errorsOf(files: { path: string; text: string }[]) {
  const problems = await validateContent(parseContent([{ path: 'categories.yaml', text: categoriesText }, ...files]), { now: new Date('2026-11-21T00:00:00Z') });
  return problems.filter((p) => p.severity === 'error');
}

describe('importing a Docusaurus operations page with bold labels (the style of seed 004)', () => {
  const result = importPage(page('operations-guide.md'), { categories });
  const [worker, redis] = result.runbooks;

  it('makes one runbook per procedure heading, and both validate', async () => {
    expect(result.runbooks.map((r) => frontmatter(r.text).title)).toEqual(['ワーカーがキューを処理しない', 'Redis に接続できない']);
    expect(await errorsOf(result.runbooks)).toEqual([]);
  });

  it('maps 症状 and 原因 list items, and takes steps from the commented shell block', () => {
    const data = frontmatter(worker!.text);
    expect(data.symptoms).toEqual(['SQS の `ApproximateNumberOfMessagesVisible` が増え続ける', '「注文確認メールが届かない」という問い合わせ']);
    expect(data.causes.map((c: { title: string }) => c.title)).toEqual([
      'ワーカーのタスクが OOM で落ち続けている',
      '可視性タイムアウトが処理時間より短く、同じメッセージが何度も戻る',
    ]);
    expect(data.solutions).toHaveLength(1);
    expect(data.solutions[0].kind).toBe('mitigation');
    expect(data.solutions[0].steps).toEqual([
      '停止理由の確認: `aws ecs describe-tasks --cluster worker-cluster --tasks <task-arn>`',
      'ワーカーの再起動: `aws ecs update-service --cluster worker-cluster --service worker --force-new-deployment`',
      '滞留が解消したか確認: `aws sqs get-queue-attributes --queue-url <queue-url> --attribute-names ApproximateNumberOfMessagesVisible`',
    ]);
    expect(data.tags).toEqual(['operations', 'aws']);
    expect(data.lang).toBe('ja');
  });

  it('keeps the rest of the procedure as the body, the solution section headed by its id', () => {
    const body = worker!.text.slice(worker!.text.indexOf('\n---\n') + 5);
    const solution = frontmatter(worker!.text).solutions[0].id;
    expect(body.split('\n').filter((l) => /^#{2,6} /.test(l))).toEqual(['## 確認手順', '## 対応手順', `### ${solution}`]);
    expect(body).toContain('1. ECS でワーカーの停止理由を確認');
    expect(body).toContain('aws ecs describe-tasks \\\n  --cluster worker-cluster');
    // Symptoms and causes live in the frontmatter only.
    expect(body).not.toContain('症状');
  });

  it('guesses categories from the taxonomy and names each guess', () => {
    expect(frontmatter(worker!.text).category).toBe('application/queue');
    expect(frontmatter(redis!.text).category).toBe('cache/redis');
    expect(redis!.path).toBe('runbooks/cache/redis.mdx');
  });

  it('reports what it left out, guessed or filled in, with the line in the page', () => {
    expect(result.notes.map((n) => `${n.line}: ${n.message}`)).toEqual([
      '1: frontmatter "sidebar_position" left out: it only places the page in a Docusaurus site',
      '6: lines 6-27 left out, not part of a runbook: 運用ガイド, 概要, 監視, 障害対応, 手順書',
      '29: "ワーカーがキューを処理しない": category "application/queue" guessed from "queue"; check it',
      '29: "ワーカーがキューを処理しない": the page gives no severity; set to "medium"',
      '29: "ワーカーがキューを処理しない": id "operations-guide-1" made from the file name (the title has no latin letters); rename the file to a better id',
      '59: "Redis に接続できない": no causes found; wrote a placeholder cause "main-cause" to replace',
      '59: "Redis に接続できない": category "cache/redis" guessed from "redis"; check it',
      '59: "Redis に接続できない": the page gives no severity; set to "medium"',
      '76: lines 76-81 left out, not part of a runbook: 定期作業',
    ]);
  });
});

describe('importing a page with Symptoms / Causes / Resolution headings', () => {
  const result = importPage(page('disk-full.md'), { categories, severity: 'high' });
  const runbook = result.runbooks[0]!;
  const data = frontmatter(runbook.text);

  it('makes one runbook of the page, titled from the frontmatter, that validates', async () => {
    expect(result.runbooks).toHaveLength(1);
    expect(runbook.path).toBe('runbooks/storage/disk-full-on-application-hosts.mdx');
    expect(data).toMatchObject({ title: 'Disk full on application hosts', severity: 'high', lang: 'en', category: 'storage/disk', tags: ['disk', 'linux'] });
    expect(data.summary).toBe('The root volume of an application host fills up and every write fails.');
    expect(await errorsOf(result.runbooks)).toEqual([]);
  });

  it('makes a solution of each sub-heading, its kind from the section or its own words', () => {
    expect(data.solutions.map((s: { id: string; kind: string }) => `${s.id}:${s.kind}`)).toEqual(['remove-old-logs:fix', 'prevent-it-from-coming-back:prevention']);
    expect(data.solutions[0].steps).toEqual([
      'Find the biggest directories with `du -xh --max-depth=2 /var | sort -rh | head`',
      "Delete rotated logs older than a week: `find /var/log -name '*.gz' -mtime +7 -delete`",
      'Remove the archive of a retired service: `rm -rf /var/log/legacy-app`',
    ]);
    // A destructive command is never imported as a low-risk step.
    expect(data.solutions.map((s: { risk?: string }) => s.risk)).toEqual(['medium', undefined]);
    expect(runbook.text).toContain('## Resolution\n\n### remove-old-logs\n\n1. Find the biggest');
    expect(runbook.text).toContain('## Notes\n\nAsk the platform team before resizing a volume.');
  });

  it('reports the Docusaurus-only keys and no severity note when one was given', () => {
    expect(result.notes.map((n) => n.message)).toEqual([
      'frontmatter "sidebar_position" left out: it only places the page in a Docusaurus site',
      'frontmatter "sidebar_label" left out: it only places the page in a Docusaurus site',
      '"Disk full on application hosts": solution "remove-old-logs" runs "rm -rf /var/log/legacy-app" (deletes files recursively without asking); set to risk: medium, check it',
      '"Disk full on application hosts": category "storage/disk" guessed from "disk"; check it',
    ]);
  });
});

it('imports nothing from a page without labelled sections, and says so', () => {
  const result = importPage(page('no-labels.md'), { categories });
  expect(result.runbooks).toEqual([]);
  expect(result.notes).toEqual([{ line: 1, message: 'no section labelled 症状/Symptoms, 原因/Causes or 対応/Resolution: nothing imported' }]);
});

describe('fixpath import', () => {
  let dir: string;
  let content: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fixpath-import-'));
    content = path.join(dir, 'content');
    await cp(`${FIXTURE}/content`, content, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function fixpath(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: (async function* () {})() });
    return { code, stdout, stderr };
  }

  it('writes the runbooks into the content directory, where they validate, and never overwrites', async () => {
    const first = await fixpath('import', `${FIXTURE}/operations-guide.md`, `${FIXTURE}/disk-full.md`, '--content', content);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${FIXTURE}/operations-guide.md:59 "Redis に接続できない": no causes found`);
    expect((await readdir(path.join(content, 'runbooks'), { recursive: true })).filter((f) => f.endsWith('.mdx')).sort()).toEqual([
      'application/operations-guide-1.mdx',
      'cache/redis.mdx',
      'storage/disk-full-on-application-hosts.mdx',
    ]);
    expect((await fixpath('validate', '--content', content)).code).toBe(0);

    const before = await readFile(path.join(content, 'runbooks/cache/redis.mdx'), 'utf8');
    const again = await fixpath('import', `${FIXTURE}/operations-guide.md`, '--content', content, '--category', 'cache/redis');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a runbook "redis" already exists');
    expect(await readFile(path.join(content, 'runbooks/cache/redis.mdx'), 'utf8')).toBe(before);
  });

  it('writes nothing with --dry-run', async () => {
    const dry = await fixpath('import', `${FIXTURE}/disk-full.md`, '--content', content, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would write');
    expect(dry.stdout).toContain('title: Disk full on application hosts');
    expect((await readdir(content)).includes('runbooks')).toBe(false);
  });
});
