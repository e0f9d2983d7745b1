import type { Db } from '../../db/database.js';
import type { Clock } from '../../adapters/clock.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import type { CaseRetentionService } from '../cases/case-retention.service.js';
import type { ComplaintRetentionService } from '../complaints/complaint-retention.service.js';
import { exclusively, type JobLog, JobRecorder, silentJobLog } from '../jobs/job-runner.js';

interface RetentionResult {
  erasedCases: number;
  erasedComplaintContacts: number;
  /** Municipalities whose sweep failed this run (logged, and recorded in `job_run` for the admin's home page). */
  failedMunicipalities: string[];
  /** False when another server process was sweeping at that moment (PostgreSQL), so this one did nothing. */
  ran: boolean;
}

type Deps = {
  db: Db;
  clock: Clock;
  cases: Pick<CaseRetentionService, 'eraseExpired'>;
  complaints: Pick<ComplaintRetentionService, 'eraseExpiredContacts'>;
  log?: JobLog;
};

/**
 * Erases personal data past its retention period in every municipality: the people of closed cases (per case
 * type) and the citizens' contact data of closed complaints. The server runs it hourly; `svpp cases
 * erase-expired` runs the cases part on demand. Each erasure is audited by the feature that erases.
 *
 * A legal duty, so a failure is never silent: each municipality's run is recorded in `job_run` (the admin's home
 * page shows a failed one) and its error logged with the municipality; one municipality's failure does not stop the
 * others. Across server processes on one PostgreSQL database one sweep runs at a time (an advisory lock).
 */
export class RetentionSweep {
  private timer: NodeJS.Timeout | null = null;
  private readonly jobs: JobRecorder;

  constructor(private readonly deps: Deps) {
    this.jobs = new JobRecorder({ db: deps.db, clock: deps.clock, log: deps.log ?? silentJobLog });
  }

  async run(): Promise<RetentionResult> {
    const outcome = await exclusively(this.deps.db, 'retention.sweep', () => this.sweep());
    return outcome.ran
      ? outcome.result
      : { erasedCases: 0, erasedComplaintContacts: 0, failedMunicipalities: [], ran: false };
  }

  private async sweep(): Promise<RetentionResult> {
    const result: RetentionResult = { erasedCases: 0, erasedComplaintContacts: 0, failedMunicipalities: [], ran: true };
    for (const { id } of await new MunicipalityRepository(this.deps.db.kysely).listIds()) {
      const run = await this.jobs.record('retention.sweep', id, async () => {
        const cases = await this.deps.cases.eraseExpired(id);
        const contacts = await this.deps.complaints.eraseExpiredContacts(id);
        return { erasedCases: cases.erasedCases, erasedComplaintContacts: contacts };
      });
      if (run.ok) {
        result.erasedCases += run.result.erasedCases;
        result.erasedComplaintContacts += run.result.erasedComplaintContacts;
      } else {
        result.failedMunicipalities.push(id);
      }
    }
    await this.jobs.prune().catch((error: unknown) => this.jobs.failed('retention.sweep', null, error));
    return result;
  }

  /** Runs the sweep now without waiting; a failure as a whole (the municipality list unreadable) is logged. */
  runInBackground(): void {
    this.run().catch((error: unknown) => this.jobs.failed('retention.sweep', null, error));
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.runInBackground(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
