import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import { storedFileSchema, uploadFileBodySchema } from '../../../shared/api/files.schema.js';
import { errorResponses, route, uploadBodyLimit } from '../../http/route-shapes.js';
import { sendStoredFile } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import type { FileService } from './files.service.js';

export function fileRoutes(files: FileService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['files'];
    app.post(
      '/api/files',
      route(
        'register.write',
        {
          tags,
          summary: 'Upload an attachment (minutes, evidence); use its id in a registration',
          body: uploadFileBodySchema,
          response: { 201: storedFileSchema, ...errorResponses(422) },
        },
        { bodyLimit: uploadBodyLimit },
      ),
      async (request, reply) =>
        reply
          .status(201)
          .send(await files.upload(actorOf(request.session), request.body.name, request.body.contentBase64)),
    );

    app.get(
      '/api/files/:id',
      route('register.read', {
        tags,
        summary: 'Download an attachment',
        params: idParamsSchema,
        response: { 200: z.any().describe('the file'), ...errorResponses(404) },
      }),
      async (request, reply) => {
        const { file, data } = await files.download(actorOf(request.session), request.params.id);
        return sendStoredFile(reply, file, data);
      },
    );
  };
}
