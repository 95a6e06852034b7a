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

/** Sentences of a runbook body: investigation, commands, context; `{x}` filled like the rest. */
const BODY_EN = [
  'Check {metric} on {host} first: if it stays above {n}% the cause is usually on this node, not upstream.',
  'Run `kubectl -n {name} get pods -o wide` and look for pods of {svc} that restarted in the last {n} minutes.',
  'The {svc} dashboard shows {metric} rising from {n} to {n} within {ms} ms of the first error.',
  'Read the last {n} lines of /var/log/{svc}/{name}.log and note when the first error appeared.',
  'When the {name} client retries without backoff, requests pile up behind the connection pool and latency doubles.',
  'Compare the configuration of {host} with a healthy node: max_connections, timeouts, pool sizes and keepalive.',
  'Escalate to the {name} team when {metric} is still high fifteen minutes after the mitigation.',
  'A previous incident with the same symptom was caused by a change to {path} that doubled the traffic.',
  'Confirm with `curl -sv http://{ip}:{port}{path}` that the endpoint answers before you close the alert.',
  'Write down the time, the host {host} and the exact error in the incident channel before restarting anything.',
  'If only one availability zone is affected, drain it in the load balancer and keep serving from the others.',
  'Do not delete data on {host} until someone from the {name} team has confirmed a backup exists.',
  'The metric {name}_{svc}_errors_total should drop back to zero within a few minutes after the fix.',
  'Check whether a deploy of {svc} happened shortly before the alert; roll it back if it did.',
  'Large batch jobs against {svc} at night can exhaust {metric} for everything else on the cluster.',
] as const;
const BODY_JA = [
  'まず {host} の{metric}を確認する。{n}% を超えたままなら上流ではなくこのノードに原因があることが多い。',
  '`kubectl -n {name} get pods -o wide` を実行し、直近 {n} 分で再起動した {svc} の Pod がないか見る。',
  '{svc} のダッシュボードでは最初のエラーから {ms} ms 以内に{metric}が {n} から {n} に上がっている。',
  '/var/log/{svc}/{name}.log の最後の {n} 行を読み、最初にエラーが出た時刻を記録する。',
  '{name} のクライアントがバックオフなしで再試行すると、接続プールの前にリクエストが溜まり遅延が倍になる。',
  '{host} の設定を正常なノードと比べる。max_connections、タイムアウト、プールサイズ、keepalive を確認する。',
  '対処から 15 分たっても{metric}が高いままなら {name} チームにエスカレーションする。',
  '以前の同じ症状の障害は {path} への変更でトラフィックが倍になったことが原因だった。',
  'アラートを閉じる前に `curl -sv http://{ip}:{port}{path}` でエンドポイントが応答することを確認する。',
  '何かを再起動する前に、時刻とホスト {host} と正確なエラーを障害チャンネルに書き残す。',
  '影響が一つのアベイラビリティゾーンだけなら、ロードバランサーから外して残りで処理を続ける。',
  'バックアップがあることを {name} チームが確認するまで {host} のデータは削除しない。',
  '修正後は数分以内に {name}_{svc}_errors_total が 0 に戻るはずだ。',
  'アラートの直前に {svc} のデプロイがなかったか確認し、あれば切り戻す。',
  '夜間の大きなバッチが {svc} に集中すると、クラスタ全体の{metric}が枯渇することがある。',
] as const;

type Voice = 'en' | 'ja' | 'mixed';

/** Words in a text: Latin words by spaces, Japanese at about one word per 2.5 characters. */
function words(text: string): number {
  const latin = text.match(/[A-Za-z0-9_]+/g)?.length ?? 0;
  const cjk = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  return latin + Math.round(cjk / 2.5);
}

function runbook(r: Random, i: number): RunbookEntry {
  // Half English, a quarter Japanese, a quarter mixed (Japanese prose around English errors and terms).
  const roll = r();
  const voice: Voice = roll < 0.5 ? 'en' : roll < 0.75 ? 'ja' : 'mixed';
  const ja = voice !== 'en';
  const jaNow = () => (voice === 'mixed' ? r() < 0.5 : ja);
  const s = slots(r);
  const prose = () => {
    const j = jaNow();
    return fill(pick(r, j ? PROSE_JA : PROSE_EN), s, r, j);
  };
  // 3-7 symptoms: one to three error lines, the rest prose.
  const errors = int(r, 1, 3);
  const symptoms = [...Array.from({ length: errors }, () => errorLine(r)), ...Array.from({ length: int(r, 3, 7) - errors }, prose)];
  const id = `rb-${String(i).padStart(5, '0')}-${s.svc}-${s.name}`;
  const problem = pick(r, ja ? PROBLEMS_JA : PROBLEMS_EN);
  const causes = Array.from({ length: int(r, 1, 3) }, (_, k) => ({ id: `cause-${k}`, title: prose(), detail: prose() }));
  const data = runbookSchema.parse({
    title: ja ? `${s.svc} (${s.name}) の${problem}` : `${s.svc} ${problem} in ${s.name}`,
    summary: prose(),
    category: pick(r, ['database/connections', 'storage/disk', 'network/dns', 'web/nginx', 'cache/redis']),
    services: [s.svc, pick(r, SERVICES)],
    severity: pick(r, ['critical', 'high', 'medium', 'low']),
    lang: ja ? 'ja' : 'en',
    symptoms,
    alerts: r() < 0.5 ? [`${s.svc.replace(/[^a-z]/g, '')}${s.name}Alert${i}`] : [],
    causes,
    solutions: Array.from({ length: int(r, 1, 3) }, (_, k) => {
      const j = jaNow();
      return {
        id: `solution-${k}`,
        title: j ? `${s.svc} を${pick(r, FIXES_JA)}` : `${pick(r, FIXES_EN)} (${s.svc})`,
        kind: pick(r, ['mitigation', 'fix', 'prevention'] as const),
        cause: pick(r, causes).id,
        steps: Array.from({ length: int(r, 1, 3) }, () => fill(pick(r, j ? BODY_JA : BODY_EN), s, r, j)),
      };
    }),
    tags: [s.svc, s.name, pick(r, ['outage', 'latency', 'capacity', 'security'])],
  });
  // A body of 200-600 words, in paragraphs of two to four sentences.
  const target = int(r, 200, 600);
  const paragraphs: string[] = [];
  for (let total = 0; total < target; ) {
    const sentences = Array.from({ length: int(r, 2, 4) }, () => {
      const j = jaNow();
      return fill(pick(r, j ? BODY_JA : BODY_EN), s, r, j);
    });
    const paragraph = sentences.join(ja ? '' : ' ');
    total += words(paragraph);
    paragraphs.push(paragraph);
  }
  return { id, file: `runbooks/${id}.mdx`, data, body: paragraphs.join('\n\n'), bodyLine: 1 };
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

/** Japanese phrases a reader types: a service and a problem, or a fragment of a symptom. */
const JA_PHRASES = ['接続がタイムアウト', '応答しなくなる', 'エラー率が上がった', '表示されない', '問い合わせが続く', 'レスポンスが遅い', 'デプロイ直後', '夜間バッチ'];

/** Benchmark queries: exact error lines (new values), short English phrases, Japanese phrases, and 40-line logs. */
export function generateQueries(seed = 7) {
  const r = prng(seed);
  const exact = Array.from({ length: 200 }, () => errorLine(r));
  const phrase = Array.from({ length: 200 }, () =>
    `${pick(r, SERVICES)} ${pick(r, ['timeout', 'refused', 'slow', 'down', 'full', 'oom', 'expired', 'connection errors', 'not responding'])}`,
  );
  const japanese = Array.from({ length: 200 }, () =>
    r() < 0.5 ? `${pick(r, SERVICES)} ${pick(r, PROBLEMS_JA)}` : pick(r, JA_PHRASES),
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
  return { exact, phrase, japanese, log };
}
