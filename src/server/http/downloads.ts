import type { FastifyReply } from 'fastify';

/** A file svpp made (a report, an export): its name is plain ASCII. */
export interface DownloadFile {
  filename: string;
  contentType: string;
  data: Buffer | Uint8Array | string;
}

/**
 * Answers with a generated file to download, never cached; the body is binary, so Fastify sends it as it is (no
 * serializer).
 */
export function sendDownload(reply: FastifyReply, file: DownloadFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.data);
}

/**
 * Answers with a file a user stored (an attachment), under the name it was uploaded with: an ASCII fallback and the
 * UTF-8 name (RFC 6266), so "Verslag één.pdf" keeps its accents.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { name: string; contentType: string },
  data: Buffer | Uint8Array,
): FastifyReply {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(data);
}
