import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * The guard app as an installable PWA: its manifest, icons and a hand-written service worker whose precache list is
 * made here, at serve time, from the built web app (so a first visit stores the whole app shell and the app opens
 * with no network). API calls are never cached: the app keeps its own data in IndexedDB.
 */
export function guardAppRoutes(webDir: string): FastifyPluginAsyncZod {
  let worker: string | undefined;
  const icons = new Map<number, Buffer>();
  return async (app) => {
    app.get('/guard-sw.js', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => {
      worker ??= serviceWorker(shellFiles(webDir));
      return reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('service-worker-allowed', '/')
        .send(worker);
    });
    app.get('/guard.webmanifest', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply.type('application/manifest+json; charset=utf-8').send(JSON.stringify(manifest)),
    );
    for (const size of [192, 512]) {
      app.get(
        `/guard-icon-${size}.png`,
        { config: { access: 'public' }, schema: { hide: true } },
        (_request, reply) => {
          const png = icons.get(size) ?? iconPng(size);
          icons.set(size, png);
          return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
        },
      );
    }
  };
}

const manifest = {
  name: 'svpp gemeenschapswacht',
  short_name: 'Wacht',
  description: 'Rondes, meldingen en taken van de gemeenschapswachten, ook zonder netwerk.',
  lang: 'nl-BE',
  start_url: '/guard',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1c5d99',
  icons: [192, 512].map((size) => ({
    src: `/guard-icon-${size}.png`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose: 'any',
  })),
};

/** Every file of the built web app (hashed assets, index.html) plus the PWA's own files, as URLs. */
function shellFiles(webDir: string): string[] {
  const files: string[] = ['/guard', '/guard.webmanifest', '/guard-icon-192.png'];
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else if (!name.endsWith('.map')) files.push(`${prefix}${name}`);
    }
  };
  walk(webDir, '/');
  return files;
}

/** The service worker: precache the shell, serve assets cache-first, pages network-first with the shell as fallback. */
export function serviceWorker(files: string[]): string {
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  return `// svpp guard app service worker (generated at serve time from the built web app)
const CACHE = 'svpp-guard-${version}';
const SHELL = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('svpp-guard-') && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/guard').then((hit) => hit || caches.match('/index.html'))));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
`;
}

/** A plain icon (a white shield on the house blue) as PNG, drawn here so the repository needs no binary. */
function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const dx = Math.abs(x - c) / size;
      const dy = (y - size * 0.2) / size;
      const inShield = dy >= 0 && dy <= 0.62 && dx <= 0.3 - Math.max(0, dy - 0.3) * 0.9;
      const [r, g, b] = inShield ? [255, 255, 255] : [0x1c, 0x5d, 0x99];
      row.set([r, g, b, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
