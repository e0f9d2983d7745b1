import type { Kysely } from 'kysely';
import { type Actor, can, type SignedInActor } from '../../../shared/access/roles.js';
import type { CreateCaseBody, PersonInput, RecordStepBody } from '../../../shared/api/cases.schema.js';
import { checkClose, checkStep, type Verdict } from '../../../shared/cases/case-engine.js';
import { mayWriteCase } from '../../../shared/cases/case-privacy.js';
import { type CaseTypeDefinition, caseTypes, stepOf } from '../../../shared/cases/case-types.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import type { ServiceDeps } from '../context.js';
import { entityAudit } from '../audit/audit.service.js';
import { FilesRepository } from '../files/files.repository.js';
import { CaseRepository, type CaseRow } from './case.repository.js';
import { countCaseEvent, syncAdviceRegistration } from './case-registrations.js';
import { stateOf, typeOf } from './case-state.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'>;
const enforce = (verdict: Verdict): void => {
  if (!verdict.ok) throw new AppError(verdict.code, verdict.details);
};

/** Writing case work: every change goes through the case type's rules and is audited without names. */
export class CaseService {
  constructor(private readonly deps: Deps) {}

  /** Today on the municipality's calendar; asked before a transaction (SQLite has one connection). */
  private today(municipalityId: string): Promise<string> {
    return municipalityToday(this.deps, municipalityId);
  }

  async create(actor: SignedInActor, input: CreateCaseBody): Promise<string> {
    const { db, clock } = this.deps;
    const type = caseTypes[input.typeKey];
    const today = await this.today(actor.municipalityId);
    if (input.openedOn < '2000-01-01' || input.openedOn > today) {
      throw new AppError('CASE_DATE_IMPOSSIBLE', { openedOn: input.openedOn, today });
    }
    const ownerUserId = input.ownerUserId ?? actor.userId;
    if (ownerUserId !== actor.userId && !can(actor, 'case.manage')) throw new AppError('CASE_NOT_OWNER');
    const repository = new CaseRepository(db.kysely);
    if (!(await repository.isActiveUser(actor.municipalityId, ownerUserId))) throw new AppError('CASE_OWNER_UNKNOWN');
    const wijkCode = await this.checkWijk(actor.municipalityId, type, input.wijkCode ?? null);
    if (
      (await repository.existingVolunteers(actor.municipalityId, input.volunteerIds)) !==
      new Set(input.volunteerIds).size
    ) {
      throw new AppError('CASE_VOLUNTEER_UNKNOWN');
    }
    input.persons.forEach((p) => checkPerson(type, p));
    const now = clock.now().toISOString();
    const id = newId();
    await db.kysely.transaction().execute(async (trx) => {
      const cases = new CaseRepository(trx);
      // The reference counts the year's cases: two cases opened at once must not both take the same number.
      await cases.lockNumbering(actor.municipalityId);
      const prefix = `${type.referencePrefix}-${input.openedOn.slice(0, 4)}-`;
      const reference = `${prefix}${String((await cases.countReferences(actor.municipalityId, prefix)) + 1).padStart(3, '0')}`;
      const row: CaseRow = {
        id,
        municipality_id: actor.municipalityId,
        type_key: type.key,
        reference,
        owner_user_id: ownerUserId,
        wijk_code: wijkCode,
        opened_on: input.openedOn,
        closed_on: null,
        close_outcome: null,
        summary: input.summary ?? null,
        registration_id: null,
        personal_erased_at: null,
        created_at: now,
        updated_at: now,
      };
      await cases.insertCase(row);
      for (const person of input.persons) await this.insertPerson(cases, row, person, now);
      await cases.setVolunteers(actor.municipalityId, id, [...new Set(input.volunteerIds)]);
      await countCaseEvent(trx, {
        municipalityId: actor.municipalityId,
        typeKey: type.key,
        event: 'opened',
        on: input.openedOn,
        wijkCode,
        userId: actor.userId,
        now,
      });
      await this.audit(trx, actor, 'case.create', id, {
        after: {
          type: type.key,
          reference,
          owner: ownerUserId,
          wijk: wijkCode,
          opened_on: input.openedOn,
          persons: input.persons.map((p) => p.role),
          volunteers: input.volunteerIds.length,
        },
      });
    });
    return id;
  }

  async update(
    actor: SignedInActor,
    id: string,
    changes: {
      ownerUserId?: string | undefined;
      wijkCode?: string | null | undefined;
      summary?: string | null | undefined;
      volunteerIds?: string[] | undefined;
    },
  ): Promise<void> {
    const { db, clock } = this.deps;
    const row = await this.writable(actor, id);
    const type = typeOf(row);
    const next: Partial<CaseRow> = {};
    if (changes.ownerUserId !== undefined && changes.ownerUserId !== row.owner_user_id) {
      if (!can(actor, 'case.manage')) throw new AppError('CASE_NOT_OWNER');
      if (!(await new CaseRepository(db.kysely).isActiveUser(actor.municipalityId, changes.ownerUserId))) {
        throw new AppError('CASE_OWNER_UNKNOWN');
      }
      next.owner_user_id = changes.ownerUserId;
    }
    if (changes.wijkCode !== undefined) {
      next.wijk_code = await this.checkWijk(actor.municipalityId, type, changes.wijkCode);
    }
    if (changes.summary !== undefined) next.summary = changes.summary;
    if (
      changes.volunteerIds &&
      (await new CaseRepository(db.kysely).existingVolunteers(actor.municipalityId, changes.volunteerIds)) !==
        new Set(changes.volunteerIds).size
    ) {
      throw new AppError('CASE_VOLUNTEER_UNKNOWN');
    }
    const now = clock.now().toISOString();
    await db.kysely.transaction().execute(async (trx) => {
      const cases = new CaseRepository(trx);
      await this.lockWritable(cases, actor, id);
      await cases.updateCase(actor.municipalityId, id, { ...next, updated_at: now });
      if (changes.volunteerIds) await cases.setVolunteers(actor.municipalityId, id, [...new Set(changes.volunteerIds)]);
      await this.audit(trx, actor, 'case.update', id, {
        before: { owner: row.owner_user_id, wijk: row.wijk_code, summary: row.summary === null ? null : 'set' },
        after: {
          owner: next.owner_user_id ?? row.owner_user_id,
          wijk: next.wijk_code === undefined ? row.wijk_code : next.wijk_code,
          summary: changes.summary === undefined ? undefined : changes.summary === null ? null : 'changed',
          volunteers: changes.volunteerIds?.length,
        },
      });
    });
  }

  async recordStep(actor: SignedInActor, id: string, input: RecordStepBody): Promise<void> {
    await this.onLockedCase(actor, id, async ({ trx, cases, row, steps, type, now, today }) => {
      enforce(
        checkStep(
          type,
          stateOf(row, steps),
          {
            stepKey: input.stepKey,
            doneOn: input.doneOn,
            outcome: input.outcome ?? null,
            hours: input.hours ?? null,
            choices: input.choices,
          },
          today,
        ),
      );
      const step = stepOf(type, input.stepKey);
      const stepRow = {
        id: newId(),
        municipality_id: actor.municipalityId,
        case_id: id,
        step_key: input.stepKey,
        done_on: input.doneOn,
        outcome: input.outcome ?? null,
        hours: input.hours ?? null,
        choices_json: JSON.stringify(input.choices),
        note: input.note ?? null,
        created_by: actor.userId,
        created_at: now,
      };
      await cases.insertStep(stepRow);
      if (step?.counts) {
        await countCaseEvent(trx, {
          municipalityId: actor.municipalityId,
          typeKey: type.key,
          event: step.counts,
          on: input.doneOn,
          wijkCode: row.wijk_code,
          outcome: input.outcome ?? null,
          detail: Object.values(input.choices)[0] ?? null,
          hours: input.hours ?? null,
          userId: actor.userId,
          now,
        });
      }
      if (type.adviceRegister) await this.syncAdvice(trx, row, [...steps, stepRow], actor.userId, now);
      await this.audit(trx, actor, 'case.step', id, {
        after: {
          step: input.stepKey,
          done_on: input.doneOn,
          outcome: stepRow.outcome,
          hours: stepRow.hours,
          choices: input.choices,
          note: stepRow.note === null ? null : 'set',
        },
      });
    });
  }

  async close(actor: SignedInActor, id: string, outcome: string, closedOn: string): Promise<void> {
    await this.onLockedCase(actor, id, async ({ trx, cases, row, steps, type, now, today }) => {
      enforce(checkClose(type, stateOf(row, steps), outcome, closedOn, today));
      await cases.updateCase(actor.municipalityId, id, {
        closed_on: closedOn,
        close_outcome: outcome,
        updated_at: now,
      });
      await countCaseEvent(trx, {
        municipalityId: actor.municipalityId,
        typeKey: type.key,
        event: 'closed',
        on: closedOn,
        wijkCode: row.wijk_code,
        outcome,
        userId: actor.userId,
        now,
      });
      if (type.adviceRegister) {
        await this.syncAdvice(trx, { ...row, closed_on: closedOn, close_outcome: outcome }, steps, actor.userId, now);
      }
      await this.audit(trx, actor, 'case.close', id, {
        before: { closed_on: null },
        after: { closed_on: closedOn, outcome },
      });
    });
  }

  /**
   * Runs a change that the case engine checks (a step, the close) in one transaction on the locked case: concurrent
   * steps on one case (hours against the legal maximum) or a close beside a step see each other's work.
   */
  private async onLockedCase(
    actor: SignedInActor,
    id: string,
    change: (context: {
      trx: Kysely<Database>;
      cases: CaseRepository;
      row: CaseRow;
      steps: Awaited<ReturnType<CaseRepository['stepsOf']>>;
      type: CaseTypeDefinition;
      now: string;
      today: string;
    }) => Promise<void>,
  ): Promise<void> {
    const { db, clock } = this.deps;
    const type = typeOf(await this.writable(actor, id));
    const now = clock.now().toISOString();
    const today = await this.today(actor.municipalityId);
    await db.kysely.transaction().execute(async (trx) => {
      const cases = new CaseRepository(trx);
      const row = await this.lockWritable(cases, actor, id);
      const steps = await cases.stepsOf(actor.municipalityId, [id]);
      await change({ trx, cases, row, steps, type, now, today });
    });
  }

  async addPerson(actor: SignedInActor, id: string, person: PersonInput): Promise<void> {
    const { db, clock } = this.deps;
    const row = await this.writable(actor, id);
    if (row.personal_erased_at) throw new AppError('CASE_CLOSED');
    checkPerson(typeOf(row), person);
    const now = clock.now().toISOString();
    await db.kysely.transaction().execute(async (trx) => {
      const cases = new CaseRepository(trx);
      if ((await this.lockWritable(cases, actor, id)).personal_erased_at) throw new AppError('CASE_CLOSED');
      const position = await this.insertPerson(cases, row, person, now);
      await this.audit(trx, actor, 'case.person.add', id, {
        after: {
          role: person.role,
          position,
          fields: personalFieldsSet(person),
        },
      });
    });
  }

  async attachDocument(actor: SignedInActor, id: string, fileId: string): Promise<void> {
    const { db, clock } = this.deps;
    const row = await this.writable(actor, id);
    if (row.personal_erased_at) throw new AppError('CASE_CLOSED');
    if (!(await new FilesRepository(db.kysely).find(actor.municipalityId, fileId))) throw new AppError('FILE_UNKNOWN');
    const now = clock.now().toISOString();
    await db.kysely.transaction().execute(async (trx) => {
      await new CaseRepository(trx).insertDocument({
        municipality_id: actor.municipalityId,
        case_id: id,
        file_id: fileId,
        added_by: actor.userId,
        added_at: now,
      });
      await this.audit(trx, actor, 'case.document.add', id, { after: { file: fileId } });
    });
  }

  /** Inside a write's transaction: the case again, locked (PostgreSQL), with the same checks as `writable`. */
  private async lockWritable(cases: CaseRepository, actor: Actor, id: string): Promise<CaseRow> {
    const row = await cases.lockCase(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (!mayWriteCase(actor, row.owner_user_id)) throw new AppError('CASE_NOT_OWNER');
    return row;
  }

  /** The case, if this actor may change it (404 for another municipality, 403 when not theirs). */
  private async writable(actor: Actor, id: string): Promise<CaseRow> {
    const row = await new CaseRepository(this.deps.db.kysely).findCase(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (!mayWriteCase(actor, row.owner_user_id)) throw new AppError('CASE_NOT_OWNER');
    return row;
  }

  private async insertPerson(cases: CaseRepository, row: CaseRow, person: PersonInput, now: string): Promise<number> {
    const position = (await cases.personsOf(row.municipality_id, row.id)).filter((p) => p.role === person.role).length;
    await cases.insertPerson({
      id: newId(),
      municipality_id: row.municipality_id,
      case_id: row.id,
      role: person.role,
      position,
      full_name: person.fullName ?? null,
      birth_date: person.birthDate ?? null,
      address: person.address ?? null,
      phone: person.phone ?? null,
      email: person.email ?? null,
      erased_at: null,
      created_at: now,
    });
    return position;
  }

  private async syncAdvice(
    trx: Kysely<Database>,
    row: CaseRow,
    steps: Parameters<typeof syncAdviceRegistration>[2],
    userId: string,
    now: string,
  ): Promise<void> {
    const registrationId = await syncAdviceRegistration(trx, row, steps, userId, now);
    if (registrationId !== row.registration_id) {
      await new CaseRepository(trx).updateCase(row.municipality_id, row.id, { registration_id: registrationId });
    }
  }

  private async checkWijk(
    municipalityId: string,
    type: CaseTypeDefinition,
    wijkCode: string | null,
  ): Promise<string | null> {
    if (wijkCode === null) {
      if (type.wijkRequired) throw new AppError('PLACE_REQUIRED');
      return null;
    }
    const geo = await geoOf(this.deps).of(municipalityId);
    if (geo && !geo.wijken.features.some((f) => f.properties.wijk_code === wijkCode)) {
      throw new AppError('PLACE_UNKNOWN_WIJK', { wijkCode });
    }
    return wijkCode;
  }

  /** Audits a change of a case: `this.audit(trx, actor, action, id, before, after)`. */
  private get audit() {
    return entityAudit(this.deps, 'case');
  }
}

/** A person's role must belong to the case type; pseudonymous registers take no names or contact details. */
function checkPerson(type: CaseTypeDefinition, person: PersonInput): void {
  if (!type.personRoles.some((r) => r.key === person.role)) {
    throw new AppError('CASE_PERSON_INVALID', { role: person.role, allowed: type.personRoles.map((r) => r.key) });
  }
  if (type.pseudonymous && personalFieldsSet(person).length) {
    throw new AppError('CASE_PERSON_INVALID', { pseudonymous: true, fields: personalFieldsSet(person) });
  }
}

/** Which personal fields were given: the audit says which, never what. */
function personalFieldsSet(person: PersonInput): string[] {
  return (['fullName', 'birthDate', 'address', 'phone', 'email'] as const).filter(
    (key) => person[key] !== undefined && person[key] !== null,
  );
}
