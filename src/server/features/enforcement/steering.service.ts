import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import {
  type EnforcementPlan,
  type EnforcementPlanInput,
  type PlanParty,
  planParties,
  type SteeringOverview,
} from '../../../shared/api/enforcement-steering.schema.js';
import type { CountsFor } from '../../../shared/api/registrations.schema.js';
import { steeringRegisterKey } from '../../../shared/enforcement/steering-register.js';
import { newId } from '../../adapters/tokens.js';
import type { EnforcementPlanSignatoryTable, EnforcementPlanTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { FileService } from '../files/files.service.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import {
  derivedRegistrationId,
  featureRegistrationRow,
  syncFeatureRegistration,
} from '../registrations/feature-registration.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import { SubjectService } from '../subjects/subjects.service.js';
import { SteeringRepository } from './steering.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  files: Pick<FileService, 'assertExist'>;
  /** The dashboard's answer for the indicators a registration would count for (IndicatorService.countsFor). */
  countsFor: (
    actor: Actor,
    row: Pick<RegistrationRow, 'type_key' | 'subject_id' | 'category' | 'status' | 'occurred_on'>,
  ) => Promise<CountsFor[]>;
};

/** The parties as the stored registration names them (the plan's own words). */
const partyNames: Record<PlanParty, string> = { police: 'Lokale politie', prosecutor: 'Parket', city: 'Stadsbestuur' };

/** The registration an enforcement plan keeps: a `document` (kind plan), approved once all three parties signed. */
const planRegistrationSource = 'enforcement_plan';

/** Whether police, prosecutor and city have all signed. */
export function fullySigned(signatories: readonly { party: string; signed_on: string | null }[]): boolean {
  return planParties.every((party) => signatories.some((s) => s.party === party && s.signed_on !== null));
}

/**
 * The enforcement plan (bestuurlijk handhavingsplan between city, local police and prosecutor) as a document with its
 * signatories and dates, and the steering group's registrations against the plan's targets. A plan keeps one
 * pseudonymous `document` registration (kind plan; approved on the last signature day once fully signed, a draft
 * before) naming the `document` subject it may name, so the plan's indicator "Bestaan van een … ondertekend
 * handhavingsplan" is computed from it.
 */
export class SteeringService {
  constructor(private readonly deps: Deps) {}

  async plans(actor: Actor): Promise<{ plans: EnforcementPlan[] }> {
    const repository = new SteeringRepository(this.deps.db.kysely);
    const rows = await repository.plans(actor.municipalityId);
    const signatories = await repository.signatories(
      actor.municipalityId,
      rows.map((r) => r.id),
    );
    const subjects = await this.planSubjects(actor.municipalityId, rows);
    const today = await municipalityToday(this.deps, actor.municipalityId);
    return {
      plans: rows.map((row) =>
        present(
          row,
          signatories.filter((s) => s.plan_id === row.id),
          today,
          subjects.get(row.id) ?? null,
        ),
      ),
    };
  }

  async create(actor: SignedInActor, input: EnforcementPlanInput): Promise<EnforcementPlan> {
    const { db, clock } = this.deps;
    const today = await this.check(actor, input);
    const now = clock.now().toISOString();
    const row = planRow(actor.municipalityId, newId(), input, now, now);
    const signatories = signatoryRows(actor.municipalityId, row.id, input, now);
    const registration = planRegistration(row, signatories, input.subjectId ?? null, now);
    await db.kysely.transaction().execute(async (trx) => {
      await new SteeringRepository(trx).insertPlan(row, signatories);
      await syncFeatureRegistration(trx, actor.municipalityId, registration.id, registration, now);
      await auditFor({ db, clock }, actor)(trx, 'enforcement_plan.create', 'enforcement_plan', row.id, {
        after: { ...row, signatories, subject_id: registration.subject_id ?? null },
      });
    });
    return present(row, signatories, today, registration.subject_id ?? null);
  }

  async update(actor: SignedInActor, id: string, input: EnforcementPlanInput): Promise<EnforcementPlan> {
    const { db, clock } = this.deps;
    const today = await this.check(actor, input);
    const now = clock.now().toISOString();
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new SteeringRepository(trx);
      const before = await repository.lockPlan(actor.municipalityId, id);
      if (!before) throw new AppError('GAS_PLAN_NOT_FOUND');
      const row = planRow(actor.municipalityId, id, input, before.created_at, now);
      const signatories = signatoryRows(actor.municipalityId, id, input, now);
      const registration = planRegistration(row, signatories, input.subjectId ?? null, now);
      const previous = await repository.signatories(actor.municipalityId, [id]);
      await repository.replacePlan(row, signatories);
      await syncFeatureRegistration(trx, actor.municipalityId, registration.id, registration, now);
      await auditFor({ db, clock }, actor)(trx, 'enforcement_plan.update', 'enforcement_plan', id, {
        before: { ...before, signatories: previous },
        after: { ...row, signatories, subject_id: registration.subject_id ?? null },
      });
      return present(row, signatories, today, registration.subject_id ?? null);
    });
  }

  async remove(actor: SignedInActor, id: string): Promise<void> {
    const { db, clock } = this.deps;
    const now = clock.now().toISOString();
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new SteeringRepository(trx);
      const before = await repository.lockPlan(actor.municipalityId, id);
      if (!before) throw new AppError('GAS_PLAN_NOT_FOUND');
      const previous = await repository.signatories(actor.municipalityId, [id]);
      await repository.deletePlan(actor.municipalityId, id);
      await syncFeatureRegistration(
        trx,
        actor.municipalityId,
        derivedRegistrationId(planRegistrationSource, id),
        null,
        now,
      );
      await auditFor({ db, clock }, actor)(trx, 'enforcement_plan.delete', 'enforcement_plan', id, {
        before: { ...before, signatories: previous },
      });
    });
  }

  /**
   * The steering group's registrations of a year per kind, and the plan's indicators on them as the dashboard has them.
   */
  async overview(actor: Actor, asked?: number): Promise<SteeringOverview> {
    const db = this.deps.db.kysely;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const year = asked ?? Number(today.slice(0, 4));
    const repository = new SteeringRepository(db);
    const counts = await repository.countsByKind(actor.municipalityId, `${year}-01-01`, `${year}-12-31`);
    const subjects = (
      await new SubjectRepository(db).list(actor.municipalityId, { typeKey: steeringRegisterKey })
    ).filter((s) => s.active === 1 && !s.merged_into_id);
    const subjectId = subjects.length === 1 ? (subjects[0]?.id ?? null) : null;
    const day = year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
    const reading = (category: string) =>
      this.deps.countsFor(actor, {
        type_key: steeringRegisterKey,
        subject_id: subjectId,
        category,
        status: null,
        occurred_on: day,
      });
    const meetings = await reading('meeting');
    const indicators = [...meetings, ...(await reading('policy_proposal'))];
    const recent = await repository.recent(actor.municipalityId, 12);
    return {
      year,
      registerKey: steeringRegisterKey,
      subjectId,
      counts: {
        meeting: counts.get('meeting') ?? 0,
        feedback: counts.get('feedback') ?? 0,
        policy_proposal: counts.get('policy_proposal') ?? 0,
      },
      // The meetings asked for: the target of the indicator that counts the steering group's meetings.
      meetingsRequired: meetings.find((i) => i.required !== null)?.required ?? null,
      indicators: [...new Map(indicators.map((i) => [i.indicatorId, i])).values()],
      recent: recent.map((r) => ({ id: r.id, occurredOn: r.occurred_on, kind: r.category, title: r.title })),
    };
  }

  /** Checks the input (dates, the file, the subject) and answers the municipality's today. */
  private async check(actor: SignedInActor, input: EnforcementPlanInput): Promise<string> {
    const today = await municipalityToday(this.deps, actor.municipalityId);
    if (input.validTo && input.validTo < input.validFrom) throw new AppError('GAS_PLAN_DATES_INVALID');
    if (input.signatories.some((s) => s.signedOn && s.signedOn > today)) throw new AppError('GAS_PLAN_DATES_INVALID');
    if (input.fileId) await this.deps.files.assertExist(actor.municipalityId, [input.fileId]);
    if (input.subjectId) {
      await SubjectService.assertUsable(this.deps.db.kysely, actor.municipalityId, input.subjectId, 'document');
    }
    return today;
  }

  private async planSubjects(
    municipalityId: string,
    rows: EnforcementPlanTable[],
  ): Promise<Map<string, string | null>> {
    const ids = new Map(rows.map((r) => [derivedRegistrationId(planRegistrationSource, r.id), r.id]));
    const found = await new SteeringRepository(this.deps.db.kysely).registrationSubjects(municipalityId, [
      ...ids.keys(),
    ]);
    return new Map([...ids].map(([registrationId, planId]) => [planId, found.get(registrationId) ?? null]));
  }
}

function planRow(
  municipalityId: string,
  id: string,
  input: EnforcementPlanInput,
  createdAt: string,
  now: string,
): EnforcementPlanTable {
  return {
    id,
    municipality_id: municipalityId,
    title: input.title,
    version: input.version,
    valid_from: input.validFrom,
    valid_to: input.validTo ?? null,
    file_id: input.fileId ?? null,
    summary: input.summary ?? null,
    created_at: createdAt,
    updated_at: now,
  };
}

function signatoryRows(
  municipalityId: string,
  planId: string,
  input: EnforcementPlanInput,
  now: string,
): EnforcementPlanSignatoryTable[] {
  return input.signatories.map((s) => ({
    id: newId(),
    municipality_id: municipalityId,
    plan_id: planId,
    party: s.party,
    signed_by: s.signedBy,
    signed_on: s.signedOn ?? null,
    created_at: now,
  }));
}

/**
 * The plan's pseudonymous document registration: approved on the last signature once police, prosecutor and city
 * signed.
 */
export function planRegistration(
  row: EnforcementPlanTable,
  signatories: readonly EnforcementPlanSignatoryTable[],
  subjectId: string | null,
  now: string,
): RegistrationRow {
  const signed = fullySigned(signatories);
  const lastSignature = signatories.reduce<string | null>(
    (last, s) => (s.signed_on && (!last || s.signed_on > last) ? s.signed_on : last),
    null,
  );
  return featureRegistrationRow({
    id: derivedRegistrationId(planRegistrationSource, row.id),
    municipalityId: row.municipality_id,
    typeKey: 'document',
    occurredOn: signed && lastSignature ? lastSignature : row.valid_from,
    values: {
      kind: 'plan',
      status: signed ? 'approved' : 'draft',
      title: `${row.title} (${row.version})`.slice(0, 300),
      approved_by: planParties
        .filter((p) => signatories.some((s) => s.party === p && s.signed_on))
        .map((p) => partyNames[p])
        .join(', '),
      ...(row.file_id ? { files: [row.file_id] } : {}),
    },
    subjectId,
    source: planRegistrationSource,
    createdBy: null,
    now,
  });
}

function present(
  row: EnforcementPlanTable,
  signatories: readonly EnforcementPlanSignatoryTable[],
  today: string,
  subjectId: string | null,
): EnforcementPlan {
  const order = (party: string) => planParties.indexOf(party as PlanParty);
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    fileId: row.file_id,
    summary: row.summary,
    signatories: [...signatories]
      .sort((a, b) => order(a.party) - order(b.party))
      .map((s) => ({ id: s.id, party: s.party as PlanParty, signedBy: s.signed_by, signedOn: s.signed_on })),
    fullySigned: fullySigned(signatories),
    current: row.valid_from <= today && (row.valid_to === null || today <= row.valid_to),
    subjectId,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
