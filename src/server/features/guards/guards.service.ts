import type { Kysely } from 'kysely';
import { type Actor, can, isRole, roleMay, type SignedInActor } from '../../../shared/access/roles.js';
import type {
  Briefing,
  BriefingInput,
  GuardMe,
  Melding,
  Shift,
  ShiftInput,
} from '../../../shared/api/guards.schema.js';
import { isGuardRegister, vaststellerRegisterKeys } from '../../../shared/guards/guard-register-types.js';
import type { MeldingStatus } from '../../../shared/guards/violence.js';
import type { Database, GuardBriefingTable } from '../../db/schema.js';
import { newId } from '../../adapters/tokens.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { RegistrationHooks } from '../registrations/registration.service.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import { GuardsRepository, type MeldingRow, type ShiftRow } from './guards.repository.js';
import { assertPossibleMoment } from './guard-place.js';
import { syncMeldingToBarometer } from './melding-barometer.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { addDays, dayOf, dayStart, todayIn } from '../../../shared/calendar/days.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
const maxShiftHours = 16;

function presentShift(row: ShiftRow, timeZone: string): Shift {
  const hours = row.ended_at
    ? Math.round(((Date.parse(row.ended_at) - Date.parse(row.started_at)) / 3_600_000) * 100) / 100
    : null;
  return {
    id: row.id,
    userId: row.user_id,
    guardName: row.guard_name,
    startedAt: row.started_at,
    day: dayOf(row.started_at, timeZone),
    endedAt: row.ended_at,
    notes: row.notes,
    hours,
  };
}

function presentBriefing(row: GuardBriefingTable): Briefing {
  return {
    day: row.day,
    notes: row.notes,
    focusPlaces: JSON.parse(row.focus_places_json) as string[],
    events: JSON.parse(row.events_json) as string[],
    updatedAt: row.updated_at,
  };
}

function presentMelding(row: MeldingRow): Melding {
  const values = JSON.parse(row.values_json) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    time: text(values.time),
    kind: row.category,
    service: text(values.service),
    description: text(values.description) ?? '',
    wijkCode: row.wijk_code,
    status: (row.followup_status ?? 'sent') as MeldingStatus,
    note: row.followup_note,
    updatedAt: row.followup_updated_at ?? row.updated_at,
  };
}

/** Shifts, the day's briefing, vaststellers and the follow-up of meldingen; the guards' rules on registrations. */
export class GuardsService {
  constructor(private readonly deps: Deps) {}

  async me(actor: Actor): Promise<GuardMe> {
    const repository = new GuardsRepository(this.deps.db.kysely);
    const timeZone = await timeZoneOf(this.deps.db.kysely, actor.municipalityId);
    const today = todayIn(timeZone, this.deps.clock.now());
    const [vaststeller, briefing, openShift] = await Promise.all([
      repository.isVaststeller(actor.municipalityId, actor.userId),
      repository.briefing(actor.municipalityId, today),
      repository.openShiftOf(actor.municipalityId, actor.userId),
    ]);
    return {
      vaststeller,
      today,
      briefing: briefing ? presentBriefing(briefing) : null,
      openShift: openShift ? presentShift(openShift, timeZone) : null,
    };
  }

  /** Starts, ends or corrects one's own shift by its phone-made id; a replay with the same content changes nothing. */
  async putShift(actor: SignedInActor, id: string, input: ShiftInput): Promise<{ shift: Shift; created: boolean }> {
    const { db, clock } = this.deps;
    const now = clock.now();
    assertPossibleMoment(input.startedAt, now, 'startedAt');
    const startedAt = new Date(input.startedAt).toISOString();
    const endedAt = input.endedAt ? new Date(input.endedAt).toISOString() : null;
    if (endedAt) {
      assertPossibleMoment(endedAt, now, 'endedAt');
      const hours = (Date.parse(endedAt) - Date.parse(startedAt)) / 3_600_000;
      if (hours < 0 || hours > maxShiftHours) {
        throw new AppError('GUARD_TIME_IMPOSSIBLE', { field: 'endedAt', value: endedAt });
      }
    }
    const at = now.toISOString();
    const timeZone = await timeZoneOf(db.kysely, actor.municipalityId);
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new GuardsRepository(trx);
      const existing = await repository.findShift(id);
      if (existing && (existing.municipality_id !== actor.municipalityId || existing.user_id !== actor.userId)) {
        throw new AppError('GUARD_SHIFT_CONFLICT');
      }
      const fields = { started_at: startedAt, ended_at: endedAt, notes: input.notes ?? null, updated_at: at };
      const audit = auditFor({ db, clock }, actor);
      if (!existing) {
        await repository.insertShift({
          id,
          municipality_id: actor.municipalityId,
          user_id: actor.userId,
          ...fields,
          created_at: at,
        });
        await audit(trx, 'guard_shift.create', 'guard_shift', id, { after: fields });
      } else if (
        existing.started_at !== startedAt ||
        existing.ended_at !== endedAt ||
        existing.notes !== fields.notes
      ) {
        await repository.updateShift(actor.municipalityId, id, fields);
        await audit(trx, 'guard_shift.update', 'guard_shift', id, {
          before: { started_at: existing.started_at, ended_at: existing.ended_at, notes: existing.notes },
          after: fields,
        });
      }
      const row = await repository.findShiftInMunicipality(actor.municipalityId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return { shift: presentShift(row, timeZone), created: !existing };
    });
  }

  async listShifts(
    actor: Actor,
    filter: { from?: string | undefined; to?: string | undefined },
    limit: number,
  ): Promise<Shift[]> {
    // `from`/`to` are days on the municipality's calendar: a shift belongs to the day it started there.
    const timeZone = await timeZoneOf(this.deps.db.kysely, actor.municipalityId);
    const rows = await new GuardsRepository(this.deps.db.kysely).listShifts(
      actor.municipalityId,
      {
        from: filter.from ? dayStart(filter.from, timeZone).toISOString() : undefined,
        to: filter.to ? dayStart(addDays(filter.to, 1), timeZone).toISOString() : undefined,
      },
      limit,
    );
    return rows.map((row) => presentShift(row, timeZone));
  }

  async briefing(actor: Actor, day: string): Promise<Briefing | null> {
    const row = await new GuardsRepository(this.deps.db.kysely).briefing(actor.municipalityId, day);
    return row ? presentBriefing(row) : null;
  }

  async putBriefing(actor: SignedInActor, day: string, input: BriefingInput): Promise<Briefing> {
    const { db, clock } = this.deps;
    const at = clock.now().toISOString();
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new GuardsRepository(trx);
      const before = await repository.briefing(actor.municipalityId, day);
      const row: GuardBriefingTable = {
        id: before?.id ?? newId(),
        municipality_id: actor.municipalityId,
        day,
        notes: input.notes,
        focus_places_json: JSON.stringify(input.focusPlaces),
        events_json: JSON.stringify(input.events),
        updated_by: actor.userId,
        updated_at: at,
      };
      await repository.upsertBriefing(row);
      await auditFor({ db, clock }, actor)(trx, 'guard_briefing.write', 'guard_briefing', row.id, {
        before: before ? presentBriefing(before) : null,
        after: input,
      });
      return presentBriefing(row);
    });
  }

  async guards(actor: Actor) {
    const rows = await new GuardsRepository(this.deps.db.kysely).guards(actor.municipalityId);
    return rows.map((row) => ({
      userId: row.id,
      name: row.display_name,
      email: row.email,
      vaststeller: Number(row.vaststeller ?? 0) === 1,
    }));
  }

  async setVaststeller(actor: SignedInActor, userId: string, vaststeller: boolean): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new GuardsRepository(trx);
      const user = await repository.findUser(actor.municipalityId, userId);
      if (!user) throw new AppError('NOT_FOUND');
      if (!isRole(user.role) || !roleMay(user.role, 'guard.duty')) throw new AppError('GUARD_UNKNOWN', { userId });
      const before = await repository.isVaststeller(actor.municipalityId, userId);
      await repository.setVaststeller(
        actor.municipalityId,
        userId,
        vaststeller,
        actor.userId,
        clock.now().toISOString(),
      );
      await auditFor({ db, clock }, actor)(trx, 'guard.vaststeller', 'app_user', userId, {
        before: { vaststeller: before },
        after: { vaststeller },
      });
    });
  }

  /** Meldingen: a guard sees their own (with the service's follow-up), the coordinator all of them. */
  async meldingen(
    actor: Actor,
    filter: { year?: number | undefined; status?: MeldingStatus | undefined; mine?: boolean },
    limit: number,
  ) {
    const own = can(actor, 'guard.duty') || filter.mine === true;
    const { items, total } = await new GuardsRepository(this.deps.db.kysely).meldingen(
      actor.municipalityId,
      {
        ...(filter.year ? { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` } : {}),
        status: filter.status,
        createdBy: own ? actor.userId : undefined,
      },
      limit,
    );
    return { items: items.map(presentMelding), total };
  }

  async followUp(
    actor: SignedInActor,
    registrationId: string,
    status: MeldingStatus,
    note: string | null,
  ): Promise<Melding> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new GuardsRepository(trx);
      const found = await repository.meldingen(actor.municipalityId, { id: registrationId }, 1);
      const melding = found.items[0];
      if (!melding) throw new AppError('NOT_FOUND');
      const at = clock.now().toISOString();
      if (melding.followup_status === null) {
        await repository.insertFollowup({
          registration_id: registrationId,
          municipality_id: actor.municipalityId,
          status,
          note,
          updated_by: actor.userId,
          updated_at: at,
        });
      } else {
        await repository.updateFollowup(actor.municipalityId, registrationId, {
          status,
          note,
          updated_by: actor.userId,
          updated_at: at,
        });
      }
      await auditFor({ db, clock }, actor)(trx, 'guard_melding.follow_up', 'registration', registrationId, {
        before: { status: melding.followup_status ?? 'sent', note: melding.followup_note },
        after: { status, note },
      });
      return presentMelding({ ...melding, followup_status: status, followup_note: note, followup_updated_at: at });
    });
  }

  /** The guards' rules on registrations, applied by the registration service to every write. */
  registrationHooks(): RegistrationHooks {
    return {
      authorize: async (db: Kysely<Database>, actor: Actor, typeKey: string, existing: RegistrationRow | null) => {
        const guardRegister = isGuardRegister(typeKey);
        // A guard writes the guard registers only, and changes only their own records; other roles never write them
        // unless they coordinate the guards.
        if (can(actor, 'guard.duty') && !guardRegister) throw new AppError('GUARD_REGISTER_NOT_ALLOWED', { typeKey });
        if (guardRegister && !can(actor, 'guard.app')) {
          throw new AppError('GUARD_REGISTER_NOT_ALLOWED', { typeKey });
        }
        if (can(actor, 'guard.duty') && existing && existing.created_by !== actor.userId) {
          throw new AppError('NOT_FOUND');
        }
        if (
          vaststellerRegisterKeys.includes(typeKey) &&
          !(await new GuardsRepository(db).isVaststeller(actor.municipalityId, actor.userId))
        ) {
          throw new AppError('GAS_VASTSTELLER_REQUIRED');
        }
      },
      afterWrite: async (
        trx: Kysely<Database>,
        actor: Actor,
        before: RegistrationRow | null,
        after: RegistrationRow | null,
      ) => {
        const melding =
          after?.type_key === 'guard_report' ? after : before?.type_key === 'guard_report' ? before : null;
        if (!melding) return;
        if (after && !before) {
          await new GuardsRepository(trx).insertFollowup({
            registration_id: after.id,
            municipality_id: actor.municipalityId,
            status: 'sent',
            note: null,
            updated_by: actor.userId || null,
            updated_at: after.created_at,
          });
        }
        // The melding counts in the nuisance barometer (once; removed again when the record is deleted).
        await syncMeldingToBarometer(trx, this.deps.db.dialect, before, after);
      },
    };
  }
}
