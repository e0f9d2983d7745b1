import type { ErrorCode } from '../../shared/errors/error-catalog.js';

/** An error a user can meet: a stable code from the catalog, optional details for the client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
