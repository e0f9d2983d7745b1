import type { Kysely } from 'kysely';
import type {
  Database,
  GuardBriefingTable,
  GuardMeldingFollowupTable,
  GuardShiftTable,
  RegistrationTable,
} from '../../db/schema.js';

export type ShiftRow = GuardShiftTable & { guard_name: string };
export type MeldingRow = RegistrationTable & {
  followup_status: string | null;
  followup_note: string | null;
  followup_updated_at: string | null;
};

/** Shifts, briefings, vaststellers and melding follow-up: always filtered on the municipality. */
export class GuardsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private shifts(municipalityId: string) {
    return this.db
      .selectFrom('guard_shift')
      .innerJoin('app_user', 'app_user.id', 'guard_shift.user_id')
      .selectAll('guard_shift')
      .select('app_user.display_name as guard_name')
      .where('guard_shift.municipality_id', '=', municipalityId);
  }

  findShift(id: string): Promise<GuardShiftTable | undefined> {
    return this.db.selectFrom('guard_shift').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findShiftInMunicipality(municipalityId: string, id: string): Promise<ShiftRow | undefined> {
    return this.shifts(municipalityId).where('guard_shift.id', '=', id).executeTakeFirst();
  }

  openShiftOf(municipalityId: string, userId: string): Promise<ShiftRow | undefined> {
    return this.shifts(municipalityId)
      .where('guard_shift.user_id', '=', userId)
      .where('guard_shift.ended_at', 'is', null)
      .orderBy('guard_shift.started_at', 'desc')
      .executeTakeFirst();
  }

  listShifts(
    municipalityId: string,
    filter: { from?: string | undefined; to?: string | undefined; userId?: string | undefined },
    limit: number,
  ): Promise<ShiftRow[]> {
    let query = this.shifts(municipalityId);
    if (filter.from) query = query.where('guard_shift.started_at', '>=', filter.from);
    if (filter.to) query = query.where('guard_shift.started_at', '<', filter.to);
    if (filter.userId) query = query.where('guard_shift.user_id', '=', filter.userId);
    return query.orderBy('guard_shift.started_at', 'desc').limit(limit).execute();
  }

  async insertShift(row: GuardShiftTable): Promise<void> {
    await this.db.insertInto('guard_shift').values(row).execute();
  }

  async updateShift(
    municipalityId: string,
    id: string,
    changes: Pick<GuardShiftTable, 'started_at' | 'ended_at' | 'notes' | 'updated_at'>,
  ): Promise<void> {
    await this.db
      .updateTable('guard_shift')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  briefing(municipalityId: string, day: string): Promise<GuardBriefingTable | undefined> {
    return this.db
      .selectFrom('guard_briefing')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('day', '=', day)
      .executeTakeFirst();
  }

  async upsertBriefing(row: GuardBriefingTable): Promise<void> {
    await this.db
      .insertInto('guard_briefing')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'day']).doUpdateSet({
          notes: row.notes,
          focus_places_json: row.focus_places_json,
          events_json: row.events_json,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }

  async isVaststeller(municipalityId: string, userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('guard_profile')
      .select('vaststeller')
      .where('municipality_id', '=', municipalityId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(row?.vaststeller ?? 0) === 1;
  }

  /** Active guards of the municipality with their vaststeller flag. */
  guards(municipalityId: string) {
    return this.db
      .selectFrom('app_user')
      .leftJoin('guard_profile', (join) =>
        join
          .onRef('guard_profile.user_id', '=', 'app_user.id')
          .on('guard_profile.municipality_id', '=', municipalityId),
      )
      .select(['app_user.id', 'app_user.display_name', 'app_user.email', 'guard_profile.vaststeller'])
      .where('app_user.municipality_id', '=', municipalityId)
      .where('app_user.role', '=', 'guard')
      .orderBy('app_user.display_name')
      .execute();
  }

  findUser(municipalityId: string, userId: string) {
    return this.db
      .selectFrom('app_user')
      .select(['id', 'role', 'display_name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', userId)
      .executeTakeFirst();
  }

  async setVaststeller(
    municipalityId: string,
    userId: string,
    vaststeller: boolean,
    by: string,
    at: string,
  ): Promise<void> {
    await this.db
      .insertInto('guard_profile')
      .values({
        user_id: userId,
        municipality_id: municipalityId,
        vaststeller: vaststeller ? 1 : 0,
        updated_by: by,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ vaststeller: vaststeller ? 1 : 0, updated_by: by, updated_at: at }),
      )
      .execute();
  }

  async insertFollowup(row: GuardMeldingFollowupTable): Promise<void> {
    await this.db
      .insertInto('guard_melding_followup')
      .values(row)
      .onConflict((oc) => oc.column('registration_id').doNothing())
      .execute();
  }

  followup(municipalityId: string, registrationId: string): Promise<GuardMeldingFollowupTable | undefined> {
    return this.db
      .selectFrom('guard_melding_followup')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('registration_id', '=', registrationId)
      .executeTakeFirst();
  }

  async updateFollowup(
    municipalityId: string,
    registrationId: string,
    changes: Pick<GuardMeldingFollowupTable, 'status' | 'note' | 'updated_by' | 'updated_at'>,
  ): Promise<void> {
    await this.db
      .updateTable('guard_melding_followup')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('registration_id', '=', registrationId)
      .execute();
  }

  /** Meldingen (guard_report registrations) with their follow-up, newest first. */
  async meldingen(
    municipalityId: string,
    filter: { from?: string; to?: string; status?: string | undefined; createdBy?: string | undefined; id?: string },
    limit: number,
  ): Promise<{ items: MeldingRow[]; total: number }> {
    let query = this.db
      .selectFrom('registration')
      .leftJoin('guard_melding_followup as f', (join) =>
        join.onRef('f.registration_id', '=', 'registration.id').on('f.municipality_id', '=', municipalityId),
      )
      .where('registration.municipality_id', '=', municipalityId)
      .where('registration.type_key', '=', 'guard_report')
      .where('registration.deleted_at', 'is', null);
    if (filter.from) query = query.where('registration.occurred_on', '>=', filter.from);
    if (filter.to) query = query.where('registration.occurred_on', '<=', filter.to);
    if (filter.createdBy) query = query.where('registration.created_by', '=', filter.createdBy);
    if (filter.id) query = query.where('registration.id', '=', filter.id);
    if (filter.status) {
      query =
        filter.status === 'sent'
          ? query.where((eb) => eb.or([eb('f.status', '=', 'sent'), eb('f.status', 'is', null)]))
          : query.where('f.status', '=', filter.status);
    }
    const [items, total] = await Promise.all([
      query
        .selectAll('registration')
        .select(['f.status as followup_status', 'f.note as followup_note', 'f.updated_at as followup_updated_at'])
        .orderBy('registration.occurred_on', 'desc')
        .orderBy('registration.created_at', 'desc')
        .limit(limit)
        .execute(),
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n) };
  }

  /** The year's guard registrations (the task records) for the overview and the report. */
  records(municipalityId: string, typeKeys: readonly string[], from: string, to: string) {
    return this.db
      .selectFrom('registration')
      .leftJoin('guard_melding_followup as f', (join) =>
        join.onRef('f.registration_id', '=', 'registration.id').on('f.municipality_id', '=', municipalityId),
      )
      .select([
        'registration.type_key',
        'registration.occurred_on',
        'registration.category',
        'registration.quantity',
        'registration.hours',
        'registration.wijk_code',
        'registration.values_json',
        'f.status as followup_status',
      ])
      .where('registration.municipality_id', '=', municipalityId)
      .where('registration.type_key', 'in', typeKeys)
      .where('registration.deleted_at', 'is', null)
      .where('registration.occurred_on', '>=', from)
      .where('registration.occurred_on', '<=', to)
      .execute();
  }
}

/** Start and end of every shift started in a window (for man-hours and the heat map). */
export function shiftsBetween(db: Kysely<Database>, municipalityId: string, from: string, to: string) {
  return db
    .selectFrom('guard_shift')
    .select(['user_id', 'started_at', 'ended_at'])
    .where('municipality_id', '=', municipalityId)
    .where('started_at', '>=', from)
    .where('started_at', '<', to)
    .execute();
}
