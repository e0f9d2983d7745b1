import type { z } from 'zod';
import { errorResponseSchema } from '../../shared/api/common.schema.js';
import { defaultLocale, type Locale, localeTags } from '../../shared/i18n/locale.js';

/** Codes the web app makes up itself when no server answer is available. */
export const clientErrorCodes = { network: 'NETWORK_UNREACHABLE', badResponse: 'RESPONSE_INVALID' } as const;

/** An API failure: the server's stable code, its localised message and details (validation issues, request id). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Parses the response: the shared zod schema of the route. */
  schema: z.ZodType<T>;
}

/** Thin fetch wrapper: same-origin cookies, CSRF header on writes, the user's language, zod-checked answers. */
export class ApiClient {
  private csrfToken: string | undefined;
  private locale: Locale = defaultLocale;
  private unauthorizedListener: (() => void) | undefined;

  setCsrfToken(token: string | undefined): void {
    this.csrfToken = token;
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
  }

  /** Called when a signed-in request answers 401 (the session expired or was ended elsewhere). */
  onUnauthorized(listener: (() => void) | undefined): void {
    this.unauthorizedListener = listener;
  }

  async request<T>(path: string, options: RequestOptions<T>): Promise<T> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': localeTags[this.locale] };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;

    let response: Response;
    try {
      response = await fetch(withQuery(path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? null : JSON.stringify(options.body),
      });
    } catch {
      throw new ApiError(0, clientErrorCodes.network, '');
    }

    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(json);
      const error = parsed.success
        ? new ApiError(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details)
        : new ApiError(response.status, `HTTP_${response.status}`, '');
      if (response.status === 401 && error.code === 'AUTH_REQUIRED') this.unauthorizedListener?.();
      throw error;
    }
    const parsed = options.schema.safeParse(json);
    if (!parsed.success) throw new ApiError(response.status, clientErrorCodes.badResponse, '', parsed.error.issues);
    return parsed.data;
  }
}

function withQuery(path: string, query: RequestOptions<unknown>['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The one client of the app. */
export const apiClient = new ApiClient();
