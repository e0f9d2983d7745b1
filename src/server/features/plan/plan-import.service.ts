import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { ParsedPlan } from '../../../shared/plan/plan-parse.types.js';
import { parsePlan } from '../../../shared/plan/plan-parser.js';
import { PlanParseError } from '../../../shared/plan/plan-parse-error.js';
import { AppError } from '../../http/app-error.js';
import { sha256Hex } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { PlanRepository } from './plan.repository.js';
import { planToRows } from './plan-rows.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  /** After a version is stored: svpp proposes each indicator's subject and computation (the indicators feature). */
  onImported?: (actor: SignedInActor, versionId: string) => Promise<unknown>;
};

/** Parses a plan text; a text that is no plan becomes an AppError with the parser's stable code. */
export function parseOrThrow(text: string): ParsedPlan {
  try {
    return parsePlan(text);
  } catch (error) {
    if (error instanceof PlanParseError) throw new AppError(error.code, error.details);
    throw error;
  }
}

/** Stores an uploaded plan text as a new plan version (a draft to review, or confirmed). */
export class PlanImportService {
  constructor(private readonly deps: Deps) {}

  async import(
    actor: Actor & { email: string | null },
    input: { filename: string; text: string; confirm: boolean },
  ): Promise<{ versionId: string; plan: ParsedPlan }> {
    const plan = parseOrThrow(input.text);
    const { db, clock } = this.deps;
    const versionId = await db.kysely.transaction().execute(async (trx) => {
      const plans = new PlanRepository(trx);
      const previous = await plans.latestConfirmed(actor.municipalityId);
      const candidates = previous
        ? await plans.lineageCandidates(actor.municipalityId, previous.id)
        : { objectives: [], indicators: [] };
      const rows = planToRows(
        plan,
        {
          municipalityId: actor.municipalityId,
          versionNo: await plans.nextVersionNo(actor.municipalityId),
          filename: input.filename,
          sha256: sha256Hex(input.text),
          createdAt: clock.now().toISOString(),
          createdBy: actor.userId || null,
          previousVersionId: previous?.id ?? null,
          confirmed: input.confirm,
        },
        candidates,
      );
      await plans.insertTree(rows);
      await auditFor({ db, clock }, actor)(trx, 'plan.import', 'plan_version', rows.version.id, {
        after: {
          version_no: rows.version.version_no,
          label: rows.version.label,
          status: rows.version.status,
          source_filename: input.filename,
          source_sha256: rows.version.source_sha256,
          sections: rows.sections.length,
          objectives: rows.objectives.length,
          indicators: rows.indicators.length,
          warnings: plan.warnings.length,
        },
      });
      return rows.version.id;
    });
    if (this.deps.onImported) await this.deps.onImported({ ...actor, email: actor.email ?? 'plan import' }, versionId);
    return { versionId, plan };
  }
}
