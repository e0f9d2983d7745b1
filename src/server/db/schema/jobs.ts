/** Background jobs (features/jobs): the last run of each job. Part of `Database` (../schema.ts). */

/** One run of a background job (mail outbox, reminders, retention sweep) for a municipality or the installation. */
interface JobRunTable {
  id: string;
  job: string;
  municipality_id: string | null;
  started_at: string;
  finished_at: string | null;
  /** 1 ok, 0 failed, null while running. */
  ok: number | null;
  error: string | null;
  detail_json: string | null;
}

export interface JobsTables {
  job_run: JobRunTable;
}
