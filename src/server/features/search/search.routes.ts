import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQuerySchema, searchResultSchema } from '../../../shared/api/search.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { SearchService } from './search.service.js';

/** GET /api/search?q=: the header's search box; each kind only for the roles that may read it. */
export function searchRoutes(search: SearchService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/search',
      route('signed-in', {
        tags: ['search'],
        summary:
          'Plan elements, registrations, complaints, cases and partners containing the text (case-insensitive), grouped by kind',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, ...errorResponses(400) },
      }),
      (request) => search.search(actorOf(request.session), request.query.q),
    );
  };
}
