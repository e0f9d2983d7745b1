import type { FastifyRequest } from 'fastify';

/**
 * What never reaches the log (pino redaction): session cookies and the cookies set, CSRF tokens, authorization
 * headers, and passwords, tokens and access codes wherever a body or an object logged beside an error carries them.
 */
export const redactedLogPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["set-cookie"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  'body.password',
  'body.currentPassword',
  'body.newPassword',
  'body.accessCode',
  'body.formToken',
  'body.token',
  'req.body.password',
  'req.body.currentPassword',
  'req.body.newPassword',
  'req.body.accessCode',
  'req.body.formToken',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.accessCode',
  '*.formToken',
  '*.token',
  '*.csrfToken',
];

const secretQueryNames = /^(token|access_?code|accesscode|code|password|formtoken|csrf|session)$/iu;

/** A URL fit for the log: the calendar feed's secret path segment and secret query parameters masked. */
function redactUrl(url: string): string {
  const [pathPart = '', query] = url.split('?', 2);
  const path = pathPart.replace(/^(\/api\/calendar\/ics\/)[^/?#]+/u, '$1[redacted]');
  if (query === undefined) return path;
  const masked = query.split('&').map((pair) => {
    const [name = '', ...rest] = pair.split('=');
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // A malformed name is logged as it came (it holds no value).
    }
    return rest.length > 0 && secretQueryNames.test(decoded) ? `${name}=[redacted]` : pair;
  });
  return `${path}?${masked.join('&')}`;
}

/** Fastify's request serializer, with the URL redacted. */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
