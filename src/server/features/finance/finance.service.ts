import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type {
  BudgetLine,
  BudgetLineInput,
  ExpenseInput,
  FinanceOverview,
  Pot,
  Scheme,
  Staff,
  StaffInput,
} from '../../../shared/api/finance.schema.js';
import { parseRegime, type Regime } from '../../../shared/finance/subsidy-rules.js';
import { AppError } from '../../http/app-error.js';
import { found } from '../../http/found.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { FileService } from '../files/files.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import type { PlanVersionTable } from '../../db/schema.js';
import { FinanceRepository } from './finance.repository.js';
import {
  potOf,
  presentBudgetLine,
  presentExpense,
  presentScheme,
  presentStaff,
  schemePots,
} from './finance.presenter.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { yearOf } from '../../../shared/calendar/days.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { files: Pick<FileService, 'assertExist'> };
interface Funding {
  scheme: string;
  amount_eur: number;
  fte?: number | null;
}

const yearsOf = (version: PlanVersionTable): number[] => {
  const start = Number((version.period_start ?? '').slice(0, 4));
  const end = Number((version.period_end ?? version.period_start ?? '').slice(0, 4));
  if (!start) return [];
  return Array.from({ length: Math.max(1, end - start + 1) }, (_, i) => start + i);
};

/** Conventions, funded staff, expenses within their caps and the multi-year plan lines; every write audited. */
export class FinanceService {
  constructor(private readonly deps: Deps) {}

  /**
   * The plan version (default: the newest confirmed, else the newest) and year (default: this year if in the plan, else
   * its first).
   */
  async resolve(
    actor: Actor,
    options: { versionId?: string | undefined; year?: number | undefined },
  ): Promise<{ version: PlanVersionTable; year: number }> {
    const plans = new PlanRepository(this.deps.db.kysely);
    const version = options.versionId
      ? await plans.findVersion(actor.municipalityId, options.versionId)
      : ((await plans.latestConfirmed(actor.municipalityId)) ?? (await plans.listVersions(actor.municipalityId))[0]);
    if (!version) throw new AppError(options.versionId ? 'NOT_FOUND' : 'PLAN_NONE');
    const years = yearsOf(version);
    const thisYear = yearOf(await municipalityToday(this.deps, actor.municipalityId));
    return { version, year: options.year ?? (years.includes(thisYear) ? thisYear : (years[0] ?? thisYear)) };
  }

  async overview(
    actor: Actor,
    options: { versionId?: string | undefined; year?: number | undefined },
  ): Promise<FinanceOverview> {
    const { version, year } = await this.resolve(actor, options);
    const repository = new FinanceRepository(this.deps.db.kysely);
    const schemeRows = await repository.schemes(actor.municipalityId, version.id, year);
    const ids = schemeRows.map((s) => s.id);
    const [staffRows, expenseRows, lineRows] = await Promise.all([
      repository.staffOfSchemes(actor.municipalityId, ids),
      repository.expensesOfSchemes(actor.municipalityId, ids),
      repository.budgetLines(actor.municipalityId, year),
    ]);
    const staff = staffRows.map((row) => presentStaff(row, year));
    const expenses = expenseRows.map(presentExpense);
    const schemes: Scheme[] = schemeRows.map((row) => {
      const spent = new Map<string, number>();
      for (const e of expenses) {
        if (e.schemeId === row.id) spent.set(e.category, (spent.get(e.category) ?? 0) + e.amountCents);
      }
      return presentScheme(
        row,
        staff.filter((s) => s.schemeId === row.id),
        spent,
      );
    });
    const budgetLines: BudgetLine[] = lineRows.map((row) => presentBudgetLine(row, schemes));
    return {
      year,
      versionId: version.id,
      versionLabel: version.label,
      schemes,
      staff,
      expenses,
      budgetLines,
      totals: {
        grantedCents: schemes.reduce((a, s) => a + s.amountCents, 0),
        spentCents: expenses.reduce((a, e) => a + e.amountCents, 0),
      },
    };
  }

  /**
   * Takes the schemes and amounts of the plan's funding as the conventions of a year (those already there are kept).
   */
  async setupFromPlan(
    actor: SignedInActor,
    options: { versionId?: string | undefined; year?: number | undefined },
  ): Promise<FinanceOverview> {
    const { db, clock } = this.deps;
    const { version, year } = await this.resolve(actor, options);
    if (!yearsOf(version).includes(year)) throw new AppError('FINANCE_YEAR_OUTSIDE_PLAN');
    const funding = JSON.parse(version.funding_json) as Funding[];
    if (funding.length === 0) throw new AppError('FINANCE_NO_FUNDING');
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new FinanceRepository(trx);
      const existing = new Set((await repository.schemes(actor.municipalityId, version.id, year)).map((s) => s.name));
      const created = [];
      for (const [position, f] of funding.entries()) {
        if (existing.has(f.scheme)) continue;
        const row = {
          id: newId(),
          municipality_id: actor.municipalityId,
          plan_version_id: version.id,
          year,
          name: f.scheme,
          kind: f.fte == null ? 'plan' : 'guards',
          // The parser reads amounts as decimal euros; cents are rounded once here and stay integers from then on.
          amount_cents: Math.round(f.amount_eur * 100),
          fte_hundredths: f.fte == null ? null : Math.round(f.fte * 100),
          stated_wage_cents: null,
          stated_equipment_cents: null,
          position,
          created_at: clock.now().toISOString(),
        };
        await repository.insertScheme(row);
        created.push(row);
      }
      if (created.length > 0) {
        await auditFor({ db, clock }, actor)(trx, 'finance.schemes.setup', 'plan_version', version.id, {
          after: { year, schemes: created },
        });
      }
    });
    return this.overview(actor, { versionId: version.id, year });
  }

  /** Records the figures of the convention's table (wage and equipment parts) so they are checked against the rules. */
  async setStated(
    actor: SignedInActor,
    schemeId: string,
    stated: { statedWageCents: number | null; statedEquipmentCents: number | null },
  ): Promise<Scheme> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new FinanceRepository(trx);
      const before = found(await repository.findScheme(actor.municipalityId, schemeId));
      const after = { stated_wage_cents: stated.statedWageCents, stated_equipment_cents: stated.statedEquipmentCents };
      await repository.updateStated(actor.municipalityId, schemeId, after);
      await auditFor({ db, clock }, actor)(trx, 'finance.scheme.stated', 'finance_scheme', schemeId, {
        before: { stated_wage_cents: before.stated_wage_cents, stated_equipment_cents: before.stated_equipment_cents },
        after,
      });
    });
    return this.scheme(actor, schemeId);
  }

  async scheme(actor: Actor, schemeId: string): Promise<Scheme> {
    const repository = new FinanceRepository(this.deps.db.kysely);
    const row = found(await repository.findScheme(actor.municipalityId, schemeId));
    const staff = (await repository.staffOfSchemes(actor.municipalityId, [row.id])).map((s) =>
      presentStaff(s, Number(row.year)),
    );
    return presentScheme(row, staff, await repository.spentByCategory(actor.municipalityId, row.id));
  }

  async addStaff(actor: SignedInActor, input: StaffInput): Promise<Staff> {
    const { db, clock } = this.deps;
    const regime = checkedRegime(input);
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new FinanceRepository(trx);
      // Staff make the wage cap: locked like an expense, so a cap check never sees half of a change.
      const scheme = staffScheme(await repository.lockScheme(actor.municipalityId, input.schemeId));
      const row = {
        id: newId(),
        municipality_id: actor.municipalityId,
        ...staffColumns(scheme, input, regime),
        created_at: clock.now().toISOString(),
      };
      await repository.insertStaff(row);
      await auditFor({ db, clock }, actor)(trx, 'finance.staff.create', 'funded_staff', row.id, { after: row });
      return presentStaff(row, Number(scheme.year));
    });
  }

  /** Corrects a funded person (scheme, regime, start, end): the same checks as adding one. */
  async updateStaff(actor: SignedInActor, id: string, input: StaffInput): Promise<Staff> {
    const { db, clock } = this.deps;
    const regime = checkedRegime(input);
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new FinanceRepository(trx);
      const before = found(await repository.findStaff(actor.municipalityId, id));
      const scheme = staffScheme(await repository.findScheme(actor.municipalityId, input.schemeId));
      const changes = staffColumns(scheme, input, regime);
      await repository.updateStaff(actor.municipalityId, id, changes);
      const after = { ...before, ...changes };
      await auditFor({ db, clock }, actor)(trx, 'finance.staff.update', 'funded_staff', id, { before, after });
      return presentStaff(after, Number(scheme.year));
    });
  }

  /**
   * Records an expense on its scheme's pot. Past the cap it is refused (FINANCE_CAP_EXCEEDED, with the figures) unless
   * the person confirms it; near the cap (90%) the answer carries a warning.
   */
  async addExpense(
    actor: SignedInActor,
    input: ExpenseInput,
  ): Promise<{ expense: ReturnType<typeof presentExpense>; pot: Pot; warning: 'near_cap' | 'over_cap' | null }> {
    const { db, clock } = this.deps;
    await this.deps.files.assertExist(actor.municipalityId, input.fileIds);
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new FinanceRepository(trx);
      // Locked first: the cap check below and the insert are one step for every other expense on this scheme.
      const scheme = found(await repository.lockScheme(actor.municipalityId, input.schemeId));
      const key = potOf(scheme.kind, input.category);
      if (key === null) throw new AppError('FINANCE_CATEGORY_NOT_IN_SCHEME');
      if (Number(input.spentOn.slice(0, 4)) !== Number(scheme.year)) throw new AppError('FINANCE_DATE_OUTSIDE_YEAR');
      if (input.staffId && (await repository.findStaff(actor.municipalityId, input.staffId))?.scheme_id !== scheme.id) {
        throw new AppError('FINANCE_STAFF_UNKNOWN');
      }
      if (
        input.objectiveLineageId &&
        !(await repository.objectiveLineageExists(actor.municipalityId, input.objectiveLineageId))
      ) {
        throw new AppError('FINANCE_OBJECTIVE_UNKNOWN');
      }
      const staff = (await repository.staffOfSchemes(actor.municipalityId, [scheme.id])).map((s) =>
        presentStaff(s, Number(scheme.year)),
      );
      const spent = await repository.spentByCategory(actor.municipalityId, scheme.id);
      const before = schemePots(scheme, staff, spent).pots.find((p) => p.key === key);
      if (!before) throw new AppError('FINANCE_CATEGORY_NOT_IN_SCHEME');
      const overCap = before.spentCents + input.amountCents > before.capCents;
      if (overCap && !input.confirmOverCap) {
        throw new AppError('FINANCE_CAP_EXCEEDED', {
          pot: key,
          capCents: before.capCents,
          spentCents: before.spentCents,
          remainingCents: before.remainingCents,
          amountCents: input.amountCents,
          overByCents: before.spentCents + input.amountCents - before.capCents,
        });
      }
      const row = {
        id: newId(),
        municipality_id: actor.municipalityId,
        scheme_id: scheme.id,
        category: input.category,
        spent_on: input.spentOn,
        amount_cents: input.amountCents,
        description: input.description,
        staff_id: input.staffId ?? null,
        objective_lineage_id: input.objectiveLineageId ?? null,
        file_ids_json: JSON.stringify(input.fileIds),
        over_cap: overCap ? 1 : 0,
        created_by: actor.userId,
        created_at: clock.now().toISOString(),
      };
      await repository.insertExpense(row);
      const audit = auditFor({ db, clock }, actor);
      await audit(trx, overCap ? 'finance.expense.create_over_cap' : 'finance.expense.create', 'expense', row.id, {
        after: row,
      });
      spent.set(input.category, (spent.get(input.category) ?? 0) + input.amountCents);
      const pot = schemePots(scheme, staff, spent).pots.find((p) => p.key === key) ?? before;
      return {
        expense: presentExpense(row),
        pot,
        warning: pot.state === 'over' ? 'over_cap' : pot.state === 'near' ? 'near_cap' : null,
      };
    });
  }

  async saveBudgetLine(actor: SignedInActor, input: BudgetLineInput): Promise<BudgetLine> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new FinanceRepository(trx);
      const before = await repository.findBudgetLine(actor.municipalityId, input.year, input.code);
      const row = {
        id: before?.id ?? newId(),
        municipality_id: actor.municipalityId,
        year: input.year,
        code: input.code,
        label: input.label,
        budget_cents: input.budgetCents,
        council_estimate_cents: input.councilEstimateCents ?? null,
        scheme_names_json: JSON.stringify(input.schemeNames),
        created_at: before?.created_at ?? clock.now().toISOString(),
      };
      await repository.upsertBudgetLine(row);
      await auditFor({ db, clock }, actor)(trx, 'finance.budget_line.save', 'budget_line', row.id, {
        before: before ?? null,
        after: row,
      });
    });
    const line = (await this.overview(actor, { year: input.year }).catch(() => null))?.budgetLines.find(
      (l) => l.code === input.code,
    );
    if (line) return line;
    // No plan covers the year yet: the line stands against nothing expected.
    const row = found(
      await new FinanceRepository(db.kysely).findBudgetLine(actor.municipalityId, input.year, input.code),
    );
    return presentBudgetLine(row, []);
  }
}

/**
 * A funded person's regime ("4/5") as a fraction, after the checks adding and correcting share: a known regime, the end
 * not before the start.
 */
/** The scheme a funded person is paid from: it must exist and fund guards. */
function staffScheme<S extends { kind: string }>(row: S | undefined): S {
  const scheme = found(row);
  if (scheme.kind !== 'guards') throw new AppError('FINANCE_SCHEME_HAS_NO_STAFF');
  return scheme;
}

/** The columns of a funded person that adding and correcting one both write. */
function staffColumns(scheme: { id: string }, input: StaffInput, regime: Regime) {
  return {
    scheme_id: scheme.id,
    label: input.label,
    regime_numerator: regime.numerator,
    regime_denominator: regime.denominator,
    start_on: input.startOn,
    end_on: input.endOn ?? null,
  };
}

function checkedRegime(input: StaffInput): Regime {
  const regime = parseRegime(input.regime);
  if (!regime) throw new AppError('FINANCE_REGIME_INVALID');
  if (input.endOn && input.endOn < input.startOn) throw new AppError('FINANCE_DATES_INVALID');
  return regime;
}
