#!/usr/bin/env node
// The dependency audit of `npm test` (advisory: it never fails the run). Asks the registry's audit endpoint about
// the production dependencies pinned in package-lock.json (`npm audit --package-lock-only --omit=dev --json`) with
// a short timeout and prints the summary; when the registry cannot be reached it says so and goes on.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const timeoutMs = Number(process.env.SVPP_AUDIT_TIMEOUT_MS ?? 20_000);
const result = spawnSync(
  'npm',
  [
    'audit',
    '--package-lock-only',
    '--omit=dev',
    '--json',
    '--fetch-timeout',
    String(timeoutMs),
    '--fetch-retries',
    '0',
  ],
  { cwd: root, encoding: 'utf8', timeout: timeoutMs + 5_000 },
);

let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (result.error || !counts) {
  const why =
    result.error?.code === 'ETIMEDOUT'
      ? `no answer within ${timeoutMs / 1000} s`
      : report?.message || report?.error?.summary || result.stderr?.trim().split('\n')[0] || 'no report';
  console.log(`dependency audit: the registry's audit endpoint could not be reached (${why}); not audited this run.`);
  process.exit(0);
}
const total = Object.values(counts).reduce((sum, n) => sum + Number(n), 0);
const dependencies = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total ?? '?';
console.log(
  `dependency audit (production dependencies: ${dependencies}): ${total} known vulnerabilit${total === 1 ? 'y' : 'ies'} — critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0}, info ${counts.info ?? 0}`,
);
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
  const via = (entry.via ?? [])
    .map((v) => (typeof v === 'string' ? v : v.title))
    .filter(Boolean)
    .join('; ');
  console.log(
    `  ${entry.severity.padEnd(8)} ${name} ${entry.range ?? ''}${via ? ` — ${via}` : ''}${entry.fixAvailable ? ' (fix available)' : ''}`,
  );
}
console.log('(advisory: the audit never fails `npm test`)');
process.exit(0);
