import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.js';

// A NUL character, or half of a UTF-16 surrogate pair without its other half (not valid Unicode text).
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const invalidText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when a string holds a NUL byte or a lone surrogate (PostgreSQL refuses the first, no one can read the second).
 */
export const hasInvalidText = (value: string): boolean => invalidText.test(value);

/** The path (`a.b.0`) of the first string, or object key, holding invalid text in a parsed value, if any. */
export function findInvalidText(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (hasInvalidText(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: path ? `${path}.${index}` : String(index) }));
    } else if (
      current &&
      typeof current === 'object' &&
      !Buffer.isBuffer(current) &&
      !(current instanceof Uint8Array)
    ) {
      for (const [key, item] of Object.entries(current)) {
        const at = path ? `${path}.${key}` : key;
        if (hasInvalidText(key)) return at;
        stack.push({ value: item, path: at });
      }
    }
  }
  return undefined;
}

/**
 * Refuses NUL bytes and lone surrogates in path parameters, query strings and JSON bodies of every route with 400
 * TEXT_INVALID_CHARACTERS, before validation and before anything reaches a database (on both databases alike).
 */
export function installTextHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [location, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const path = findInvalidText(value);
      if (path !== undefined) throw new AppError('TEXT_INVALID_CHARACTERS', { location, path });
    }
  });
}
