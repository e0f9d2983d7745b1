import { type Actor, can, isRole, roleMay, type SignedInActor } from '../../../shared/access/roles.js';
import type { Incident, IncidentInput, IncidentStats } from '../../../shared/api/guards.schema.js';
import {
  type IncidentFollowUp,
  type InjuryLevel,
  injuryLevels,
  type ViolenceKind,
  violenceKinds,
} from '../../../shared/guards/violence.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { GuardsRepository } from './guards.repository.js';
import { assertPossibleMoment, placeOf } from './guard-place.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { type IncidentRow, ViolenceRepository } from './violence.repository.js';
import { dayOf, dayStart } from '../../../shared/calendar/days.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import {
  derivedRegistrationId,
  featureRegistrationRow,
  syncFeatureRegistration,
} from '../registrations/feature-registration.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'>;
/** A guard sees and writes only the incidents concerning themselves; coordinators and admins the whole register. */
const ownOnly = (actor: Actor): string | undefined => (can(actor, 'guard.duty') ? actor.userId : undefined);

/**
 * A year on the municipality's calendar as UTC timestamps (the incidents' `occurred_at`), like the registrations' days.
 */
const yearBounds = (year: number, timeZone: string) => ({
  from: dayStart(`${year}-01-01`, timeZone).toISOString(),
  to: dayStart(`${year + 1}-01-01`, timeZone).toISOString(),
});

function presentIncident(row: IncidentRow): Incident {
  return {
    id: row.id,
    guardUserId: row.guard_user_id,
    guardName: row.guard_name,
    occurredAt: row.occurred_at,
    kind: row.kind as ViolenceKind,
    wijkCode: row.wijk_code,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    address: row.address,
    injuries: row.injuries as InjuryLevel,
    policeReportNumber: row.police_report_number,
    description: row.description,
    followUpStatus: row.follow_up_status as IncidentFollowUp,
    followUpNotes: row.follow_up_notes,
    stepsDone: JSON.parse(row.steps_done_json) as number[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Only what the audit log needs to show a change: never the description (it can name people). */
const auditView = (
  row: Pick<IncidentRow, 'guard_user_id' | 'occurred_at' | 'kind' | 'injuries' | 'follow_up_status' | 'wijk_code'>,
) => ({
  guard_user_id: row.guard_user_id,
  occurred_at: row.occurred_at,
  kind: row.kind,
  injuries: row.injuries,
  follow_up_status: row.follow_up_status,
  wijk_code: row.wijk_code,
});

/** The id of the `violence_incident` registration an incident keeps for its whole life. */
export const incidentRegistrationId = (incidentId: string): string => derivedRegistrationId('violence', incidentId);

/**
 * Keeps the incident's pseudonymised registration in step, in the incident's transaction: register
 * `violence_incident`, category = kind, dated on the incident's day in the municipality's calendar (an incident at
 * 23:30 UTC in winter is the next Belgian day), only the wijk as place. Never the guard, the description, injuries or
 * the police report: "Aantal geregistreerde geweldsfeiten" counts it through the ordinary indicator links.
 */
export async function syncIncidentRegistration(
  trx: Kysely<Database>,
  municipalityId: string,
  incidentId: string,
  incident: { kind: string; occurred_at: string; wijk_code: string | null } | null,
  timeZone: string,
  now: string,
): Promise<void> {
  const id = incidentRegistrationId(incidentId);
  const row = incident
    ? featureRegistrationRow({
        id,
        municipalityId,
        typeKey: 'violence_incident',
        occurredOn: dayOf(incident.occurred_at, timeZone),
        values: { kind: incident.kind },
        subjectId: null,
        source: 'violence',
        createdBy: null,
        wijkCode: incident.wijk_code,
        now,
      })
    : null;
  await syncFeatureRegistration(trx, municipalityId, id, row, now);
}

/** The register of violence against guards, with its statistics ("Aantal geregistreerde geweldsfeiten"). */
export class ViolenceService {
  constructor(private readonly deps: Deps) {}

  /** Every read is audited: the register holds sensitive data on staff. */
  async list(actor: SignedInActor, year: number | undefined): Promise<Incident[]> {
    const { db, clock } = this.deps;
    const timeZone = await timeZoneOf(db.kysely, actor.municipalityId);
    return db.kysely.transaction().execute(async (trx) => {
      const rows = await new ViolenceRepository(trx).list(actor.municipalityId, {
        ...(year ? yearBounds(year, timeZone) : {}),
        guardUserId: ownOnly(actor),
      });
      await auditFor({ db, clock }, actor)(trx, 'violence_incident.list', 'violence_incident', null, {
        after: { year: year ?? null, count: rows.length },
      });
      return rows.map(presentIncident);
    });
  }

  async get(actor: SignedInActor, id: string): Promise<Incident> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const row = await new ViolenceRepository(trx).find(actor.municipalityId, id, ownOnly(actor));
      if (!row) throw new AppError('NOT_FOUND');
      await auditFor({ db, clock }, actor)(trx, 'violence_incident.read', 'violence_incident', id);
      return presentIncident(row);
    });
  }

  /** Creates or changes an incident by its id (made on the phone): a replayed request changes nothing new. */
  async put(actor: SignedInActor, id: string, input: IncidentInput): Promise<{ incident: Incident; created: boolean }> {
    const { db, clock } = this.deps;
    const now = clock.now();
    assertPossibleMoment(input.occurredAt, now, 'occurredAt');
    // Default: the guard of the incident being changed, else the author (a guard registering violence against
    // themselves).
    const current = await new ViolenceRepository(db.kysely).findById(id);
    const guardUserId =
      input.guardUserId ??
      (!can(actor, 'guard.duty') && current?.municipality_id === actor.municipalityId
        ? current.guard_user_id
        : actor.userId);
    if (can(actor, 'guard.duty') && guardUserId !== actor.userId) throw new AppError('FORBIDDEN');
    const guard = await new GuardsRepository(db.kysely).findUser(actor.municipalityId, guardUserId);
    if (!guard || !isRole(guard.role) || !roleMay(guard.role, 'guard.duty')) {
      throw new AppError('GUARD_UNKNOWN', { guardUserId });
    }
    const place = await placeOf(geoOf(this.deps), actor.municipalityId, input.place);
    const at = now.toISOString();
    const timeZone = await timeZoneOf(db.kysely, actor.municipalityId);
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new ViolenceRepository(trx);
      const existing = await repository.findById(id);
      if (
        existing &&
        (existing.municipality_id !== actor.municipalityId ||
          (can(actor, 'guard.duty') && existing.guard_user_id !== actor.userId))
      ) {
        throw new AppError('INCIDENT_ID_CONFLICT');
      }
      // Only the coordinator decides on the follow-up; a guard's own change keeps it.
      const followUp =
        can(actor, 'guard.duty') && existing
          ? { follow_up_status: existing.follow_up_status, follow_up_notes: existing.follow_up_notes }
          : { follow_up_status: input.followUpStatus, follow_up_notes: input.followUpNotes ?? null };
      const fields = {
        guard_user_id: guardUserId,
        occurred_at: new Date(input.occurredAt).toISOString(),
        kind: input.kind,
        ...place,
        injuries: input.injuries,
        police_report_number: input.policeReportNumber ?? null,
        description: input.description,
        ...followUp,
        steps_done_json: JSON.stringify([...new Set(input.stepsDone)].sort((a, b) => a - b)),
        updated_at: at,
      };
      const audit = auditFor({ db, clock }, actor);
      if (existing) {
        await repository.update(actor.municipalityId, id, fields);
        await audit(trx, 'violence_incident.update', 'violence_incident', id, {
          before: auditView(existing),
          after: auditView(fields),
        });
      } else {
        await repository.insert({
          id,
          municipality_id: actor.municipalityId,
          ...fields,
          created_by: actor.userId,
          created_at: at,
        });
        await audit(trx, 'violence_incident.create', 'violence_incident', id, { after: auditView(fields) });
      }
      await syncIncidentRegistration(
        trx,
        actor.municipalityId,
        id,
        { kind: fields.kind, occurred_at: fields.occurred_at, wijk_code: fields.wijk_code },
        timeZone,
        at,
      );
      const row = await repository.find(actor.municipalityId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return { incident: presentIncident(row), created: !existing };
    });
  }

  /** Counts only (no names, no descriptions): for the coordinator, the indicator and the yearly report. */
  async stats(municipalityId: string, year: number): Promise<IncidentStats> {
    const repository = new ViolenceRepository(this.deps.db.kysely);
    const timeZone = await timeZoneOf(this.deps.db.kysely, municipalityId);
    const [facts, previous] = await Promise.all([
      repository.facts(municipalityId, yearBounds(year, timeZone).from, yearBounds(year, timeZone).to),
      repository.facts(municipalityId, yearBounds(year - 1, timeZone).from, yearBounds(year - 1, timeZone).to),
    ]);
    const byKind = Object.fromEntries(violenceKinds.map((kind) => [kind, 0])) as Record<string, number>;
    const byInjuries = Object.fromEntries(injuryLevels.map((level) => [level, 0])) as Record<string, number>;
    const byMonth = Array.from({ length: 12 }, () => 0);
    for (const fact of facts) {
      byKind[fact.kind] = (byKind[fact.kind] ?? 0) + 1;
      byInjuries[fact.injuries] = (byInjuries[fact.injuries] ?? 0) + 1;
      const month = Number(dayOf(fact.occurred_at, timeZone).slice(5, 7)) - 1;
      byMonth[month] = (byMonth[month] ?? 0) + 1;
    }
    return {
      year,
      total: facts.length,
      byKind,
      byInjuries,
      withPoliceReport: facts.filter((f) => f.police_report_number).length,
      byMonth,
      previousYearTotal: previous.length,
    };
  }
}
