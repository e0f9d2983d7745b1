import { randomUUID } from 'node:crypto';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type {
  GasAmount,
  GasAmountInput,
  GasArticleInput,
  GasArticleUpdate,
  GasCatalogue,
} from '../../../shared/api/enforcement.schema.js';
import { addDays } from '../../../shared/calendar/days.js';
import {
  type Finder,
  type GasArticle,
  inForce,
  type OffenceCategory,
  type Regulation,
} from '../../../shared/enforcement/catalogue.js';
import { isUniqueViolation } from '../../db/db-errors.js';
import type { Kysely } from 'kysely';
import type { Database, GasAmountTable, GasArticleTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { entityAudit } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { ArticleRepository } from './articles.repository.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { articleKey, type CatalogueAmount, type CatalogueArticle } from './finding-import.rows.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
type Auditor = { municipalityId: string; userId: string | null; email: string | null };

export const presentAmount = (row: GasAmountTable): GasAmount => ({
  category: row.category as OffenceCategory,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  amountCents: Number(row.amount_cents),
});

/** An article version as the API and `gas articles` list it, with its category's amount on `on`. */
export function presentArticle(row: GasArticleTable, amounts: readonly GasAmount[], on: string): GasArticle {
  return {
    id: row.id,
    article: row.code,
    regulation: row.regulation as Regulation,
    category: row.category as OffenceCategory,
    labels: { nl: row.label_nl, fr: row.label_fr },
    mixed: Number(row.mixed) === 1,
    mediation: Number(row.mediation) === 1,
    finders: JSON.parse(row.finders_json) as Finder[],
    prescriptionMonths: Number(row.prescription_months),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    amountCents: amounts.find((a) => a.category === row.category && inForce(a, on))?.amountCents ?? null,
  };
}

/** The article versions as the intake's rules read them. */
export const catalogueArticle = (a: GasArticle): CatalogueArticle => ({
  id: a.id,
  code: a.article,
  category: a.category,
  finders: a.finders,
  prescriptionMonths: a.prescriptionMonths,
  validFrom: a.validFrom,
  validTo: a.validTo,
});
export const catalogueAmount = (a: GasAmount): CatalogueAmount => a;

const overlaps = (a: { validFrom: string; validTo: string | null }, b: { validFrom: string; validTo: string | null }) =>
  a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');

/**
 * The offence catalogue of a municipality: article versions (one code, periods that never overlap) and the fixed
 * amount per category and period. Reads for enforcement.read, writes for enforcement.manage, each audited.
 */
export class ArticleService {
  private readonly audit;

  constructor(private readonly deps: Deps) {
    this.audit = entityAudit(deps, 'gas_article');
  }

  /** Every article version and amount, the amounts of `on` (default: the municipality's today) on each article. */
  async catalogue(municipalityId: string, on?: string): Promise<GasCatalogue> {
    const day = on ?? (await municipalityToday(this.deps, municipalityId));
    const repository = new EnforcementRepository(this.deps.db.kysely);
    const [articles, amountRows] = await Promise.all([
      repository.articles(municipalityId),
      repository.amounts(municipalityId),
    ]);
    const amounts = amountRows.map(presentAmount);
    return { on: day, articles: articles.map((row) => presentArticle(row, amounts, day)), amounts };
  }

  /** The articles in force today that a community guard may find (the guard app's GAS form). */
  async forGuards(municipalityId: string): Promise<GasArticle[]> {
    const { on, articles } = await this.catalogue(municipalityId);
    return articles.filter((a) => inForce(a, on) && a.finders.includes('guard'));
  }

  async create(actor: SignedInActor, input: GasArticleInput): Promise<GasArticle> {
    if (input.validTo !== null && input.validTo < input.validFrom) throw new AppError('GAS_ARTICLE_PERIOD_INVALID');
    const { db, clock } = this.deps;
    const now = clock.now().toISOString();
    const row: GasArticleTable = {
      id: randomUUID(),
      municipality_id: actor.municipalityId,
      code: input.article.replace(/\s+/g, ' '),
      regulation: input.regulation,
      category: input.category,
      label_nl: input.labels.nl,
      label_fr: input.labels.fr,
      mixed: input.mixed ? 1 : 0,
      mediation: input.mediation ? 1 : 0,
      finders_json: JSON.stringify([...new Set(input.finders)]),
      prescription_months: input.prescriptionMonths,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      created_at: now,
      updated_at: now,
    };
    try {
      await db.kysely.transaction().execute(async (trx) => {
        const repository = new ArticleRepository(trx);
        await repository.lockMunicipality(actor.municipalityId);
        await this.refuseOverlap(trx, actor.municipalityId, row.code, input, null);
        await repository.insertArticle(row);
        await this.audit(trx, actor, 'gas.article.create', row.id, { after: row });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('GAS_ARTICLE_DUPLICATE', { article: row.code });
      throw error;
    }
    return presentArticle(row, [], input.validFrom);
  }

  async update(actor: SignedInActor, id: string, patch: GasArticleUpdate): Promise<GasArticle> {
    return this.change(actor, id, 'gas.article.update', (before) => ({
      ...before,
      ...(patch.regulation !== undefined ? { regulation: patch.regulation } : {}),
      ...(patch.category !== undefined ? { category: patch.category } : {}),
      ...(patch.labels !== undefined ? { label_nl: patch.labels.nl, label_fr: patch.labels.fr } : {}),
      ...(patch.mixed !== undefined ? { mixed: patch.mixed ? 1 : 0 } : {}),
      ...(patch.mediation !== undefined ? { mediation: patch.mediation ? 1 : 0 } : {}),
      ...(patch.finders !== undefined ? { finders_json: JSON.stringify([...new Set(patch.finders)]) } : {}),
      ...(patch.prescriptionMonths !== undefined ? { prescription_months: patch.prescriptionMonths } : {}),
      ...(patch.validTo !== undefined ? { valid_to: patch.validTo } : {}),
    }));
  }

  /** Ends an article's validity on a day (its last day in force); a new version may start the day after. */
  endValidity(actor: SignedInActor, id: string, validTo: string): Promise<GasArticle> {
    return this.change(actor, id, 'gas.article.end', (before) => ({ ...before, valid_to: validTo }));
  }

  /** A new amount for a category from a day; the amount open before it ends the day before. */
  async addAmount(actor: SignedInActor, input: GasAmountInput): Promise<GasAmount[]> {
    const { db, clock } = this.deps;
    try {
      await db.kysely.transaction().execute(async (trx) => {
        const repository = new ArticleRepository(trx);
        await repository.lockMunicipality(actor.municipalityId);
        const existing = await repository.amountsOf(actor.municipalityId, input.category);
        if (existing.some((a) => a.valid_from === input.validFrom)) throw new AppError('GAS_AMOUNT_DUPLICATE');
        // Later amounts stay; the one in force on the new first day ends the day before.
        const later = existing.find((a) => a.valid_from > input.validFrom);
        for (const amount of existing) {
          if (amount.valid_from < input.validFrom && (amount.valid_to === null || amount.valid_to >= input.validFrom)) {
            await repository.endAmount(
              actor.municipalityId,
              input.category,
              amount.valid_from,
              addDays(input.validFrom, -1),
            );
          }
        }
        const row: GasAmountTable = {
          municipality_id: actor.municipalityId,
          category: input.category,
          valid_from: input.validFrom,
          valid_to: later ? addDays(later.valid_from, -1) : null,
          amount_cents: input.amountCents,
        };
        await repository.insertAmount(row);
        await entityAudit({ db, clock }, 'gas_amount')(
          trx,
          actor,
          'gas.amount.create',
          `${input.category}:${input.validFrom}`,
          { after: row },
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('GAS_AMOUNT_DUPLICATE');
      throw error;
    }
    return (await new EnforcementRepository(db.kysely).amounts(actor.municipalityId)).map(presentAmount);
  }

  private async change(
    actor: Auditor,
    id: string,
    action: 'gas.article.update' | 'gas.article.end',
    next: (before: GasArticleTable) => GasArticleTable,
  ): Promise<GasArticle> {
    const { db, clock } = this.deps;
    const after = await db.kysely.transaction().execute(async (trx) => {
      const repository = new ArticleRepository(trx);
      await repository.lockMunicipality(actor.municipalityId);
      const before = await repository.findArticle(actor.municipalityId, id);
      if (!before) throw new AppError('GAS_ARTICLE_NOT_FOUND');
      const changed = { ...next(before), updated_at: clock.now().toISOString() };
      if (changed.valid_to !== null && changed.valid_to < changed.valid_from) {
        throw new AppError('GAS_ARTICLE_PERIOD_INVALID');
      }
      await this.refuseOverlap(
        trx,
        actor.municipalityId,
        changed.code,
        { validFrom: changed.valid_from, validTo: changed.valid_to },
        id,
      );
      const { id: _id, municipality_id: _m, code: _c, valid_from: _v, created_at: _a, ...patch } = changed;
      await repository.updateArticle(actor.municipalityId, id, patch);
      await this.audit(trx, actor, action, id, { before: before, after: changed });
      return changed;
    });
    const amounts = (await new EnforcementRepository(db.kysely).amounts(actor.municipalityId)).map(presentAmount);
    return presentArticle(after, amounts, await municipalityToday(this.deps, actor.municipalityId));
  }

  /** One code, periods that never overlap: the catalogue tells a finding's article without doubt. */
  private async refuseOverlap(
    trx: Kysely<Database>,
    municipalityId: string,
    code: string,
    period: { validFrom: string; validTo: string | null },
    exceptId: string | null,
  ): Promise<void> {
    const versions = (await new EnforcementRepository(trx).articles(municipalityId)).filter(
      (a) => a.id !== exceptId && articleKey(a.code) === articleKey(code),
    );
    if (versions.some((a) => overlaps({ validFrom: a.valid_from, validTo: a.valid_to }, period))) {
      throw new AppError('GAS_ARTICLE_DUPLICATE', { article: code });
    }
  }
}
