import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { ComplaintService as ServiceView } from '../../../shared/api/complaints.schema.js';
import { isNuisanceCategory } from '../../../shared/barometer/categories.js';
import type { ServiceDeps } from '../context.js';
import { found } from '../../http/found.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor, entityAudit } from '../audit/audit.service.js';
import { ComplaintsRepository } from './complaints.repository.js';
import { defaultResponseDays } from './complaint-core.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
/** What the audit log keeps of a service or partner. */
const auditView = (row: { name: string; active: number }) => ({ name: row.name, active: row.active });
const present = (row: { id: string; name: string; email: string | null; active: number }): ServiceView => ({
  id: row.id,
  name: row.name,
  email: row.email,
  active: row.active === 1,
});

/**
 * What the municipality manages for its desk: the services and partners complaints go to, and response days per
 * category.
 */
export class ComplaintSettingsService {
  constructor(private readonly deps: Deps) {}

  /** Audits a change of a service or partner: `this.audit(trx, actor, action, id, before, after)`. */
  private get audit() {
    return entityAudit(this.deps, 'complaint_service');
  }

  async services(actor: Actor): Promise<ServiceView[]> {
    return (await new ComplaintsRepository(this.deps.db.kysely).listServices(actor.municipalityId)).map(present);
  }

  async createService(
    actor: SignedInActor,
    input: { name: string; email?: string | null | undefined; active?: boolean | undefined },
  ): Promise<ServiceView> {
    const { db, clock } = this.deps;
    const at = clock.now().toISOString();
    const row = {
      id: newId(),
      municipality_id: actor.municipalityId,
      name: input.name,
      email: input.email ?? null,
      active: input.active === false ? 0 : 1,
      created_at: at,
      updated_at: at,
    };
    await db.kysely.transaction().execute(async (trx) => {
      await new ComplaintsRepository(trx).insertService(row);
      await this.audit(trx, actor, 'complaint_service.create', row.id, { before: null, after: auditView(row) });
    });
    return present(row);
  }

  async updateService(
    actor: SignedInActor,
    id: string,
    input: { name: string; email?: string | null | undefined; active?: boolean | undefined },
  ): Promise<ServiceView> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      const before = found(await repository.findService(actor.municipalityId, id));
      const next = {
        ...before,
        name: input.name,
        email: input.email === undefined ? before.email : input.email,
        active: input.active === undefined ? before.active : input.active ? 1 : 0,
        updated_at: clock.now().toISOString(),
      };
      await repository.updateService(actor.municipalityId, id, next);
      await this.audit(trx, actor, 'complaint_service.update', id, {
        before: auditView(before),
        after: auditView(next),
      });
      return present(next);
    });
  }

  async settings(actor: Actor): Promise<{ defaultDays: number; days: Record<string, number> }> {
    const days = await new ComplaintsRepository(this.deps.db.kysely).responseDays(actor.municipalityId);
    return { defaultDays: defaultResponseDays, days: Object.fromEntries(days) };
  }

  /** Sets response days per category; complaints received later get the new deadline, earlier ones keep theirs. */
  async putSettings(
    actor: SignedInActor,
    days: Partial<Record<string, number>>,
  ): Promise<{ defaultDays: number; days: Record<string, number> }> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      const at = clock.now().toISOString();
      for (const [category, value] of Object.entries(days)) {
        if (isNuisanceCategory(category) && value !== undefined) {
          await repository.putResponseDays(actor.municipalityId, category, value, at);
        }
      }
      await auditFor({ db, clock }, actor)(trx, 'complaint.settings', 'complaint_setting', null, { after: days });
    });
    return this.settings(actor);
  }
}
