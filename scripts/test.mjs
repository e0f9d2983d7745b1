#!/usr/bin/env node
// `npm test`: the whole suite, with its own set-up on a fresh machine.
// lint → type check → unit → medium (SQLite + a throwaway PostgreSQL cluster) → web build → browser e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, '.tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status ?? 1;
}

function ensureDebianPackage(label, present, packages) {
  if (present()) return;
  const install = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!isRoot) {
    console.error(`\n${label} is missing. Install it once with:\n  sudo sh -c '${install}'\n`);
    process.exit(1);
  }
  console.log(`\n▶ installing ${label}: ${install}`);
  if (sh('sh', ['-c', install], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) !== 0 || !present()) {
    console.error(`could not install ${label}`);
    process.exit(1);
  }
}

const chromium = process.env.SVPP_CHROMIUM ?? '/usr/bin/chromium';
ensureDebianPackage('Debian chromium (for the browser tests)', () => existsSync(chromium), ['chromium']);
ensureDebianPackage(
  'LibreOffice and poppler (to open the documents svpp writes)',
  () => ['/usr/bin/soffice', '/usr/bin/pdftotext', '/usr/bin/pdfinfo'].every((f) => existsSync(f)),
  ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'fonts-liberation2'],
);
ensureDebianPackage(
  'the PostgreSQL server (for the medium tests)',
  () => {
    if (process.env.SVPP_TEST_DATABASE_URL) return true;
    const base = '/usr/lib/postgresql';
    return existsSync(base) && readdirSync(base).some((v) => existsSync(path.join(base, v, 'bin', 'pg_ctl')));
  },
  ['postgresql'],
);

const vitest = (name, args) => [
  ...args,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(resultsDir, `${name}.json`)}`,
];
const steps = [
  ['lint (typescript-eslint, type-aware)', 'npx', ['eslint', '.', '--max-warnings=0']],
  [
    'lint: formatting (prettier --check)',
    'npx',
    ['prettier', '--check', '--log-level=warn', '**/*.{ts,tsx,js,mjs,css}'],
  ],
  ['lint: import cycles', 'node', ['scripts/check-cycles.mjs']],
  // Advisory: prints the known vulnerabilities of the production dependencies, never fails the run (see the script).
  ['lint: dependency audit (npm audit of the lock file, advisory)', 'node', ['scripts/audit.mjs']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit tests', 'npx', vitest('unit', ['vitest', 'run', '--project', 'unit'])],
  ['medium tests (SQLite and PostgreSQL)', 'npx', vitest('medium', ['vitest', 'run', '--project', 'medium'])],
  ['web build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['browser e2e (headless chromium)', 'npx', vitest('e2e', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'])],
];

const only = process.argv.slice(2);
let failedStep;
const timings = [];
for (const [label, command, args] of steps) {
  if (only.length && !only.some((o) => label.startsWith(o))) continue;
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const status = sh(command, args);
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    failedStep = label;
    break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(resultsDir)) {
  const report = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`\n${timings.join('\n')}`);
if (failedStep) console.error(`\nnpm test failed at: ${failedStep}`);
console.log(`\n${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(failedStep ? 1 : 0);
