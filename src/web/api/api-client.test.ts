import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiClient, ApiError } from './api-client.js';
import { invalidFields } from './validation-issues.js';

interface Call {
  url: string;
  init: RequestInit;
}

function stubFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve({ ok: status >= 200 && status < 300, status, json: () => Promise.resolve(body) });
  });
  return calls;
}

const okSchema = z.object({ ok: z.literal(true) });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ApiClient', () => {
  it('sends the CSRF token and the language on writes, not the token on reads', async () => {
    const client = new ApiClient();
    client.setCsrfToken('token-1');
    client.setLocale('fr');
    const calls = stubFetch(200, { ok: true });
    await client.request('/api/x', { method: 'POST', body: { a: 1 }, schema: okSchema });
    await client.request('/api/x', { query: { limit: 5, beforeSeq: undefined }, schema: okSchema });
    const [write, read] = calls;
    expect(write?.init.headers).toMatchObject({
      'x-csrf-token': 'token-1',
      'accept-language': 'fr-BE',
      'content-type': 'application/json',
    });
    expect(write?.init.body).toBe('{"a":1}');
    expect(write?.init.credentials).toBe('same-origin');
    expect(read?.url).toBe('/api/x?limit=5');
    expect(read?.init.headers).not.toHaveProperty('x-csrf-token');
  });

  it('turns the error body into an ApiError and maps validation issues to fields', async () => {
    const client = new ApiClient();
    stubFetch(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Ongeldig.',
        details: {
          issues: [
            { path: 'email', message: 'x' },
            { path: 'password', message: 'y' },
            { path: 'email', message: 'z' },
          ],
        },
      },
    });
    const error = await client
      .request('/api/users', { method: 'POST', body: {}, schema: okSchema })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Ongeldig.' });
    expect(invalidFields(error as ApiError)).toEqual(['email', 'password']);
  });

  it('reports a lost session once and names unreachable servers and odd answers', async () => {
    const client = new ApiClient();
    const onUnauthorized = vi.fn();
    client.onUnauthorized(onUnauthorized);
    stubFetch(401, { error: { code: 'AUTH_REQUIRED', message: 'Meld u aan.' } });
    await expect(client.request('/api/users', { schema: okSchema })).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    stubFetch(200, { ok: 'yes' });
    await expect(client.request('/api/x', { schema: okSchema })).rejects.toMatchObject({ code: 'RESPONSE_INVALID' });

    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(client.request('/api/x', { schema: okSchema })).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_UNREACHABLE',
    });
  });
});
