#!/usr/bin/env node
// Builds the web app when dist/web is missing or older than its sources, so `npm start` and `npm run demo`
// work straight after `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist', 'web', 'index.html');

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestIn(path.join(root, 'src', 'web')), newestIn(path.join(root, 'src', 'shared')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('building the web app (vite build)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
