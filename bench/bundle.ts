import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { round } from './measure.js';

/**
 * `npm run bench -- bundle`: the JavaScript a first visit loads, gzip'd (zlib level 9, as a static server would send
 * it), for the login page and for the dashboard. Reads the built app (dist/web: `npx vite build` first) — its
 * index.html and the Vite manifest (dist/web-manifest.json, moved there by vite.config.ts) — and follows the static
 * imports from the entry
 * chunk and from the route's page chunk; the page's own lazy imports (charts shown at once) are counted too,
 * so the figure is what the page can load, never less. The baseline is the goal of issue 17 (250 kB login, 450 kB
 * dashboard): ratio ≤ 1 meets it.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(repo, 'dist', 'web');

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const routes: { route: string; page: string; goalKb: number }[] = [
  { route: '/login', page: 'features/auth/login-page.tsx', goalKb: 250 },
  { route: '/dashboard', page: 'features/indicators/dashboard-page.tsx', goalKb: 450 },
];

export async function benchBundle(): Promise<object[]> {
  const manifestFile = path.join(repo, 'dist', 'web-manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `${path.relative(repo, manifestFile)} is missing: build first (flock /tmp/svpp-heavy.lock npx vite build --logLevel warn)`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
  const html = readFileSync(path.join(web, 'index.html'), 'utf8');
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const entry = entryKey ? manifest[entryKey] : undefined;
  if (!entryKey || !entry) throw new Error('the manifest has no entry chunk');
  if (!html.includes(`/${entry.file}`)) throw new Error(`index.html does not load the manifest's entry ${entry.file}`);
  const gz = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = gz.get(file);
    if (!size) {
      const bytes = readFileSync(path.join(web, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gz.set(file, size);
    }
    return size;
  };
  /** The chunk and every chunk it imports statically (what the browser fetches before running it). */
  const closure = (key: string, into: Set<string>, withLazy: boolean) => {
    if (into.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    into.add(key);
    for (const next of chunk.imports ?? []) closure(next, into, false);
    if (withLazy) for (const next of chunk.dynamicImports ?? []) closure(next, into, false);
  };
  const shell = new Set<string>();
  closure(entryKey, shell, false);
  const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
  const total = allJs.reduce((sum, c) => sum + sizeOf(c.file).gzip, 0);
  return routes.map(({ route, page, goalKb }) => {
    if (!manifest[page]) {
      throw new Error(`${page} is not its own chunk: is the route lazy (React.lazy in src/web/app.tsx)?`);
    }
    const keys = new Set(shell);
    closure(page, keys, true);
    const files = [...keys].map((k) => manifest[k]?.file ?? k).filter((f) => f.endsWith('.js'));
    const gzip = files.reduce((sum, f) => sum + sizeOf(f).gzip, 0);
    const raw = files.reduce((sum, f) => sum + sizeOf(f).raw, 0);
    const echarts = files.some((f) => /echarts/.test(f));
    return {
      bench: 'bundle',
      route,
      page: `src/web/${page}`,
      js_files: files.length,
      js_gzip_kb: round(gzip / 1000, 1),
      js_raw_kb: round(raw / 1000, 1),
      loads_echarts: echarts,
      shell_gzip_kb: round(
        [...shell]
          .map((k) => manifest[k]?.file ?? k)
          .filter((f) => f.endsWith('.js'))
          .reduce((sum, f) => sum + sizeOf(f).gzip, 0) / 1000,
        1,
      ),
      all_js_gzip_kb: round(total / 1000, 1),
      chunks: allJs.length,
      files: files
        .map((f) => ({ file: f, gzip_kb: round(sizeOf(f).gzip / 1000, 1) }))
        .sort((a, b) => b.gzip_kb - a.gzip_kb),
      baseline: { name: 'goal of issue 17 (gzip kB)', js_gzip_kb: goalKb },
      ratio: round(gzip / 1000 / goalKb, 3),
      ratio_means: 'gzip kB ÷ goal (≤ 1 meets it)',
    };
  });
}
