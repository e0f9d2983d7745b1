import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { FilledStandardAnswer, StandardAnswer } from '../../../shared/api/complaints.schema.js';
import { isNuisanceCategory } from '../../../shared/barometer/categories.js';
import { dayOf } from '../../../shared/calendar/days.js';
import { fillStandardAnswer } from '../../../shared/complaints/standard-answers.js';
import { isLocale } from '../../../shared/i18n/locale.js';
import type { ServiceDeps } from '../context.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { entityAudit } from '../audit/audit.service.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { ComplaintsRepository } from './complaints.repository.js';
import { type StandardAnswerRow, StandardAnswersRepository } from './standard-answers.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
type Input = { category: string | null; title: string; body: string; active?: boolean | undefined };

const present = (row: StandardAnswerRow): StandardAnswer => ({
  id: row.id,
  category: row.category !== null && isNuisanceCategory(row.category) ? row.category : null,
  title: row.title,
  body: row.body,
  active: row.active === 1,
});

/** What the audit log keeps of a standard answer (not its text). */
const auditView = (row: Pick<StandardAnswerRow, 'category' | 'title' | 'active'>) => ({
  category: row.category,
  title: row.title,
  active: row.active,
});

/**
 * The desk's standard answers (like Signalen's standard texts): the coordinator keeps them per category, the desk
 * picks one in the answer box with {reference}, {category} and {date} already filled for that complaint.
 */
export class StandardAnswersService {
  constructor(private readonly deps: Deps) {}

  /** Audits a change of a standard answer: `this.audit(trx, actor, action, id, before, after)`. */
  private get audit() {
    return entityAudit(this.deps, 'complaint_standard_answer');
  }

  async list(actor: Actor): Promise<StandardAnswer[]> {
    return (await new StandardAnswersRepository(this.deps.db.kysely).list(actor.municipalityId)).map(present);
  }

  /** The active answers for one complaint's category, filled in the citizen's language (404 for another tenant's). */
  async filledFor(actor: Actor, complaintId: string): Promise<FilledStandardAnswer[]> {
    const db = this.deps.db.kysely;
    const complaint = await new ComplaintsRepository(db).find(actor.municipalityId, complaintId);
    if (!complaint) throw new AppError('NOT_FOUND');
    if (!isNuisanceCategory(complaint.category)) return [];
    const rows = await new StandardAnswersRepository(db).forCategory(actor.municipalityId, complaint.category);
    const receivedOn = dayOf(complaint.received_at, await timeZoneOf(db, actor.municipalityId));
    const locale = isLocale(complaint.locale) ? complaint.locale : 'nl';
    const facts = { reference: complaint.reference, category: complaint.category, receivedOn, locale };
    return rows.map((row) => ({ id: row.id, title: row.title, text: fillStandardAnswer(row.body, facts) }));
  }

  async create(actor: SignedInActor, input: Input): Promise<StandardAnswer> {
    const { db, clock } = this.deps;
    const at = clock.now().toISOString();
    const row = {
      id: newId(),
      municipality_id: actor.municipalityId,
      category: input.category,
      title: input.title,
      body: input.body,
      active: input.active === false ? 0 : 1,
      created_at: at,
      updated_at: at,
    };
    await db.kysely.transaction().execute(async (trx) => {
      await new StandardAnswersRepository(trx).insert(row);
      await this.audit(trx, actor, 'complaint_standard_answer.create', row.id, { before: null, after: auditView(row) });
    });
    return present(row);
  }

  async update(actor: SignedInActor, id: string, input: Input): Promise<StandardAnswer> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new StandardAnswersRepository(trx);
      const before = await repository.find(actor.municipalityId, id);
      if (!before) throw new AppError('NOT_FOUND');
      const next: StandardAnswerRow = {
        ...before,
        category: input.category,
        title: input.title,
        body: input.body,
        active: input.active === undefined ? before.active : input.active ? 1 : 0,
        updated_at: clock.now().toISOString(),
      };
      await repository.update(actor.municipalityId, id, next);
      await this.audit(trx, actor, 'complaint_standard_answer.update', id, {
        before: auditView(before),
        after: auditView(next),
      });
      return present(next);
    });
  }

  async remove(actor: SignedInActor, id: string): Promise<void> {
    const { db } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new StandardAnswersRepository(trx);
      const before = await repository.find(actor.municipalityId, id);
      if (!before) throw new AppError('NOT_FOUND');
      await repository.remove(actor.municipalityId, id);
      await this.audit(trx, actor, 'complaint_standard_answer.delete', id, {
        before: {
          category: before.category,
          title: before.title,
        },
      });
    });
  }
}
