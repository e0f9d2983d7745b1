import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { Agreement, AgreementInput, Partner } from '../../../shared/api/partners.schema.js';
import { partnerKinds } from '../../../shared/api/partners.schema.js';
import type { Deadline, DeadlineProvider } from '../../../shared/calendar/deadline.js';
import { agreementReviewTitle } from '../../../shared/finance/deadline-titles.js';
import { planLocale } from '../plan/plan-locale.js';
import { addMonths, type AgreementRhythm, reviewDays } from '../../../shared/partners/review-schedule.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { FileService } from '../files/files.service.js';
import type { RegistrationService } from '../registrations/registration.service.js';
import type { AgreementReviewTable, AgreementTable, PartnerTable } from '../../db/schema.js';
import { FinanceRepository } from '../finance/finance.repository.js';
import { PartnerRepository } from './partners.repository.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  files: Pick<FileService, 'assertExist'>;
  registrations: Pick<RegistrationService, 'toRow'>;
};
const json = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};
const asKind = (kind: string): Partner['kind'] =>
  (partnerKinds as readonly string[]).includes(kind) ? (kind as Partner['kind']) : 'other';

function presentAgreement(
  row: AgreementTable,
  partner: PartnerTable | undefined,
  reviews: AgreementReviewTable[],
  today: string,
): Agreement {
  const until = addMonths(today, 12);
  const done = reviews.filter((r) => r.agreement_id === row.id);
  const days = reviewDays(row.signed_on, row.end_on, row.rhythm as AgreementRhythm, until);
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: partner?.name ?? '',
    title: row.title,
    objectives: json<string[]>(row.objectives_json, []),
    rhythm: row.rhythm as AgreementRhythm,
    signedOn: row.signed_on,
    endOn: row.end_on,
    objectiveLineageId: row.objective_lineage_id,
    fileIds: json<string[]>(row.file_ids_json, []),
    reviews: days.map((dueOn) => {
      const review = done.find((r) => r.due_on === dueOn);
      return { dueOn, reviewedOn: review?.reviewed_on ?? null, notes: review?.notes ?? null };
    }),
    nextReviewOn: days.find((d) => !done.some((r) => r.due_on === d)) ?? null,
  };
}

/**
 * Partner organisations and cooperation agreements with measurable objectives and a monitoring rhythm. Each agreement
 * is also registered in the built-in `document` register (kind `agreement`), so the indicators that count agreements
 * read it like any other registration; its reviews are deadlines in the calendar.
 */
export class PartnerService implements DeadlineProvider {
  constructor(private readonly deps: Deps) {}

  async list(actor: Actor): Promise<{ partners: Partner[]; agreements: Agreement[] }> {
    const repository = new PartnerRepository(this.deps.db.kysely);
    const [partners, agreements, reviews] = await Promise.all([
      repository.partners(actor.municipalityId),
      repository.agreements(actor.municipalityId),
      repository.reviews(actor.municipalityId),
    ]);
    const today = await municipalityToday(this.deps, actor.municipalityId);
    return {
      partners: partners.map((p) => ({ id: p.id, name: p.name, kind: asKind(p.kind) })),
      agreements: agreements.map((a) =>
        presentAgreement(
          a,
          partners.find((p) => p.id === a.partner_id),
          reviews,
          today,
        ),
      ),
    };
  }

  async addPartner(actor: SignedInActor, input: { name: string; kind: Partner['kind'] }): Promise<Partner> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new PartnerRepository(trx);
      if (await repository.findPartnerByName(actor.municipalityId, input.name)) throw new AppError('PARTNER_EXISTS');
      const row = {
        id: newId(),
        municipality_id: actor.municipalityId,
        name: input.name,
        kind: input.kind,
        created_at: clock.now().toISOString(),
      };
      await repository.insertPartner(row);
      await auditFor({ db, clock }, actor)(trx, 'partner.create', 'partner', row.id, { after: row });
      return { id: row.id, name: row.name, kind: input.kind };
    });
  }

  async addAgreement(actor: SignedInActor, input: AgreementInput): Promise<Agreement> {
    const { db, clock } = this.deps;
    await this.deps.files.assertExist(actor.municipalityId, input.fileIds);
    if (input.endOn && input.endOn < input.signedOn) throw new AppError('FINANCE_DATES_INVALID');
    const partner = await new PartnerRepository(db.kysely).findPartner(actor.municipalityId, input.partnerId);
    if (!partner) throw new AppError('NOT_FOUND');
    if (
      input.objectiveLineageId &&
      !(await new FinanceRepository(db.kysely).objectiveLineageExists(actor.municipalityId, input.objectiveLineageId))
    ) {
      throw new AppError('FINANCE_OBJECTIVE_UNKNOWN');
    }
    const row = {
      id: newId(),
      municipality_id: actor.municipalityId,
      partner_id: partner.id,
      title: input.title,
      objectives_json: JSON.stringify(input.objectives),
      rhythm: input.rhythm,
      signed_on: input.signedOn,
      end_on: input.endOn ?? null,
      objective_lineage_id: input.objectiveLineageId ?? null,
      file_ids_json: JSON.stringify(input.fileIds),
      created_at: clock.now().toISOString(),
    };
    // The pseudonymous registration the indicators count, naming the agreement's `document` subject when given
    // (checked: active, of this municipality and register). Its id is the agreement's, so a retry never counts twice;
    // it is written in the agreement's own transaction.
    const registration = await this.deps.registrations.toRow(
      actor,
      {
        id: row.id,
        typeKey: 'document',
        occurredOn: row.signed_on,
        place: null,
        ...(input.subjectId ? { subjectId: input.subjectId } : {}),
        values: {
          kind: 'agreement',
          status: 'approved',
          title: `${input.title} (${partner.name})`.slice(0, 300),
          ...(input.fileIds.length ? { files: input.fileIds } : {}),
        },
      },
      'partners',
    );
    await db.kysely.transaction().execute(async (trx) => {
      await new PartnerRepository(trx).insertAgreement(row);
      await auditFor({ db, clock }, actor)(trx, 'agreement.create', 'agreement', row.id, {
        after: { ...row, subject_id: registration.subject_id ?? null },
      });
      await new RegistrationRepository(trx).insert(registration);
      await auditFor({ db, clock }, actor)(trx, 'registration.create', 'registration', registration.id, {
        after: {
          type_key: 'document',
          occurred_on: registration.occurred_on,
          source: 'partners',
          agreement_id: row.id,
          subject_id: registration.subject_id ?? null,
        },
      });
    });
    return (
      (await this.list(actor)).agreements.find((a) => a.id === row.id) ??
      presentAgreement(row, partner, [], await municipalityToday(this.deps, actor.municipalityId))
    );
  }

  async review(
    actor: SignedInActor,
    agreementId: string,
    input: { dueOn: string; reviewedOn: string; notes: string },
  ): Promise<Agreement> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new PartnerRepository(trx);
      const agreement = await repository.findAgreement(actor.municipalityId, agreementId);
      if (!agreement) throw new AppError('NOT_FOUND');
      const row = {
        id: newId(),
        municipality_id: actor.municipalityId,
        agreement_id: agreementId,
        due_on: input.dueOn,
        reviewed_on: input.reviewedOn,
        notes: input.notes,
        created_at: clock.now().toISOString(),
      };
      await repository.upsertReview(row);
      await auditFor({ db, clock }, actor)(trx, 'agreement.review', 'agreement', agreementId, { after: row });
    });
    const agreement = (await this.list(actor)).agreements.find((a) => a.id === agreementId);
    if (!agreement) throw new AppError('NOT_FOUND');
    return agreement;
  }

  /** Every review day of every agreement in [from, to], done once a review is recorded for that day. */
  async deadlines(municipalityId: string, from: string, to: string): Promise<Deadline[]> {
    const repository = new PartnerRepository(this.deps.db.kysely);
    const [partners, agreements, reviews, locale] = await Promise.all([
      repository.partners(municipalityId),
      repository.agreements(municipalityId),
      repository.reviews(municipalityId),
      planLocale(this.deps.db.kysely, municipalityId),
    ]);
    return agreements.flatMap((a) =>
      reviewDays(a.signed_on, a.end_on, a.rhythm as AgreementRhythm, to)
        .filter((day) => day >= from)
        .map((day): Deadline => ({
          id: `agreement:${a.id}:${day}`,
          source: 'agreement',
          title: agreementReviewTitle(locale, a.title, partners.find((p) => p.id === a.partner_id)?.name ?? ''),
          due: day,
          href: '/partners',
          ownerUserId: null,
          done: reviews.some((r) => r.agreement_id === a.id && r.due_on === day),
        })),
    );
  }
}
