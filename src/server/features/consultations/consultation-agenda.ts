import type { Kysely } from 'kysely';
import type { ConsultationAgenda } from '../../../shared/api/consultations.schema.js';
import { suppressCount } from '../../../shared/barometer/suppression.js';
import type { Database } from '../../db/schema.js';
import type { BarometerService } from '../barometer/barometer.service.js';
import { ComplaintsRepository } from '../complaints/complaints.repository.js';
import { ConsultationsRepository } from './consultations.repository.js';

/** What the agenda needs from the barometer. */
export type AgendaBarometer = Pick<BarometerService, 'hotSpots' | 'risingTrends'>;

const shown = (n: number): string => String(suppressCount(n));

/**
 * The agenda as a reader outside the department (a viewer) may see it: its period is the time since the previous
 * consultation (any days), so its barometer counts and ratios could be subtracted from the quarter answers; they
 * are left out ("≥5" for a hot spot, which is what makes it one; "—" for a rising trend). Which wijk × kind is a
 * hot spot or rising stays.
 */
export function agendaForReader(agenda: ConsultationAgenda, insideDepartment: boolean): ConsultationAgenda {
  if (insideDepartment) return agenda;
  return {
    ...agenda,
    hotSpots: agenda.hotSpots.map((h) => ({ ...h, count: '≥5' })),
    risingTrends: agenda.risingTrends.map((r) => ({ ...r, count: '—', ratio: null })),
  };
}

/**
 * Builds the agenda of a consultation for the period since the previous one: the barometer's hot spots and rising
 * trends, open and overdue complaints, and actions of earlier consultations that are not done. Counts leave the
 * department (the police reads it), so 1–4 reads "<5".
 */
export async function buildAgenda(
  db: Kysely<Database>,
  barometer: AgendaBarometer | undefined,
  input: {
    municipalityId: string;
    wijkNames: Map<string, string>;
    from: string;
    to: string;
    heldOn: string;
    now: string;
  },
): Promise<ConsultationAgenda> {
  const names = input.wijkNames;
  const nameOf = (code: string | null) => (code ? (names.get(code) ?? null) : null);
  let hotSpots: ConsultationAgenda['hotSpots'] = [];
  let risingTrends: ConsultationAgenda['risingTrends'] = [];
  if (barometer) {
    hotSpots = (await barometer.hotSpots(input.municipalityId, input.from, input.to)).slice(0, 10).map((h) => ({
      wijkCode: h.wijkCode,
      wijkName: nameOf(h.wijkCode) ?? h.wijkName,
      category: h.category,
      count: shown(h.count),
    }));
    risingTrends = (await barometer.risingTrends(input.municipalityId, input.from, input.to)).slice(0, 10).map((r) => ({
      wijkCode: r.wijkCode,
      wijkName: nameOf(r.wijkCode) ?? r.wijkName,
      category: r.category,
      count: shown(r.current),
      against: r.against,
      ratio: r.current >= 5 ? (r.against.includes('previous') ? r.vsPrevious.ratio : r.vsLastYear.ratio) : null,
    }));
  }
  const complaints = new ComplaintsRepository(db);
  const open = await complaints.openByCategory(input.municipalityId);
  const overdue = await complaints.list(input.municipalityId, { overdueOn: input.heldOn }, 50, 0);
  const actions = await new ConsultationsRepository(db).openActionsBefore(input.municipalityId, input.heldOn);
  return {
    generatedAt: input.now,
    from: input.from,
    to: input.to,
    hotSpots,
    risingTrends,
    barometer: barometer !== undefined,
    openComplaints: open.map((o) => ({ category: o.category, count: String(suppressCount(o.count)) })),
    overdueComplaints: overdue.items.map((c) => ({
      id: c.id,
      reference: c.reference,
      category: c.category,
      wijkCode: c.wijk_code,
      dueOn: c.due_on,
    })),
    openActions: actions.map((a) => ({ id: a.id, description: a.description, owner: a.owner, dueOn: a.due_on })),
  };
}
