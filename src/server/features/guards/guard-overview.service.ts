import type { Actor } from '../../../shared/access/roles.js';
import type { GuardOverview } from '../../../shared/api/guards.schema.js';
import { guardRegisterKeys, hourOfTime } from '../../../shared/guards/guard-register-types.js';
import type { ServiceDeps } from '../context.js';
import { shiftsBetween, GuardsRepository } from './guards.repository.js';
import type { ViolenceService } from './violence.service.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { dayStart, timeOf } from '../../../shared/calendar/days.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { violence: ViolenceService };

const emptyGrid = (): number[][] => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
const round = (value: number) => Math.round(value * 100) / 100;
/** Weekday (0 = Monday) and hour of an instant on the municipality's clock. */
export function localSlot(at: Date, timeZone: string): { weekday: number; hour: number } {
  const local = timeOf(at, timeZone);
  return { weekday: local.weekday - 1, hour: local.hour };
}

/** Adds a shift's hours to the weekday × hour grid, hour by hour (Belgian offsets are whole hours). */
function addShiftToGrid(grid: number[][], startedAt: string, endedAt: string, timeZone: string): number {
  let t = Date.parse(startedAt);
  const end = Date.parse(endedAt);
  let total = 0;
  while (t < end) {
    const next = Math.min(end, (Math.floor(t / 3_600_000) + 1) * 3_600_000);
    const { weekday, hour } = localSlot(new Date(t), timeZone);
    const hours = (next - t) / 3_600_000;
    const row = grid[weekday];
    if (row) row[hour] = (row[hour] ?? 0) + hours;
    total += hours;
    t = next;
  }
  return total;
}

/** Weekday (0 = Monday) of a `YYYY-MM-DD`. */
const weekdayOf = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;

/** The coordinator's year: man-hours and tasks per core task, place and time, meldingen, warnings, GAS, engraving. */
export class GuardOverviewService {
  constructor(private readonly deps: Deps) {}

  violenceStats(municipalityId: string, year: number) {
    return this.deps.violence.stats(municipalityId, year);
  }

  async overview(actor: Pick<Actor, 'municipalityId'>, year: number): Promise<GuardOverview> {
    const { db } = this.deps;
    // The year's shifts are those that started in it on the municipality's calendar.
    const timeZone = await timeZoneOf(db.kysely, actor.municipalityId);
    const [shifts, records, violence] = await Promise.all([
      shiftsBetween(
        db.kysely,
        actor.municipalityId,
        dayStart(`${year}-01-01`, timeZone).toISOString(),
        dayStart(`${year + 1}-01-01`, timeZone).toISOString(),
      ),
      new GuardsRepository(db.kysely).records(
        actor.municipalityId,
        guardRegisterKeys,
        `${year}-01-01`,
        `${year}-12-31`,
      ),
      this.deps.violence.stats(actor.municipalityId, year),
    ]);
    const shiftHeatmap = emptyGrid();
    let shiftHours = 0;
    for (const shift of shifts) {
      if (shift.ended_at) shiftHours += addShiftToGrid(shiftHeatmap, shift.started_at, shift.ended_at, timeZone);
    }

    const tasks = new Map(
      guardRegisterKeys.map((typeKey) => [typeKey, { typeKey, records: 0, hours: 0, quantity: 0 }]),
    );
    const recordHeatmap: Record<string, number[][]> = { all: emptyGrid() };
    const byWijk = new Map<string, { wijkCode: string; typeKey: string; records: number; hours: number }>();
    const meldingen = {
      byStatus: {} as Record<string, number>,
      byService: {} as Record<string, number>,
      byKind: {} as Record<string, number>,
    };
    const warnings = { records: 0, people: 0 };
    const gasReports = { records: 0, minors: 0, byOffence: {} as Record<string, number> };
    const engraving = { actions: 0, bikes: 0 };
    const bump = (map: Record<string, number>, key: string | null | undefined) => {
      if (key) map[key] = (map[key] ?? 0) + 1;
    };

    for (const record of records) {
      const values = JSON.parse(record.values_json) as Record<string, unknown>;
      const task = tasks.get(record.type_key);
      if (task) {
        task.records += 1;
        task.hours += Number(record.hours ?? 0);
        task.quantity += Number(record.quantity ?? 0);
      }
      const hour = hourOfTime(values.time);
      if (hour !== null) {
        const weekday = weekdayOf(record.occurred_on);
        for (const key of ['all', record.type_key]) {
          const grid = (recordHeatmap[key] ??= emptyGrid());
          const row = grid[weekday];
          if (row) row[hour] = (row[hour] ?? 0) + 1;
        }
      }
      if (record.wijk_code) {
        const key = `${record.wijk_code}|${record.type_key}`;
        const entry = byWijk.get(key) ?? { wijkCode: record.wijk_code, typeKey: record.type_key, records: 0, hours: 0 };
        entry.records += 1;
        entry.hours += Number(record.hours ?? 0);
        byWijk.set(key, entry);
      }
      switch (record.type_key) {
        case 'guard_report':
          bump(meldingen.byStatus, record.followup_status ?? 'sent');
          bump(meldingen.byService, typeof values.service === 'string' ? values.service : null);
          bump(meldingen.byKind, record.category);
          break;
        case 'prior_warning':
          warnings.records += 1;
          warnings.people += Number(record.quantity ?? 0);
          break;
        case 'gas_report':
          gasReports.records += 1;
          if (values.offender_age === 'minor') gasReports.minors += 1;
          bump(gasReports.byOffence, record.category);
          break;
        case 'bike_engraving':
          engraving.actions += 1;
          engraving.bikes += Number(record.quantity ?? 0);
          break;
        default:
          break;
      }
    }
    return {
      year,
      shifts: shifts.length,
      shiftHours: round(shiftHours),
      guards: new Set(shifts.map((s) => s.user_id)).size,
      tasks: [...tasks.values()].map((t) => ({ ...t, hours: round(t.hours) })),
      shiftHeatmap: shiftHeatmap.map((row) => row.map(round)),
      recordHeatmap,
      byWijk: [...byWijk.values()]
        .map((w) => ({ ...w, hours: round(w.hours) }))
        .sort((a, b) => a.wijkCode.localeCompare(b.wijkCode) || a.typeKey.localeCompare(b.typeKey)),
      meldingen,
      warnings,
      gasReports,
      engraving,
      violence: { total: violence.total },
    };
  }
}
