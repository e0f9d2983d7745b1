import { backgroundJobs, type JobStatus } from '../../../shared/api/jobs.schema.js';
import type { Db } from '../../db/database.js';
import { JobRunRepository } from './job-run.repository.js';

/** The latest run and the latest successful run of each recorded job for one municipality. */
export async function jobStatuses(db: Db, municipalityId: string): Promise<JobStatus[]> {
  const repository = new JobRunRepository(db.kysely);
  const statuses: JobStatus[] = [];
  for (const job of backgroundJobs) {
    const { last, lastOk } = await repository.latest(municipalityId, job);
    statuses.push({
      job,
      lastRunAt: last?.finished_at ?? null,
      lastOkAt: lastOk?.finished_at ?? null,
      ok: last ? Number(last.ok) === 1 : null,
      error: last && Number(last.ok) !== 1 ? last.error : null,
    });
  }
  return statuses;
}
