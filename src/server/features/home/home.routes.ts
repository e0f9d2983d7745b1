import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { homeSchema } from '../../../shared/api/home.schema.js';
import { route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { HomeService } from './home.service.js';

/** GET /api/home: the signed-in user's work, only what their role may see. */
export function homeRoutes(home: HomeService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/home',
      route('signed-in', {
        tags: ['home'],
        summary:
          'The home page: deadlines this week and overdue, indicators at risk or flagged, complaints to assign, own open cases, today’s shifts, problems, the barometer (per role)',
        response: { 200: homeSchema },
      }),
      (request) => home.home(actorOf(request.session)),
    );
  };
}
