import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registrationImportBodySchema } from '../../../shared/api/imports.schema.js';
import { tabularImportRoutes } from '../../http/route-shapes.js';
import type { RegistrationImportService } from './registration-import.service.js';

export function importRoutes(imports: RegistrationImportService): FastifyPluginAsyncZod {
  return async (app) => {
    // POST /api/registration-imports/inspect and POST /api/registration-imports (dryRun or import).
    tabularImportRoutes(app, {
      path: '/api/registration-imports',
      access: 'register.manage',
      tags: ['imports'],
      summaries: {
        inspect: 'Read a CSV or XLSX file: its columns and first rows, to map them',
        run: 'Check (dryRun) or import registrations from CSV/XLSX; an import lands whole or not at all',
      },
      body: registrationImportBodySchema,
      importer: imports,
    });
  };
}
