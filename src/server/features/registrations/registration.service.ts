import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type {
  CountsFor,
  PlaceInput,
  Registration,
  RegistrationInput,
} from '../../../shared/api/registrations.schema.js';
import { SubjectService } from '../subjects/subjects.service.js';
import { fieldWithRole, systemRegisterKeys } from '../../../shared/indicators/builtin-register-types.js';
import { type RegisterTypeDefinition, valuesSchemaFor } from '../../../shared/indicators/register-fields.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { MunicipalityGeo } from '../../adapters/geo.js';
import { checkPlace, geoOf } from '../municipalities/municipality-geo.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { RegisterTypeService } from './register-types.service.js';
import { type RegistrationFilter, RegistrationRepository, type RegistrationRow } from './registration.repository.js';
import { presentRegistration } from './registration.presenter.js';
import type { FileService } from '../files/files.service.js';
import type { Kysely } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import { isUniqueViolation } from '../../db/db-errors.js';
import type { Database } from '../../db/schema.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

/** Other features' rules and side effects on registrations (the guards': who may write which register, meldingen). */
export interface RegistrationHooks {
  /** Throws an AppError when the actor may not create, change or remove a registration of this register. */
  authorize(db: Kysely<Database>, actor: Actor, typeKey: string, existing: RegistrationRow | null): Promise<void>;
  /** Runs inside the write's transaction, after the write. */
  afterWrite(
    trx: Kysely<Database>,
    actor: Actor,
    before: RegistrationRow | null,
    after: RegistrationRow | null,
  ): Promise<void>;
}

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'> & {
  types: RegisterTypeService;
  files?: Pick<FileService, 'assertExist'>;
  hooks?: RegistrationHooks[];
  /** The indicators a saved registration counts for and where they stand now (the indicators feature). */
  countsFor?: (actor: Actor, row: RegistrationRow) => Promise<CountsFor[]>;
};
/** Registering work: validated against its register, placed in a wijk, counted in the rollup, audited. */
export class RegistrationService {
  constructor(private readonly deps: Deps) {}

  async list(actor: Actor, filter: RegistrationFilter, limit: number, offset: number) {
    const { items, total } = await new RegistrationRepository(this.deps.db.kysely).list(
      actor.municipalityId,
      filter,
      limit,
      offset,
    );
    return { items: items.map(presentRegistration), total };
  }

  async get(actor: Actor, id: string): Promise<Registration> {
    const row = await new RegistrationRepository(this.deps.db.kysely).findInMunicipality(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentRegistration(row);
  }

  /** Creates a registration; the same client id again returns the stored one (exactly-once sync). */
  async create(
    actor: SignedInActor,
    input: RegistrationInput,
    source = 'web',
  ): Promise<{ registration: Registration; created: boolean }> {
    const row = await this.toRow(actor, input, source);
    let result: { registration: Registration; created: boolean };
    try {
      result = await this.insertOnce(actor, row);
    } catch (error) {
      // The same client id sent twice at once (a phone retrying): the other request stored it, answer with that one.
      if (!isUniqueViolation(error)) throw error;
      result = await this.insertOnce(actor, row);
    }
    return { ...result, registration: await this.withCounts(actor, result.registration, row) };
  }

  /** "Telt mee voor 1.2.4.1 Aantal vergaderingen van de CPR: 2 van 3": what the saved registration counts for. */
  private async withCounts(actor: Actor, registration: Registration, row: RegistrationRow): Promise<Registration> {
    if (!this.deps.countsFor) return registration;
    return {
      ...registration,
      countsFor: await this.deps.countsFor(actor, {
        ...row,
        subject_id: registration.subjectId ?? null,
        occurred_on: registration.occurredOn,
      }),
    };
  }

  private insertOnce(
    actor: SignedInActor,
    row: RegistrationRow,
  ): Promise<{ registration: Registration; created: boolean }> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new RegistrationRepository(trx);
      const existing = await repository.findById(row.id);
      if (existing) {
        // Another municipality's id is answered like a conflict, never with its data.
        if (existing.municipality_id !== actor.municipalityId || existing.type_key !== row.type_key) {
          throw new AppError('REGISTRATION_ID_CONFLICT');
        }
        return { registration: presentRegistration(existing), created: false };
      }
      await repository.insert(row);
      for (const hook of this.deps.hooks ?? []) await hook.afterWrite(trx, actor, null, row);
      await auditFor({ db, clock }, actor)(trx, 'registration.create', 'registration', row.id, {
        after: auditView(row),
      });
      return { registration: presentRegistration(row), created: true };
    });
  }

  /**
   * Corrects a registration. The new row is validated outside the transaction (validation reads the database, and
   * SQLite has one connection); inside it the row is locked and must still be what the correction was built on —
   * otherwise (another edit came first) it is built again, a few times, then 409 REGISTRATION_EDIT_CONFLICT. A
   * registration deleted meanwhile stays deleted: 404.
   */
  async update(
    actor: SignedInActor,
    id: string,
    changes: Partial<Omit<RegistrationInput, 'id' | 'typeKey'>>,
  ): Promise<Registration> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.updateOnce(actor, id, changes);
      if (result !== 'changed') {
        const row = await new RegistrationRepository(this.deps.db.kysely).findInMunicipality(actor.municipalityId, id);
        return row ? this.withCounts(actor, result, row) : result;
      }
      if (attempt >= 10) throw new AppError('REGISTRATION_EDIT_CONFLICT');
      await sleep(Math.random() * 10 * attempt);
    }
  }

  private async updateOnce(
    actor: SignedInActor,
    id: string,
    changes: Partial<Omit<RegistrationInput, 'id' | 'typeKey'>>,
  ): Promise<Registration | 'changed'> {
    const { db, clock } = this.deps;
    const before = await new RegistrationRepository(db.kysely).findInMunicipality(actor.municipalityId, id);
    if (!before) throw new AppError('NOT_FOUND');
    for (const hook of this.deps.hooks ?? []) await hook.authorize(db.kysely, actor, before.type_key, before);
    const current = presentRegistration(before);
    const place =
      changes.place === undefined
        ? before.lat !== null && before.lon !== null
          ? { lat: before.lat, lon: before.lon, ...(before.address ? { address: before.address } : {}) }
          : before.wijk_code
            ? { wijkCode: before.wijk_code }
            : null
        : changes.place;
    const merged: RegistrationInput = {
      id,
      typeKey: before.type_key,
      occurredOn: changes.occurredOn ?? current.occurredOn,
      occurredUntil: changes.occurredUntil === undefined ? current.occurredUntil : changes.occurredUntil,
      place,
      values: changes.values ?? current.values,
      subjectId: changes.subjectId === undefined ? (before.subject_id ?? null) : changes.subjectId,
    };
    const next = {
      ...(await this.toRow(actor, merged, before.source, undefined, before.subject_id ?? null)),
      created_at: before.created_at,
      created_by: before.created_by,
    };
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new RegistrationRepository(trx);
      const locked = await repository.lockInMunicipality(actor.municipalityId, id);
      if (!locked) throw new AppError('NOT_FOUND');
      if (!sameBasis(before, locked, changes)) return 'changed' as const;
      if (!(await repository.replace(locked, next))) throw new AppError('NOT_FOUND');
      for (const hook of this.deps.hooks ?? []) await hook.afterWrite(trx, actor, locked, next);
      await auditFor({ db, clock }, actor)(trx, 'registration.update', 'registration', id, {
        before: auditView(locked),
        after: auditView(next),
      });
      return presentRegistration(next);
    });
  }

  async remove(actor: SignedInActor, id: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new RegistrationRepository(trx);
      // Locked: a delete and an edit at once are decided one after the other, and the deleted row stays deleted.
      const row = await repository.lockInMunicipality(actor.municipalityId, id);
      if (!row) throw new AppError('NOT_FOUND');
      for (const hook of this.deps.hooks ?? []) await hook.authorize(trx, actor, row.type_key, row);
      if (!(await repository.softDelete(row, clock.now().toISOString()))) throw new AppError('NOT_FOUND');
      for (const hook of this.deps.hooks ?? []) await hook.afterWrite(trx, actor, row, null);
      await auditFor({ db, clock }, actor)(trx, 'registration.delete', 'registration', id, { before: auditView(row) });
    });
  }

  /**
   * Validates an input against its register and derives the indexed columns. `keptSubjectId`: the subject an edited
   * registration already names, kept even when it was deactivated since (only a new subject must be active).
   */
  async toRow(
    actor: Actor,
    input: RegistrationInput,
    source: string,
    resolved?: RegisterTypeDefinition,
    keptSubjectId?: string | null,
  ): Promise<RegistrationRow> {
    // decision and violence_incident are written by their features in their own transactions, never by hand.
    if (systemRegisterKeys.includes(input.typeKey)) throw new AppError('REGISTER_SYSTEM_ONLY');
    // Imports resolve the register once for all their rows.
    const type = resolved ?? (await this.deps.types.resolve(actor.municipalityId, input.typeKey));
    // Every way in (the API, an update, an import) passes the other features' rules.
    for (const hook of this.deps.hooks ?? []) await hook.authorize(this.deps.db.kysely, actor, input.typeKey, null);
    const values = validateValues(type, input.values);
    const attachmentIds = type.fields
      .filter((f) => f.kind === 'attachments')
      .flatMap((f) => (values[f.key] as string[] | undefined) ?? []);
    if (attachmentIds.length) {
      if (!this.deps.files) throw new AppError('FILE_UNKNOWN');
      await this.deps.files.assertExist(actor.municipalityId, attachmentIds);
    }
    // The municipality's today (Belgium is 1–2 hours ahead of UTC: at 00:30 a registration dated today is valid).
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const until = type.period ? (input.occurredUntil ?? null) : null;
    if (
      input.occurredOn < '2000-01-01' ||
      input.occurredOn > today ||
      (until !== null && (until < input.occurredOn || until > today))
    ) {
      throw new AppError('REGISTRATION_DATE_IMPOSSIBLE', { occurredOn: input.occurredOn, occurredUntil: until, today });
    }
    const place = await this.place(actor.municipalityId, type, input.place ?? null);
    // A registration names an active subject of its own municipality and register, or none.
    const subject = !input.subjectId
      ? null
      : input.subjectId === keptSubjectId
        ? { id: keptSubjectId }
        : await SubjectService.assertUsable(this.deps.db.kysely, actor.municipalityId, input.subjectId, input.typeKey);
    const now = this.deps.clock.now().toISOString();
    return {
      id: input.id ?? newId(),
      municipality_id: actor.municipalityId,
      type_key: input.typeKey,
      occurred_on: input.occurredOn,
      occurred_until: until,
      ...roleColumns(type, values),
      wijk_code: place.wijkCode,
      lat: place.lat,
      lon: place.lon,
      address: place.address,
      values_json: JSON.stringify(values),
      source,
      created_by: actor.userId || null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      subject_id: subject?.id ?? null,
    };
  }

  private async place(municipalityId: string, type: RegisterTypeDefinition, input: PlaceInput | null) {
    const none = { wijkCode: null, lat: null, lon: null, address: null };
    if (type.place === 'none' || !input) {
      if (type.place === 'required') throw new AppError('PLACE_REQUIRED');
      return none;
    }
    return checkPlace(await geoOf(this.deps).of(municipalityId), input);
  }

  /** The municipality's shipped geometry (its wijken for maps and imports), or undefined when none ships. */
  geometry(municipalityId: string): Promise<MunicipalityGeo | undefined> {
    return geoOf(this.deps).of(municipalityId);
  }
}

/** Field values checked against the register's definition; errors per field in `details.issues`. */
const valuesSchemas = new WeakMap<RegisterTypeDefinition, ReturnType<typeof valuesSchemaFor>>();

export function validateValues(type: RegisterTypeDefinition, values: Record<string, unknown>): Record<string, unknown> {
  // Building a zod schema costs far more than using it: one per register definition object (imports reuse it per row).
  let schema = valuesSchemas.get(type);
  if (!schema) valuesSchemas.set(type, (schema = valuesSchemaFor(type)));
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    throw new AppError('REGISTRATION_INVALID_VALUES', {
      issues: parsed.error.issues.map((i) => ({ path: ['values', ...i.path].join('.'), message: i.message })),
    });
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== null));
}

/** The columns the indicators count by, from the fields that play a role (category, status, quantity, hours, title). */
export function roleColumns(
  type: RegisterTypeDefinition,
  values: Record<string, unknown>,
): Pick<RegistrationRow, 'category' | 'status' | 'quantity' | 'hours' | 'title'> {
  const role = (r: Parameters<typeof fieldWithRole>[1]) => {
    const field = fieldWithRole(type, r);
    return field ? values[field.key] : undefined;
  };
  return {
    category: asText(role('category')),
    status: asText(role('status')),
    quantity: asNumber(role('quantity')),
    hours: asNumber(role('hours')),
    title: asText(role('title')),
  };
}

const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Whether the stored row still holds what a correction took from it (the fields the correction did not give). */
function sameBasis(
  built: RegistrationRow,
  stored: RegistrationRow,
  changes: Partial<Omit<RegistrationInput, 'id' | 'typeKey'>>,
): boolean {
  if (changes.occurredOn === undefined && built.occurred_on !== stored.occurred_on) return false;
  if (changes.occurredUntil === undefined && built.occurred_until !== stored.occurred_until) return false;
  if (
    changes.place === undefined &&
    (built.lat !== stored.lat ||
      built.lon !== stored.lon ||
      built.address !== stored.address ||
      built.wijk_code !== stored.wijk_code)
  ) {
    return false;
  }
  if (changes.values === undefined && built.values_json !== stored.values_json) return false;
  if (changes.subjectId === undefined && (built.subject_id ?? null) !== (stored.subject_id ?? null)) return false;
  return true;
}

const auditView = (row: RegistrationRow) => ({
  type_key: row.type_key,
  occurred_on: row.occurred_on,
  occurred_until: row.occurred_until,
  wijk_code: row.wijk_code,
  subject_id: row.subject_id ?? null,
  values: JSON.parse(row.values_json) as unknown,
});
