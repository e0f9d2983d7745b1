import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify from 'fastify';
import SqliteDatabase from 'better-sqlite3';

/**
 * The api-write baseline: a bare Fastify 5 + better-sqlite3 server with one insert endpoint taking a JSON body, on
 * SQLite in WAL with svpp's own pragmas (synchronous NORMAL, foreign keys on). Started by bench/api-write.ts as its
 * own process: `PORT=… SVPP_BENCH_DIR=… node --import tsx bench/api-write-bare.ts`; stops on SIGTERM.
 */
const dir = process.env.SVPP_BENCH_DIR ?? '.';
const sqlite = new SqliteDatabase(path.join(dir, 'bare.sqlite'));
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma('foreign_keys = ON');
sqlite.exec(`create table if not exists registration (
  id text primary key, type_key text not null, occurred_on text not null, category text, title text, lat real, lon real,
  values_json text not null, subject_id text, created_at text not null)`);
const insert = sqlite.prepare(
  'insert into registration (id, type_key, occurred_on, category, title, lat, lon, values_json, subject_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);

interface Body {
  id?: string;
  typeKey: string;
  occurredOn: string;
  place?: { lat: number; lon: number } | null;
  values: Record<string, unknown>;
  subjectId?: string | null;
}

const app = Fastify();
app.post('/registrations', (request, reply) => {
  const body = request.body as Body;
  const id = body.id ?? randomUUID();
  insert.run(
    id,
    body.typeKey,
    body.occurredOn,
    typeof body.values.kind === 'string' ? body.values.kind : null,
    typeof body.values.title === 'string' ? body.values.title : null,
    body.place?.lat ?? null,
    body.place?.lon ?? null,
    JSON.stringify(body.values),
    body.subjectId ?? null,
    new Date().toISOString(),
  );
  return reply.code(201).send({ id });
});
app.get('/health', () => ({ status: 'ok' }));

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write('ready\n');
const stop = async () => {
  await app.close();
  sqlite.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
