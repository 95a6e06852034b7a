/**
 * Synthetic runbooks for the benchmark: realistic enough to stress the engines the way real
 * content does (error messages with hosts, ports and ids; Japanese and English prose; a few
 * hundred distinct words), built by recombining templates with a seeded PRNG so every run
 * measures the same corpus.
 */
import type { KnowledgeBase, RunbookEntry } from '../src/lib/content/model.ts';
import { configSchema, runbookSchema } from '../src/lib/content/schema.ts';

/** mulberry32: a tiny, fast, seedable PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SERVICES = [
  'mysql', 'postgres', 'redis', 'nginx', 'kafka', 'elasticsearch', 'rabbitmq', 'api-gateway', 'alb',
  'kubernetes', 's3', 'lambda', 'memcached', 'mongodb', 'etcd', 'envoy', 'haproxy', 'cassandra',
  'zookeeper', 'consul', 'vault', 'prometheus', 'grafana', 'fluentd', 'cloudfront', 'sqs',
] as const;
const SCREENS = ['ログイン画面', '決済ページ', '検索結果', 'マイページ', '管理画面', 'checkout', 'login page', 'dashboard', 'search results', 'order history'];
const METRICS_JA = ['CPU 使用率', 'メモリ使用率', 'ディスク使用率', 'レイテンシ', 'エラー率', '接続数', 'キュー長', 'レプリケーション遅延'];
const METRICS_EN = ['CPU utilisation', 'memory usage', 'disk usage', 'p95 latency', 'error rate', 'open connections', 'queue depth', 'replication lag'];
const PATHS = ['/v1/orders', '/api/users/me', '/cart/items', '/search', '/healthz', '/v2/payments', '/graphql', '/reports/daily'];
const NAMES = ['orders', 'billing', 'catalog', 'session', 'payments', 'inventory', 'search', 'notify', 'auth', 'feed'];

/** Values that differ between two occurrences of the same error. */
function slots(r: Random) {
  return {
    ip: `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    port: String(pick(r, [80, 443, 3306, 5432, 6379, 8080, 9092, 9200, 27017, 2379, 11211, int(r, 1024, 65535)])),
    host: `${pick(r, NAMES)}-${pick(r, ['db', 'api', 'cache', 'mq', 'web'])}-${String(int(r, 1, 40)).padStart(2, '0')}.${pick(r, ['prod', 'stg'])}.internal`,
    n: String(int(r, 2, 5000)),
    ms: String(int(r, 1, 120) * 500),
    path: pick(r, PATHS),
    name: pick(r, NAMES),
    svc: pick(r, SERVICES),
    code: String(pick(r, [1040, 1205, 1213, 2002, 2013, 3024, 1153])),
  };
}
type Slots = ReturnType<typeof slots>;

/** Error lines as they appear in logs; `{x}` are filled from Slots. */
const ERRORS = [
  'connect ECONNREFUSED {ip}:{port}',
  'ERROR {code} (HY000): Lost connection to MySQL server at {host}:{port}',
  'getaddrinfo ENOTFOUND {host}',
  'getaddrinfo EAI_AGAIN {host}',
  'upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://{ip}:{port}{path}"',
  'connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://{ip}:{port}{path}"',
  '{name}Pool - Connection is not available, request timed out after {ms}ms (total={n}, active={n}, idle=0)',
  "ENOSPC: no space left on device, write '/var/lib/{svc}/{name}.log'",
  "OOM command not allowed when used memory > 'maxmemory' on {host}:{port}",
  'x509: certificate has expired or is not yet valid: {host}',
  'java.net.SocketTimeoutException: Read timed out after {ms} ms calling {host}:{port}{path}',
  'kafka consumer group {name} lag {n} on partition {code}',
  'FATAL: remaining connection slots are reserved for non-replication superuser connections ({host})',
  'cluster health status changed from [YELLOW] to [RED], {n} unassigned shards on {host}',
  'etcdserver: request timed out, took {ms}ms on {ip}:{port}',
  '503 Service Unavailable from {svc} at {ip}:{port}',
  'Back-off restarting failed container {name} in pod {name}-{n}: CrashLoopBackOff',
  'OOMKilled: container {name} exceeded memory limit {n}Mi',
  'deadlock detected while updating {name} (transaction {n})',
  'dial tcp {ip}:{port}: i/o timeout',
  'SSL_ERROR_SYSCALL in connection to {host}:{port}',
  'Too many open files (errno 24) accepting on {ip}:{port}',
  'ReadTimeout: HTTPSConnectionPool(host={host}, port={port}): Read timed out. (read timeout={ms})',
  'redis.exceptions.ConnectionError: Error 111 connecting to {host}:{port}. Connection refused.',
] as const;

const PROSE_JA = [
  '{svc} の{metric}が {n}% を超えたまま下がらない',
  '{svc} への接続がタイムアウトして {screen} が表示されない',
  'ユーザーから「{screen}が開けない」という問い合わせが続く',
  'デプロイ直後から {svc} のエラー率が上がった',
  '{svc} のレスポンスが普段の {n} 倍遅い',
  '夜間バッチの後に {svc} が応答しなくなる',
  '{svc} のログに同じエラーが毎秒出続けている',
] as const;
const PROSE_EN = [
  '{metric} on {svc} stays above {n}% for more than ten minutes',
  'users report that the {screen} fails to load',
  '{svc} stops answering right after a deploy',
  'requests to {svc} take {n} times longer than usual',
  'health checks against {svc} fail intermittently',
  '{svc} error rate climbs during the nightly batch',
  'alerts fire for {svc} every few minutes and clear on their own',
] as const;
const PROBLEMS_JA = ['接続エラー', 'タイムアウト', '容量不足', '応答なし', '性能劣化', '証明書エラー', '名前解決の失敗', 'メモリ不足'];
const PROBLEMS_EN = ['connection errors', 'timeouts', 'running out of space', 'not responding', 'slow responses', 'certificate errors', 'name resolution failures', 'out of memory'];
const FIXES_JA = ['再起動する', 'スケールアウトする', '設定値を見直す', '古いデータを削除する', '監視を追加する', 'フェイルオーバーする'];
const FIXES_EN = ['restart it', 'scale out', 'review the configuration', 'delete old data', 'add monitoring', 'fail over'];

function fill(template: string, s: Slots, r: Random, ja: boolean): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'metric') return pick(r, ja ? METRICS_JA : METRICS_EN);
    if (key === 'screen') return pick(r, SCREENS);
    return s[key as keyof Slots] ?? key;
  });
}

/** One error line with fresh values: the same message another host or port would log. */
export function errorLine(r: Random, template = pick(r, ERRORS)): string {
  return fill(template, slots(r), r, false);
}

function runbook(r: Random, i: number): RunbookEntry {
  const ja = r() < 0.5;
  const s = slots(r);
  const symptoms = [
    ...Array.from({ length: int(r, 1, 3) }, () => errorLine(r)),
    ...Array.from({ length: int(r, 1, 3) }, () => fill(pick(r, ja ? PROSE_JA : PROSE_EN), s, r, ja)),
  ];
  const id = `rb-${String(i).padStart(5, '0')}-${s.svc}-${s.name}`;
  const problem = pick(r, ja ? PROBLEMS_JA : PROBLEMS_EN);
  const data = runbookSchema.parse({
    title: ja ? `${s.svc} (${s.name}) の${problem}` : `${s.svc} ${problem} in ${s.name}`,
    summary: fill(pick(r, ja ? PROSE_JA : PROSE_EN), s, r, ja),
    category: pick(r, ['database/connections', 'storage/disk', 'network/dns', 'web/nginx', 'cache/redis']),
    services: [s.svc, pick(r, SERVICES)],
    severity: pick(r, ['critical', 'high', 'medium', 'low']),
    lang: ja ? 'ja' : 'en',
    symptoms,
    alerts: r() < 0.5 ? [`${s.svc.replace(/[^a-z]/g, '')}${s.name}Alert${i}`] : [],
    causes: [{ id: 'cause', title: fill(pick(r, ja ? PROSE_JA : PROSE_EN), s, r, ja) }],
    solutions: Array.from({ length: int(r, 2, 4) }, (_, k) => ({
      id: `solution-${k}`,
      title: ja ? `${s.svc} を${pick(r, FIXES_JA)}` : `${pick(r, FIXES_EN)} (${s.svc})`,
      kind: pick(r, ['mitigation', 'fix', 'prevention']),
    })),
    tags: [s.svc, s.name, pick(r, ['outage', 'latency', 'capacity', 'security'])],
  });
  const body = Array.from({ length: 6 }, () => fill(pick(r, ja ? PROSE_JA : PROSE_EN), s, r, ja)).join('\n\n');
  return { id, file: `runbooks/${id}.mdx`, data, body, bodyLine: 1 };
}

/** A knowledge base of `count` synthetic runbooks (no incidents), the same for the same seed. */
export function generateKnowledgeBase(count: number, seed = 42): KnowledgeBase {
  const r = prng(seed);
  return {
    config: configSchema.parse({ lang: 'ja', timezone: 'Asia/Tokyo' }),
    categories: [],
    glossary: [],
    runbooks: Array.from({ length: count }, (_, i) => runbook(r, i)),
    incidents: [],
    paths: [],
  };
}

const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN'];
const NOISE = [
  'GET {path} 200 {ms}ms',
  'worker {name} heartbeat ok',
  'cache hit ratio {n} for {name}',
  'scheduled job {name} finished in {ms}ms',
  'POST {path} 201 {ms}ms user={n}',
  '    at {name}.handle ({path}.js:{n}:{code})',
  'connection to {host} reused (pool {name})',
];

/** Benchmark queries: exact error lines (new values), short phrases, and 40-line logs. */
export function generateQueries(seed = 7) {
  const r = prng(seed);
  const exact = Array.from({ length: 200 }, () => errorLine(r));
  const phrase = Array.from({ length: 200 }, () =>
    r() < 0.5
      ? `${pick(r, SERVICES)} ${pick(r, PROBLEMS_JA)}`
      : `${pick(r, SERVICES)} ${pick(r, ['timeout', 'refused', 'slow', 'down', 'full', 'oom', 'expired'])}`,
  );
  const log = Array.from({ length: 20 }, () => {
    let at = Date.UTC(2026, 2, 1, 9) + int(r, 0, 86_400) * 1000;
    const errorAt = new Set([int(r, 5, 35), int(r, 5, 35)]);
    return Array.from({ length: 40 }, (_, line) => {
      at += int(r, 5, 900);
      const text = errorAt.has(line) ? `ERROR ${errorLine(r)}` : `${pick(r, LEVELS)} ${fill(pick(r, NOISE), slots(r), r, false)}`;
      return `${new Date(at).toISOString()} ${text}`;
    }).join('\n');
  });
  return { exact, phrase, log };
}
