import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import SqliteDatabase from 'better-sqlite3';

/**
 * The api-write second baseline: bare Fastify 5 + better-sqlite3 doing, by hand, the SQL that svpp's guarantees
 * need for one registration, on a copy of the same demo database (SVPP_BENCH_DB), with svpp's pragmas:
 * - the session read (sha256 of the cookie token, its row) and the CSRF comparison;
 * - in one immediate transaction: the registration insert (every column), the three rollup upserts (per wijk, per
 *   day, per subject), the audit head read, the sha256 of the chained record, the audit insert and the head update;
 * - the answer's countsFor read: the subject's daily series, comma-separated (the query svpp's count-only path runs).
 * Left out on purpose, because they are svpp's code rather than its SQL: zod validation, the policy, the register's
 * field rules, the point-in-polygon of the wijk (a fixed wijk here), the plan version and indicator-link reads, and
 * turning the series into indicator states. `svpp ÷ this` is therefore what svpp's code costs over its own SQL.
 * Started by bench/api-write.ts: `PORT=… SVPP_BENCH_DB=… node --import tsx bench/api-write-same-work.ts`.
 */
const sqlite = new SqliteDatabase(process.env.SVPP_BENCH_DB ?? 'same-work.sqlite');
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');

/** The wijk svpp placed the bench's point in (the point-in-polygon is svpp's code, not its SQL). */
const wijk = process.env.SVPP_BENCH_WIJK ?? '';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const statements = {
  session: sqlite.prepare(
    'select s.municipality_id, s.user_id, s.csrf_token, s.expires_at, u.email from session s join app_user u on u.id = s.user_id where s.id = ?',
  ),
  insert:
    sqlite.prepare(`insert into registration (id, municipality_id, type_key, occurred_on, occurred_until, category,
    status, quantity, hours, title, wijk_code, lat, lon, address, values_json, source, created_by, created_at, updated_at,
    deleted_at, subject_id) values (?, ?, ?, ?, null, ?, ?, null, null, ?, ?, ?, ?, null, ?, 'web', ?, ?, ?, null, ?)`),
  rollup: sqlite.prepare(`insert into registration_rollup (municipality_id, type_key, category, status, wijk_code, day,
    n, quantity, hours) values (?, ?, ?, ?, ?, ?, 1, 0, 0) on conflict (municipality_id, type_key, category, status,
    wijk_code, day) do update set n = n + excluded.n, quantity = quantity + excluded.quantity, hours = hours + excluded.hours`),
  daily: sqlite.prepare(`insert into registration_daily (municipality_id, type_key, category, status, day, n, quantity,
    hours) values (?, ?, ?, ?, ?, 1, 0, 0) on conflict (municipality_id, type_key, category, status, day) do update set
    n = n + excluded.n, quantity = quantity + excluded.quantity, hours = hours + excluded.hours`),
  subjectDaily: sqlite.prepare(`insert into registration_subject_daily (municipality_id, subject_id, type_key, category,
    status, day, n, quantity, hours) values (?, ?, ?, ?, ?, ?, 1, 0, 0) on conflict (municipality_id, subject_id,
    type_key, category, status, day) do update set n = n + excluded.n, quantity = quantity + excluded.quantity,
    hours = hours + excluded.hours`),
  head: sqlite.prepare('select seq, hash from audit_head where municipality_id = ?'),
  audit: sqlite.prepare(`insert into audit_log (municipality_id, seq, at, actor_user_id, actor_email, action, entity,
    entity_id, before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, 'registration.create', 'registration',
    ?, null, ?, ?, ?)`),
  setHead: sqlite.prepare(`insert into audit_head (municipality_id, seq, hash) values (?, ?, ?)
    on conflict (municipality_id) do update set seq = excluded.seq, hash = excluded.hash`),
  series: sqlite.prepare(`select category, status, group_concat(day, ',' order by day) as days,
    group_concat(cast(n as text), ',' order by day) as counts from registration_subject_daily
    where municipality_id = ? and subject_id = ? and type_key = ? and n != 0 group by category, status`),
};

interface Body {
  id?: string;
  typeKey: string;
  occurredOn: string;
  place?: { lat: number; lon: number } | null;
  values: Record<string, unknown>;
  subjectId?: string | null;
}

const write = sqlite.transaction(
  (who: { municipality_id: string; user_id: string; email: string }, body: Body, id: string, at: string) => {
    const category = typeof body.values.kind === 'string' ? body.values.kind : '';
    const status = '';
    const valuesJson = JSON.stringify(body.values);
    const m = who.municipality_id;
    statements.insert.run(
      id,
      m,
      body.typeKey,
      body.occurredOn,
      category || null,
      null,
      typeof body.values.title === 'string' ? body.values.title : null,
      wijk,
      body.place?.lat ?? null,
      body.place?.lon ?? null,
      valuesJson,
      who.user_id,
      at,
      at,
      body.subjectId ?? null,
    );
    statements.rollup.run(m, body.typeKey, category, status, wijk, body.occurredOn);
    statements.daily.run(m, body.typeKey, category, status, body.occurredOn);
    if (body.subjectId) statements.subjectDaily.run(m, body.subjectId, body.typeKey, category, status, body.occurredOn);
    const head = statements.head.get(m) as { seq: number; hash: string } | undefined;
    const seq = (head?.seq ?? 0) + 1;
    const prev = head?.hash ?? '0'.repeat(64);
    const after = JSON.stringify({ id, typeKey: body.typeKey, occurredOn: body.occurredOn, values: body.values });
    const hash = sha256(JSON.stringify([m, seq, at, who.user_id, who.email, 'registration.create', id, after, prev]));
    statements.audit.run(m, seq, at, who.user_id, who.email, id, after, prev, hash);
    statements.setHead.run(m, seq, hash);
  },
);

const app = Fastify();
app.post('/registrations', (request, reply) => {
  const token = /(?:^|;\s*)svpp_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const who = token
    ? (statements.session.get(sha256(decodeURIComponent(token))) as
        { municipality_id: string; user_id: string; csrf_token: string; expires_at: string; email: string } | undefined)
    : undefined;
  const at = new Date().toISOString();
  if (!who || who.expires_at < at) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
  if (request.headers['x-csrf-token'] !== who.csrf_token) return reply.code(403).send({ code: 'CSRF' });
  const body = request.body as Body;
  const id = body.id ?? randomUUID();
  write.immediate(who, body, id, at);
  const countsFor = body.subjectId
    ? (
        statements.series.all(who.municipality_id, body.subjectId, body.typeKey) as {
          category: string;
          status: string;
          days: string;
          counts: string;
        }[]
      ).map((r) => ({ category: r.category, status: r.status, n: r.counts.split(',').reduce((a, b) => a + +b, 0) }))
    : [];
  return reply.code(201).send({ id, countsFor });
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
