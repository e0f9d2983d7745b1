import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * The api-write load generator, run as its own process by bench/api-write.ts (never inside a server's process):
 * autocannon with `connections` connections for `seconds` seconds (at most `maxRequests` requests), each request a
 * new registration with its own client id (setupRequest). Reads its job as JSON from argv[2]; prints one JSON
 * line: {requests, ok, non2xx, errors, timeouts, seconds, writes_per_s, p50_ms, p95_ms, p99_ms, statuses}.
 */
interface Job {
  url: string;
  headers: Record<string, string>;
  /** The body of every request; `id` is set per request when `uniqueId` is true. */
  body: Record<string, unknown>;
  uniqueId: boolean;
  /** Spreads the requests over the days of this year (`occurredOn`), so the rollups get many rows, as in real use. */
  spreadYear?: number;
  connections: number;
  seconds: number;
  maxRequests: number;
}

interface AutocannonResult {
  duration: number;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void,
  ): void;
}
type Autocannon = (
  options: object,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const url = new URL(job.url);
let sent = 0;
const days = job.spreadYear
  ? Array.from({ length: 365 }, (_, i) =>
      new Date(Date.UTC(job.spreadYear ?? 2020, 0, 1 + i)).toISOString().slice(0, 10),
    )
  : [];

const latencies: number[] = [];
const result = await new Promise<AutocannonResult>((resolve, reject) => {
  const instance = autocannon(
    {
      url: url.origin,
      connections: job.connections,
      duration: job.seconds,
      maxOverallRequests: job.maxRequests,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: url.pathname + url.search,
          headers: { 'content-type': 'application/json', ...job.headers },
          setupRequest: (request: Record<string, unknown>) => {
            const i = sent++;
            const body = {
              ...job.body,
              ...(job.uniqueId ? { id: randomUUID() } : {}),
              ...(days.length ? { occurredOn: days[i % days.length] } : {}),
            };
            return { ...request, body: JSON.stringify(body) };
          },
        },
      ],
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
  });
});
latencies.sort((a, b) => a - b);
const at = (p: number) =>
  latencies.length
    ? (latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil((p / 100) * latencies.length) - 1))] ??
      Number.NaN)
    : Number.NaN;
const r3 = (x: number) => Number(x.toFixed(3));
process.stdout.write(
  `${JSON.stringify({
    requests: result['2xx'] + result.non2xx,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: r3(result.duration),
    writes_per_s: r3(result['2xx'] / result.duration),
    p50_ms: r3(at(50)),
    p95_ms: r3(at(95)),
    p99_ms: r3(at(99)),
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  })}\n`,
);
