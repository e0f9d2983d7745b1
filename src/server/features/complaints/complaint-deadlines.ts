import type { Deadline, DeadlineProvider } from '../../../shared/calendar/deadline.js';
import { complaintAnswerTitle } from '../../../shared/consultations/deadline-titles.js';
import type { ServiceDeps } from '../context.js';
import { planLocale } from '../plan/plan-locale.js';
import { ComplaintsRepository } from './complaints.repository.js';

/** The complaints' deadlines in the calendar: the answer due to the citizen of every open complaint. */
export class ComplaintDeadlines implements DeadlineProvider {
  constructor(private readonly deps: Pick<ServiceDeps, 'db'>) {}

  /** Response deadlines of open complaints for the calendar, titled in the plan's language. */
  async deadlines(municipalityId: string, from: string, to: string): Promise<Deadline[]> {
    const db = this.deps.db.kysely;
    const [complaints, locale] = await Promise.all([
      new ComplaintsRepository(db).openDue(municipalityId, from, to),
      planLocale(db, municipalityId),
    ]);
    return complaints.map((c) => ({
      id: `complaint:${c.id}`,
      source: 'complaint' as const,
      title: complaintAnswerTitle(locale, c.reference),
      due: c.due_on,
      href: `/complaints/${c.id}`,
      ownerUserId: null,
      done: false,
    }));
  }
}
