import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { Volunteer, VolunteerStatistics } from '../../../shared/api/cases.schema.js';
import { volunteerFigures } from '../../../shared/cases/volunteer-statistics.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import type { VolunteerIntervisionTable, VolunteerTable } from '../../db/schema.js';
import { auditFor } from '../audit/audit.service.js';
import { VolunteerRepository } from './volunteer.repository.js';
import type { CaseQueryService } from './case-query.service.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { cases: Pick<CaseQueryService, 'casesOfType'> };
interface VolunteerInput {
  fullName?: string | undefined;
  startedOn?: string | undefined;
  endedOn?: string | null | undefined;
  trainedOn?: string | null | undefined;
}

/** The neighbour-mediation volunteer register: start, training, monthly intervision; the plan's ratio. */
export class VolunteerService {
  constructor(private readonly deps: Deps) {}

  async list(actor: Actor): Promise<Volunteer[]> {
    const repository = new VolunteerRepository(this.deps.db.kysely);
    const [rows, intervisions] = await Promise.all([
      repository.list(actor.municipalityId),
      repository.intervisions(actor.municipalityId),
    ]);
    return rows.map((row) => present(row, intervisions));
  }

  async create(
    actor: SignedInActor,
    input: Required<Pick<VolunteerInput, 'fullName' | 'startedOn'>> & VolunteerInput,
  ): Promise<Volunteer> {
    const { db, clock } = this.deps;
    checkDates(input.startedOn, input.endedOn ?? null, input.trainedOn ?? null);
    const now = clock.now().toISOString();
    const row: VolunteerTable = {
      id: newId(),
      municipality_id: actor.municipalityId,
      full_name: input.fullName,
      started_on: input.startedOn,
      ended_on: input.endedOn ?? null,
      trained_on: input.trainedOn ?? null,
      created_at: now,
      updated_at: now,
    };
    await db.kysely.transaction().execute(async (trx) => {
      await new VolunteerRepository(trx).insert(row);
      await auditFor({ db, clock }, actor)(trx, 'volunteer.create', 'volunteer', row.id, {
        after: { started_on: row.started_on, ended_on: row.ended_on, trained_on: row.trained_on },
      });
    });
    return present(row, []);
  }

  async update(actor: SignedInActor, id: string, input: VolunteerInput): Promise<Volunteer> {
    const { db, clock } = this.deps;
    const repository = new VolunteerRepository(db.kysely);
    const before = await repository.find(actor.municipalityId, id);
    if (!before) throw new AppError('NOT_FOUND');
    const next: VolunteerTable = {
      ...before,
      full_name: input.fullName ?? before.full_name,
      started_on: input.startedOn ?? before.started_on,
      ended_on: input.endedOn === undefined ? before.ended_on : input.endedOn,
      trained_on: input.trainedOn === undefined ? before.trained_on : input.trainedOn,
      updated_at: clock.now().toISOString(),
    };
    checkDates(next.started_on, next.ended_on, next.trained_on);
    await db.kysely.transaction().execute(async (trx) => {
      await new VolunteerRepository(trx).update(actor.municipalityId, id, next);
      await auditFor({ db, clock }, actor)(trx, 'volunteer.update', 'volunteer', id, {
        before: { started_on: before.started_on, ended_on: before.ended_on, trained_on: before.trained_on },
        after: {
          started_on: next.started_on,
          ended_on: next.ended_on,
          trained_on: next.trained_on,
          name_changed: next.full_name !== before.full_name,
        },
      });
    });
    return present(next, await repository.intervisions(actor.municipalityId));
  }

  async setIntervision(actor: SignedInActor, id: string, month: string, attended: boolean): Promise<void> {
    const { db, clock } = this.deps;
    if (!(await new VolunteerRepository(db.kysely).find(actor.municipalityId, id))) throw new AppError('NOT_FOUND');
    await db.kysely.transaction().execute(async (trx) => {
      await new VolunteerRepository(trx).setIntervision({
        municipality_id: actor.municipalityId,
        volunteer_id: id,
        month,
        attended: attended ? 1 : 0,
      });
      await auditFor({ db, clock }, actor)(trx, 'volunteer.intervision', 'volunteer', id, {
        after: { month, attended },
      });
    });
  }

  /** The yearly evaluation figures of neighbour mediation: volunteers and the ratio, cases and outcomes. */
  async statistics(actor: Actor, year: number): Promise<VolunteerStatistics> {
    const repository = new VolunteerRepository(this.deps.db.kysely);
    const [rows, intervisions, cases] = await Promise.all([
      repository.list(actor.municipalityId),
      repository.intervisions(actor.municipalityId),
      this.deps.cases.casesOfType(actor.municipalityId, 'neighbour_mediation'),
    ]);
    const figures = volunteerFigures(
      rows.map((r) => present(r, intervisions)),
      year,
    );
    const inYear = (day: string | null) => day !== null && day.startsWith(`${year}-`);
    const outcomes: Record<string, number> = {};
    const conflicts: Record<string, number> = {};
    for (const c of cases) {
      const result = c.steps.find((s) => s.step_key === 'result');
      if (result && inYear(result.done_on) && result.outcome) {
        outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      }
      const intake = c.steps.find((s) => s.step_key === 'intake');
      const conflict = intake ? (JSON.parse(intake.choices_json) as Record<string, string>).conflict : undefined;
      if (conflict && inYear(c.row.opened_on)) conflicts[conflict] = (conflicts[conflict] ?? 0) + 1;
    }
    return {
      year,
      ...figures,
      mediation: {
        opened: cases.filter((c) => inYear(c.row.opened_on)).length,
        concluded: Object.values(outcomes).reduce((a, b) => a + b, 0),
        outcomes,
        conflicts,
      },
    };
  }
}

function present(row: VolunteerTable, intervisions: readonly VolunteerIntervisionTable[]): Volunteer {
  return {
    id: row.id,
    fullName: row.full_name,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    trainedOn: row.trained_on,
    intervisions: intervisions
      .filter((i) => i.volunteer_id === row.id)
      .map((i) => ({ month: i.month, attended: Number(i.attended) === 1 })),
  };
}

function checkDates(startedOn: string, endedOn: string | null, trainedOn: string | null): void {
  if (
    startedOn < '2000-01-01' ||
    (endedOn !== null && endedOn < startedOn) ||
    (trainedOn !== null && trainedOn < '2000-01-01')
  ) {
    throw new AppError('CASE_DATE_IMPOSSIBLE', { startedOn, endedOn, trainedOn });
  }
}
