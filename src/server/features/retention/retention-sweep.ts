import type { Db } from '../../db/database.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import type { CaseRetentionService } from '../cases/case-retention.service.js';
import type { ComplaintService } from '../complaints/complaints.service.js';

export interface RetentionResult {
  erasedCases: number;
  erasedComplaintContacts: number;
}

/**
 * Erases personal data past its retention period in every municipality: the people of closed cases (per case
 * type) and the citizens' contact data of closed complaints. The server runs it hourly; `svpp cases
 * erase-expired` runs the cases part on demand. Each erasure is audited by the feature that erases.
 */
export class RetentionSweep {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: { db: Db; cases: CaseRetentionService; complaints: ComplaintService }) {}

  async run(): Promise<RetentionResult> {
    const erasedCases = await this.deps.cases.eraseAllExpired();
    let erasedComplaintContacts = 0;
    for (const { id } of await new MunicipalityRepository(this.deps.db.kysely).listIds()) {
      erasedComplaintContacts += await this.deps.complaints.eraseExpiredContacts(id);
    }
    return { erasedCases, erasedComplaintContacts };
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => void this.run().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
