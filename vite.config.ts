import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The Vite manifest is for `npm run bench -- bundle`, not for browsers: it moves out of the served folder (the guard
 * app's service worker precaches every file there) to `<outDir>-manifest.json`, i.e. dist/web-manifest.json.
 */
function manifestBesideOutDir(): Plugin {
  let outDir = '';
  return {
    name: 'svpp-manifest-beside-out-dir',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const built = path.join(outDir, '.vite', 'manifest.json');
      if (!existsSync(built)) return;
      renameSync(built, `${outDir}-manifest.json`);
      rmSync(path.join(outDir, '.vite'), { recursive: true, force: true });
    },
  };
}

/** The web app: src/web → dist/web, served by the svpp server; `vite` alone proxies /api to a running server. */
export default defineConfig({
  root: path.join(root, 'src/web'),
  plugins: [react(), manifestBesideOutDir()],
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    // Which chunks each entry imports (`npm run bench -- bundle` follows it); moved to dist/web-manifest.json.
    manifest: true,
    // The CSP forbids inline scripts: keep every script an external file.
    assetsInlineLimit: 0,
    // ECharts alone is about 640 kB, in its own chunk that only the pages that chart load.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            // Only ECharts itself: with its dependencies (tslib, shared with Mantine's) the shell would import this chunk.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
