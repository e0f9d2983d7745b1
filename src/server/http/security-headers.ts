import type { FastifyInstance } from 'fastify';

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets inline style attributes and injects CSS variables.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Conservative browser security headers on every response; with `hsts` (secure cookies on: svpp is behind HTTPS)
 * also Strict-Transport-Security, so the browser never talks plain HTTP to it again for a year.
 */
export function installSecurityHeaders(app: FastifyInstance, options: { hsts?: boolean } = {}): void {
  app.addHook('onSend', async (request, reply) => {
    if (options.hsts) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('content-security-policy', csp);
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
}
