import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Reads of `job_run`: the latest finished run of a job and its latest successful one. */
export class JobRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async latest(municipalityId: string, job: string) {
    const base = this.db
      .selectFrom('job_run')
      .where('municipality_id', '=', municipalityId)
      .where('job', '=', job)
      .where('finished_at', 'is not', null);
    const last = await base
      .select(['finished_at', 'ok', 'error'])
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const lastOk = await base
      .select('finished_at')
      .where('ok', '=', 1)
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return { last, lastOk };
  }
}
