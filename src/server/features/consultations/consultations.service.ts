import type { Kysely } from 'kysely';
import { type Actor, can, type SignedInActor } from '../../../shared/access/roles.js';
import {
  type Consultation,
  type ConsultationAgenda,
  consultationAgendaSchema,
} from '../../../shared/api/consultations.schema.js';
import { addDays } from '../../../shared/calendar/days.js';
import type { Deadline, DeadlineProvider } from '../../../shared/calendar/deadline.js';
import { consultationActionTitle } from '../../../shared/consultations/deadline-titles.js';
import type { Database } from '../../db/schema.js';
import type { ServiceDeps } from '../context.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor, entityAudit } from '../audit/audit.service.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import type { RegistrationService } from '../registrations/registration.service.js';
import {
  type ConsultationActionRow,
  type ConsultationRow,
  ConsultationsRepository,
} from './consultations.repository.js';
import { type AgendaBarometer, agendaForReader, buildAgenda } from './consultation-agenda.js';
import { consultationReport } from '../../../shared/reports/consultation-report.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { type RenderedReport, renderReport } from '../../adapters/documents/render-report.js';
import { municipalityToday, timeZoneOf } from '../municipalities/municipality-calendar.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import { planLocale } from '../plan/plan-locale.js';
import { geoOf } from '../municipalities/municipality-geo.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'> & {
  registrations: Pick<RegistrationService, 'toRow'>;
  barometer?: AgendaBarometer | undefined;
};
interface MinutesInput {
  title?: string | undefined;
  attendees?: string | undefined;
  minutes?: string | undefined;
  actions?:
    | { id?: string | undefined; description: string; owner: string; dueOn: string; done?: boolean | undefined }[]
    | undefined;
}

/**
 * The bi-weekly police–prevention consultation: agenda from the barometer and the desk, minutes, agreed actions.
 * Also a deadline provider: the agreed actions, due on their day.
 */
export class ConsultationService implements DeadlineProvider {
  constructor(private readonly deps: Deps) {}

  /** The agreed actions due in the period, for the calendar, titled in the plan's language. */
  async deadlines(municipalityId: string, from: string, to: string): Promise<Deadline[]> {
    const db = this.deps.db.kysely;
    const [actions, locale] = await Promise.all([
      new ConsultationsRepository(db).actionsDue(municipalityId, from, to),
      planLocale(db, municipalityId),
    ]);
    return actions.map((a) => ({
      id: `consultation-action:${a.id}`,
      // Shown with the desk's deadlines: the agenda comes from the desk and the barometer.
      source: 'complaint' as const,
      title: consultationActionTitle(locale, a.description),
      due: a.due_on,
      href: `/consultations/${a.consultation_id}`,
      ownerUserId: null,
      done: a.done === 1,
    }));
  }

  async list(actor: Actor) {
    const repository = new ConsultationsRepository(this.deps.db.kysely);
    const rows = await repository.list(actor.municipalityId, 200);
    const actions = await repository.actions(
      actor.municipalityId,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((row) =>
        summary(
          row,
          actions.filter((a) => a.consultation_id === row.id),
        ),
      ),
    };
  }

  async get(actor: Actor, id: string): Promise<Consultation> {
    const repository = new ConsultationsRepository(this.deps.db.kysely);
    const row = await repository.find(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const consultation = present(row, await repository.actions(actor.municipalityId, [id]));
    return { ...consultation, agenda: agendaForReader(consultation.agenda, can(actor, 'barometer.detail')) };
  }

  /** Plans a consultation and generates its agenda for the period since the previous one (two weeks by default). */
  async create(actor: SignedInActor, input: { heldOn: string; title?: string | undefined }): Promise<Consultation> {
    const { db, clock } = this.deps;
    const id = newId();
    const repository = new ConsultationsRepository(db.kysely);
    const previous = await repository.previous(actor.municipalityId, input.heldOn);
    // Since the previous consultation, and never less than the two weeks the rhythm promises.
    const from =
      previous && previous.held_on < addDays(input.heldOn, -14) ? previous.held_on : addDays(input.heldOn, -14);
    const to = addDays(input.heldOn, -1);
    const now = clock.now().toISOString();
    const agenda = await this.agenda(actor.municipalityId, from < to ? from : to, to, input.heldOn, now);
    await db.kysely.transaction().execute(async (trx) => {
      const row = {
        id,
        municipality_id: actor.municipalityId,
        held_on: input.heldOn,
        title: input.title ?? `Overleg politie–preventie ${input.heldOn}`,
        period_from: agenda.from,
        period_to: agenda.to,
        agenda_json: JSON.stringify(agenda),
        attendees: '',
        minutes_text: '',
        status: 'draft',
        finalized_at: null,
        registration_id: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await new ConsultationsRepository(trx).insert(row);
      await this.audit(trx, actor, 'consultation.create', id, {
        before: null,
        after: { held_on: row.held_on, title: row.title },
      });
    });
    return this.get(actor, id);
  }

  /** Generates the agenda again (new complaints came in since it was planned); only while the minutes are a draft. */
  async regenerateAgenda(actor: SignedInActor, id: string): Promise<Consultation> {
    const { db, clock } = this.deps;
    const row = await this.draft(new ConsultationsRepository(db.kysely), actor, id);
    const now = clock.now().toISOString();
    const agenda = await this.agenda(actor.municipalityId, row.period_from, row.period_to, row.held_on, now);
    await db.kysely.transaction().execute(async (trx) => {
      await new ConsultationsRepository(trx).update(actor.municipalityId, id, {
        agenda_json: JSON.stringify(agenda),
        updated_at: now,
      });
      await this.audit(trx, actor, 'consultation.agenda', id, { before: null, after: { generated_at: now } });
    });
    return this.get(actor, id);
  }

  /** Writes the draft minutes and the agreed actions (owner, due day, done). */
  async saveMinutes(actor: SignedInActor, id: string, input: MinutesInput): Promise<Consultation> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ConsultationsRepository(trx);
      const row = await this.draft(repository, actor, id);
      const now = clock.now().toISOString();
      const changes = {
        title: input.title ?? row.title,
        attendees: input.attendees ?? row.attendees,
        minutes_text: input.minutes ?? row.minutes_text,
        updated_at: now,
      };
      await repository.update(actor.municipalityId, id, changes);
      if (input.actions) {
        const existing = new Map((await repository.actions(actor.municipalityId, [id])).map((a) => [a.id, a]));
        // Ids not of this consultation's actions are ignored (a new id is made): a client cannot touch another row.
        await repository.replaceActions(
          actor.municipalityId,
          id,
          input.actions.map((a, position) => {
            const before = a.id ? existing.get(a.id) : undefined;
            const done = a.done ?? before?.done === 1;
            return {
              id: before?.id ?? newId(),
              municipality_id: actor.municipalityId,
              consultation_id: id,
              position,
              description: a.description,
              owner: a.owner,
              due_on: a.dueOn,
              done: done ? 1 : 0,
              done_at: done ? (before?.done_at ?? now) : null,
              updated_at: now,
            };
          }),
        );
      }
      await this.audit(trx, actor, 'consultation.minutes', id, {
        before: null,
        after: {
          title: changes.title,
          minutes_chars: changes.minutes_text.length,
          actions: input.actions?.length,
        },
      });
    });
    return this.get(actor, id);
  }

  /**
   * Makes the minutes final and, in the same transaction, registers the meeting (built-in `meeting` register, kind
   * police_prevention, minutes written, naming the police–prevention subject when there is exactly one): that
   * registration is what the plan's indicator "Aantal werkverslagen van het overleg" counts.
   */
  async finalize(actor: SignedInActor, id: string): Promise<Consultation> {
    const { db, clock } = this.deps;
    const row = await this.draft(new ConsultationsRepository(db.kysely), actor, id);
    if (row.held_on > (await municipalityToday(this.deps, actor.municipalityId))) {
      throw new AppError('CONSULTATION_NOT_HELD');
    }
    if (row.minutes_text.trim() === '') throw new AppError('CONSULTATION_MINUTES_EMPTY');
    const attendees = row.attendees
      .split(/[\n,;]+/)
      .map((a) => a.trim())
      .filter((a) => a !== '').length;
    const subjectId = await policePreventionSubject(db.kysely, actor.municipalityId);
    const registration = await this.deps.registrations.toRow(
      actor,
      {
        typeKey: 'meeting',
        occurredOn: row.held_on,
        ...(subjectId ? { subjectId } : {}),
        values: {
          kind: 'police_prevention',
          title: row.title.slice(0, 200),
          minutes: true,
          partners: ['Politie'],
          ...(attendees > 0 ? { attendees } : {}),
        },
      },
      'consultation',
    );
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ConsultationsRepository(trx);
      const current = await this.draft(repository, actor, id);
      const now = clock.now().toISOString();
      await new RegistrationRepository(trx).insert(registration);
      await repository.update(actor.municipalityId, id, {
        status: 'final',
        finalized_at: now,
        registration_id: registration.id,
        updated_at: now,
      });
      await this.audit(trx, actor, 'consultation.finalize', id, {
        before: { status: current.status },
        after: { status: 'final', registration_id: registration.id },
      });
      await auditFor({ db, clock }, actor)(trx, 'registration.create', 'registration', registration.id, {
        after: {
          type_key: 'meeting',
          occurred_on: row.held_on,
          source: 'consultation',
          consultation_id: id,
          subject_id: registration.subject_id ?? null,
        },
      });
    });
    return this.get(actor, id);
  }

  /** Ticks an agreed action off (also after the minutes are final: actions are followed up at the next meetings). */
  async setActionDone(actor: SignedInActor, id: string, actionId: string, done: boolean): Promise<Consultation> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ConsultationsRepository(trx);
      const action = await repository.findAction(actor.municipalityId, id, actionId);
      if (!action) throw new AppError('NOT_FOUND');
      const now = clock.now().toISOString();
      await repository.updateAction(actor.municipalityId, actionId, {
        done: done ? 1 : 0,
        done_at: done ? now : null,
        updated_at: now,
      });
      await this.audit(trx, actor, 'consultation.action', id, {
        before: { action_id: actionId, done: action.done === 1 },
        after: { action_id: actionId, done },
      });
    });
    return this.get(actor, id);
  }

  /** The agenda and minutes as DOCX or PDF, in the reader's language. */
  async document(
    actor: Actor,
    id: string,
    format: 'docx' | 'pdf' | 'xlsx',
    locale: Locale,
  ): Promise<RenderedReport & { filename: string }> {
    const consultation = await this.get(actor, id);
    const municipality =
      (await new MunicipalityRepository(this.deps.db.kysely).findById(actor.municipalityId))?.name ?? '';
    const doc = consultationReport(consultation, locale, municipality, this.deps.clock.now().toISOString());
    const rendered = await renderReport(
      { ...doc, meta: { ...doc.meta, timeZone: await timeZoneOf(this.deps.db.kysely, actor.municipalityId) } },
      format,
    );
    return { ...rendered, filename: `overleg-politie-preventie-${consultation.heldOn}.${format}` };
  }

  private async agenda(
    municipalityId: string,
    from: string,
    to: string,
    heldOn: string,
    now: string,
  ): Promise<ConsultationAgenda> {
    const wijkNames = await geoOf(this.deps).wijkNames(municipalityId);
    return buildAgenda(this.deps.db.kysely, this.deps.barometer, { municipalityId, wijkNames, from, to, heldOn, now });
  }

  private async draft(repository: ConsultationsRepository, actor: Actor, id: string): Promise<ConsultationRow> {
    const row = await repository.find(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status === 'final') throw new AppError('CONSULTATION_FINAL');
    return row;
  }

  /** Audits a change of a consultation: `this.audit(trx, actor, action, id, before, after)`. */
  private get audit() {
    return entityAudit(this.deps, 'consultation');
  }
}

/**
 * The subject the consultation's meeting registration names: the municipality's one active `meeting` subject of
 * kind `police_prevention` (what "Aantal werkverslagen van het overleg" counts). None when there is none, or when
 * there are several (a coordinator merges them first): svpp never guesses between two bodies.
 */
export async function policePreventionSubject(db: Kysely<Database>, municipalityId: string): Promise<string | null> {
  const subjects = (await new SubjectRepository(db).list(municipalityId, { typeKey: 'meeting' })).filter(
    (s) => s.category === 'police_prevention' && s.active === 1 && !s.merged_into_id,
  );
  return subjects.length === 1 ? (subjects[0]?.id ?? null) : null;
}

function summary(row: ConsultationRow, actions: ConsultationActionRow[]) {
  return {
    id: row.id,
    heldOn: row.held_on,
    title: row.title,
    status: row.status === 'final' ? ('final' as const) : ('draft' as const),
    actionsOpen: actions.filter((a) => a.done === 0).length,
    actionsTotal: actions.length,
  };
}

function present(row: ConsultationRow, actions: ConsultationActionRow[]): Consultation {
  const parsed = consultationAgendaSchema.safeParse(JSON.parse(row.agenda_json));
  const agenda = parsed.success
    ? parsed.data
    : {
        generatedAt: row.created_at,
        from: row.period_from,
        to: row.period_to,
        hotSpots: [],
        risingTrends: [],
        barometer: false,
        openComplaints: [],
        overdueComplaints: [],
        openActions: [],
      };
  return {
    ...summary(row, actions),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    agenda,
    attendees: row.attendees,
    minutes: row.minutes_text,
    finalizedAt: row.finalized_at,
    registrationId: row.registration_id,
    actions: actions.map((a) => ({
      id: a.id,
      description: a.description,
      owner: a.owner,
      dueOn: a.due_on,
      done: a.done === 1,
      doneAt: a.done_at,
    })),
  };
}
