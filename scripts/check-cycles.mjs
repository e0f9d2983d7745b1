#!/usr/bin/env node
// Lint step: no import cycle among the modules of src/ (relative imports of *.ts and *.tsx, type-only ones included:
// a cycle of types is still two modules that cannot be understood one without the other).
// Prints every cycle found (once, from its smallest path) and exits 1 when there is one.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** import … from '…', export … from '…', import '…' and import('…'), with comments removed first. */
const importPattern =
  /(?:\bimport|\bexport)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile());
}

const graph = new Map();
for (const file of files(src)) {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const deps = new Set();
  for (const match of text.matchAll(importPattern)) {
    const target = resolve(file, match[1] ?? match[2] ?? match[3]);
    if (target && target !== file) deps.add(target);
  }
  graph.set(file, [...deps].sort());
}

// Tarjan's strongly connected components: every component of more than one module holds a cycle.
let index = 0;
const stack = [];
const onStack = new Set();
const indices = new Map();
const low = new Map();
const components = [];
function connect(node) {
  indices.set(node, index);
  low.set(node, index);
  index += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!indices.has(next)) {
      connect(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
  }
  if (low.get(node) === indices.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component);
  }
}
for (const node of [...graph.keys()].sort()) if (!indices.has(node)) connect(node);

/** One shortest cycle through the component's first module (breadth-first inside the component). */
function cycleIn(component) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const cycle = [start];
        for (let at = node; at !== start; at = previous.get(at)) cycle.splice(1, 0, at);
        return [...cycle, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

const rel = (file) => path.relative(root, file);
if (components.length === 0) {
  console.log(`no import cycles (${graph.size} modules in src)`);
} else {
  for (const component of components) {
    console.error(`import cycle (${component.length} modules): ${cycleIn(component).map(rel).join(' → ')}`);
  }
  console.error(`${components.length} import cycle(s) in src: move the shared piece into its own module`);
  process.exit(1);
}
