import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type ErrorCode, errorMessage, errorStatus } from '../../shared/errors/error-catalog.js';
import { localizedIssueMessage } from './validation-messages.js';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable, isInvalidTextEncoding, isSqliteBusy } from '../db/db-errors.js';

/** Fastify's own error codes for bad input, mapped to ours (exhaustive over what a client can cause). */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_BAD_URL: 'ROUTE_NOT_FOUND',
  FST_ERR_ASYNC_CONSTRAINT: 'ROUTE_NOT_FOUND',
};

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: unknown,
): FastifyReply {
  const body = {
    error: { code, message: errorMessage(code, request.locale), ...(details === undefined ? {} : { details }) },
  };
  return reply.status(errorStatus(code)).type('application/json; charset=utf-8').send(body);
}

/**
 * One error handler: every error leaves as `{"error":{"code","message","details"}}`; unknown ones as 500 with the
 * request id.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      void reply.headers(error.headers);
      return sendError(request, reply, error.code, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        location: error.validationContext ?? 'body',
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        code: v.keyword,
        message: localizedIssueMessage(v.keyword, v.params, v.message ?? '', request.locale),
      }));
      return sendError(request, reply, 'VALIDATION_FAILED', { issues });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, reqId: request.id }, 'response did not match its schema');
      return sendError(request, reply, 'INTERNAL', { requestId: request.id });
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped);
    if (error instanceof SyntaxError) return sendError(request, reply, 'MALFORMED_BODY');
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ err: error }, 'unmapped client error');
      return sendError(
        request,
        reply,
        error.statusCode === 404
          ? 'NOT_FOUND'
          : error.statusCode === 413
            ? 'PAYLOAD_TOO_LARGE'
            : error.statusCode === 415
              ? 'UNSUPPORTED_MEDIA_TYPE'
              : 'VALIDATION_FAILED',
      );
    }
    // The database is away (PostgreSQL restarting, a lost connection) or busy with another process (SQLite beside
    // the CLI): 503 with a stable code and a hint when to try again, never 500. Service resumes by itself.
    if (isSqliteBusy(error)) {
      request.log.warn({ err: error, reqId: request.id }, 'database busy');
      void reply.header('retry-after', '2');
      return sendError(request, reply, 'DATABASE_BUSY');
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error, reqId: request.id }, 'database unavailable');
      void reply.header('retry-after', '5');
      return sendError(request, reply, 'DATABASE_UNAVAILABLE');
    }
    // Text hygiene refuses these before validation; a value from elsewhere (a file's content) lands here.
    if (isInvalidTextEncoding(error)) return sendError(request, reply, 'TEXT_INVALID_CHARACTERS');
    request.log.error({ err: error, reqId: request.id }, 'unexpected error');
    return sendError(request, reply, 'INTERNAL', { requestId: request.id });
  });
}
