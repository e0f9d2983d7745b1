import type { ServiceDeps } from '../context.js';
import { processAudit } from '../audit/audit.service.js';
import { ComplaintsRepository } from './complaints.repository.js';

/** How long the citizen's contact data is kept after a complaint is closed (the privacy notice says so). */
const contactRetentionYears = 2;

/** The complaints' part of the retention sweep: the citizen's contact data, erased when its time has come. */
export class ComplaintRetentionService {
  constructor(private readonly deps: Pick<ServiceDeps, 'db' | 'clock'>) {}

  /**
   * The retention rule of the privacy notice: the citizen's name and e-mail are erased two years after the complaint
   * was closed (the complaint stays, without personal data, for statistics). The hourly retention sweep
   * (features/retention/) runs it for every municipality.
   */
  async eraseExpiredContacts(municipalityId: string): Promise<number> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const audit = processAudit({ db, clock }, municipalityId, 'retention');
    const before = new Date(
      Date.UTC(now.getUTCFullYear() - contactRetentionYears, now.getUTCMonth(), now.getUTCDate()),
    ).toISOString();
    return db.kysely.transaction().execute(async (trx) => {
      const erased = await new ComplaintsRepository(trx).eraseContacts(municipalityId, before, now.toISOString());
      if (erased > 0) {
        await audit(trx, 'complaint.erase_contacts', 'complaint', null, { after: { erased, closed_before: before } });
      }
      return erased;
    });
  }
}
