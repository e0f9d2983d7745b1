import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { PlanTree, PlanVersionSummary, Target } from '../../../shared/api/plan.schema.js';
import type { AuditAction, AuditEntity } from '../../../shared/audit/audit-actions.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { presentTree, presentVersion } from './plan.presenter.js';
import { type PlanElementTable, PlanRepository, type PlanVersionTable } from './plan.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
const entityOf: Record<PlanElementTable, AuditEntity & PlanElementTable> = {
  plan_section: 'plan_section',
  plan_objective: 'plan_objective',
  plan_result: 'plan_result',
  indicator: 'indicator',
};

/** Reading and correcting plan versions; every correction is audited with before and after (the history). */
export class PlanService {
  constructor(private readonly deps: Deps) {}

  async listVersions(actor: Actor): Promise<PlanVersionSummary[]> {
    const plans = new PlanRepository(this.deps.db.kysely);
    const [versions, counts, continued] = await Promise.all([
      plans.listVersions(actor.municipalityId),
      plans.countsByVersion(actor.municipalityId),
      plans.continuedIndicatorCounts(actor.municipalityId),
    ]);
    return versions.map((v) => presentVersion(v, counts.get(v.id), continued.get(v.id) ?? 0));
  }

  async tree(actor: Actor, versionId: string): Promise<PlanTree> {
    const plans = new PlanRepository(this.deps.db.kysely);
    const rows = await plans.loadTree(actor.municipalityId, versionId);
    if (!rows) throw new AppError('NOT_FOUND');
    const continued = await plans.continuedIndicatorCounts(actor.municipalityId);
    return presentTree(rows, continued.get(versionId) ?? 0);
  }

  /** The version people work with: the newest confirmed one, else the newest draft. */
  async currentVersionId(actor: Actor): Promise<string | undefined> {
    const plans = new PlanRepository(this.deps.db.kysely);
    const confirmed = await plans.latestConfirmed(actor.municipalityId);
    if (confirmed) return confirmed.id;
    return (await plans.listVersions(actor.municipalityId))[0]?.id;
  }

  async confirm(actor: SignedInActor, versionId: string): Promise<PlanVersionSummary> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const plans = new PlanRepository(trx);
      await draftVersion(plans, actor, versionId);
      const now = clock.now().toISOString();
      await plans.updateVersion(actor.municipalityId, versionId, {
        status: 'confirmed',
        confirmed_at: now,
        confirmed_by: actor.userId,
      });
      await auditFor({ db, clock }, actor)(trx, 'plan.confirm', 'plan_version', versionId, {
        before: { status: 'draft' },
        after: { status: 'confirmed' },
      });
    });
    return (await this.tree(actor, versionId)).version;
  }

  async discardDraft(actor: SignedInActor, versionId: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const plans = new PlanRepository(trx);
      const version = await draftVersion(plans, actor, versionId);
      await plans.deleteVersion(actor.municipalityId, versionId);
      await auditFor({ db, clock }, actor)(trx, 'plan.discard', 'plan_version', versionId, {
        before: { version_no: version.version_no, label: version.label },
      });
    });
  }

  updateSection(actor: SignedInActor, id: string, changes: { title?: string; description?: string | null }) {
    return this.updateElement(actor, 'plan_section', id, changes);
  }

  updateObjective(
    actor: SignedInActor,
    id: string,
    changes: { number?: string; title?: string; owner?: string | null; partners?: string[] },
  ) {
    const { partners, ...rest } = changes;
    return this.updateElement(actor, 'plan_objective', id, {
      ...rest,
      ...(partners ? { partners_json: JSON.stringify(partners) } : {}),
    });
  }

  updateResult(actor: SignedInActor, id: string, changes: { text: string }) {
    return this.updateElement(actor, 'plan_result', id, changes);
  }

  updateIndicator(actor: SignedInActor, id: string, changes: { text?: string; targets?: Target[] }) {
    const { targets, ...rest } = changes;
    return this.updateElement(actor, 'indicator', id, {
      ...rest,
      ...(targets ? { targets_json: JSON.stringify(targets), targets_edited: 1 } : {}),
    });
  }

  /** The audited changes of one plan element, newest first. */
  async history(actor: Actor, elementId: string) {
    const plans = new PlanRepository(this.deps.db.kysely);
    const tables: PlanElementTable[] = ['plan_section', 'plan_objective', 'plan_result', 'indicator'];
    const found = await Promise.all(tables.map((table) => plans.findElement(table, actor.municipalityId, elementId)));
    if (!found.some(Boolean)) throw new AppError('NOT_FOUND');
    const rows = await new AuditRepository(this.deps.db.kysely, this.deps.db.dialect).listForEntity(
      actor.municipalityId,
      elementId,
    );
    return rows.map((r) => ({
      at: r.at,
      actorEmail: r.actor_email,
      action: r.action,
      before: r.before_json ? (JSON.parse(r.before_json) as unknown) : null,
      after: r.after_json ? (JSON.parse(r.after_json) as unknown) : null,
    }));
  }

  private async updateElement(
    actor: SignedInActor,
    table: PlanElementTable,
    id: string,
    changes: Record<string, unknown>,
  ): Promise<{ versionId: string }> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const plans = new PlanRepository(trx);
      const before = (await plans.findElement(table, actor.municipalityId, id)) as Record<string, unknown> | undefined;
      if (!before) throw new AppError('NOT_FOUND');
      await plans.updateElement(table, actor.municipalityId, id, changes);
      const changedBefore = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k]]));
      const audit = auditFor({ db, clock }, actor);
      await audit(trx, `${entityOf[table]}.update` satisfies AuditAction, entityOf[table], id, {
        before: changedBefore,
        after: changes,
      });
      return { versionId: String(before.plan_version_id) };
    });
  }
}

/** The version, which must still be a draft (confirming and discarding work on drafts only). */
async function draftVersion(plans: PlanRepository, actor: Actor, versionId: string): Promise<PlanVersionTable> {
  const version = await plans.findVersion(actor.municipalityId, versionId);
  if (!version) throw new AppError('NOT_FOUND');
  if (version.status !== 'draft') throw new AppError('PLAN_VERSION_NOT_DRAFT');
  return version;
}
