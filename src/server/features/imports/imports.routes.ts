import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../shared/api/common.schema.js';
import {
  importFileSchema,
  importResultSchema,
  inspectResultSchema,
  registrationImportBodySchema,
} from '../../../shared/api/imports.schema.js';
import { actorOf } from '../../http/session-guard.js';
import type { RegistrationImportService } from './registration-import.service.js';

export function importRoutes(imports: RegistrationImportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['imports'];
    const bodyLimit = 16 * 1024 * 1024;
    app.post(
      '/api/registration-imports/inspect',
      {
        config: { access: 'register.manage' },
        bodyLimit,
        schema: {
          tags,
          summary: 'Read a CSV or XLSX file: its columns and first rows, to map them',
          body: importFileSchema,
          response: { 200: inspectResultSchema, 422: errorResponseSchema },
        },
      },
      (request) => imports.inspect(request.body.filename, request.body.contentBase64),
    );

    app.post(
      '/api/registration-imports',
      {
        config: { access: 'register.manage' },
        bodyLimit,
        schema: {
          tags,
          summary: 'Check (dryRun) or import registrations from CSV/XLSX; an import lands whole or not at all',
          body: registrationImportBodySchema,
          response: { 200: importResultSchema, 422: errorResponseSchema },
        },
      },
      (request) => imports.run(actorOf(request.session), request.locale, request.body),
    );
  };
}
