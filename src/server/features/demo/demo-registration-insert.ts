import type { ServiceDeps } from '../context.js';
import { RegistrationRepository, type RegistrationRow } from '../registrations/registration.repository.js';
import { demoAudit } from './demo-audit.js';

/** Writes demo registrations in one transaction, audited as `demo.registrations` with their count and `about` them. */
export async function insertDemoRegistrations(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  municipalityId: string,
  rows: RegistrationRow[],
  about: Record<string, unknown>,
): Promise<void> {
  const { db, clock } = deps;
  await db.kysely.transaction().execute(async (trx) => {
    await new RegistrationRepository(trx).insertMany(rows);
    await demoAudit({ db, clock }, municipalityId)(trx, 'demo.registrations', 'registration', null, {
      after: { count: rows.length, ...about },
    });
  });
}
