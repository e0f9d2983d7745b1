import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { inScope, type ScopePart } from './enforcement.repository.js';

/** What the analysis counts: findings of the scope, facts in [from, to], optionally one article, source or wijk. */
export interface AnalysisFilter {
  scope: readonly ScopePart[];
  from: string;
  to: string;
  article?: string | undefined;
  source?: string | undefined;
  /** A wijk code; '' for findings without one. */
  wijk?: string | undefined;
}

const n = (value: unknown): number => Number(value ?? 0);

/**
 * Counts of findings for the analysis and the yearly report (issue 18), grouped on the columns stored for it
 * (observed_on, observed_hour, observed_weekday, wijk_code). Every query reads through the reader's scope.
 */
export class AnalysisRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private base(filter: AnalysisFilter) {
    return this.db
      .selectFrom('gas_finding')
      .where((eb) => inScope(eb, filter.scope))
      .where('observed_on', '>=', filter.from)
      .where('observed_on', '<=', filter.to)
      .where((eb) => filtered(eb, filter));
  }

  async heat(filter: AnalysisFilter): Promise<{ weekday: number; hour: number; n: number }[]> {
    const rows = await this.base(filter)
      .select(['observed_weekday', 'observed_hour', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['observed_weekday', 'observed_hour'])
      .execute();
    return rows.map((r) => ({ weekday: n(r.observed_weekday), hour: n(r.observed_hour), n: n(r.n) }));
  }

  async byWijk(filter: AnalysisFilter): Promise<{ wijkCode: string; n: number }[]> {
    const rows = await this.base(filter)
      .select(['wijk_code', (eb) => eb.fn.countAll().as('n')])
      .groupBy('wijk_code')
      .execute();
    return rows.map((r) => ({ wijkCode: r.wijk_code ?? '', n: n(r.n) }));
  }

  async byArticleAndSource(
    filter: AnalysisFilter,
  ): Promise<{ article: string; category: string; source: string; n: number }[]> {
    const rows = await this.base(filter)
      .select(['article_code', 'category', 'source', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['article_code', 'category', 'source'])
      .execute();
    return rows.map((r) => ({ article: r.article_code, category: r.category, source: r.source, n: n(r.n) }));
  }

  async byMonth(filter: AnalysisFilter): Promise<{ month: string; n: number }[]> {
    const month = sql<string>`substr(observed_on, 1, 7)`;
    const rows = await this.base(filter)
      .select([month.as('month'), (eb) => eb.fn.countAll().as('n')])
      .groupBy(month)
      .execute();
    return rows.map((r) => ({ month: r.month, n: n(r.n) }));
  }

  async byMunicipality(filter: AnalysisFilter): Promise<{ municipalityId: string; n: number }[]> {
    const rows = await this.base(filter)
      .select(['municipality_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('municipality_id')
      .execute();
    return rows.map((r) => ({ municipalityId: r.municipality_id, n: n(r.n) }));
  }

  async topStreets(filter: AnalysisFilter, limit: number): Promise<{ street: string; n: number }[]> {
    const rows = await this.base(filter)
      .where('street', 'is not', null)
      .where('street', '!=', '')
      .select(['street', (eb) => eb.fn.countAll().as('n')])
      .groupBy('street')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('street')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ street: r.street ?? '', n: n(r.n) }));
  }

  /**
   * The yearly report's figures per municipality of the scope: findings by article/category/source, decisions,
   * closings, amounts (invoiced: the amount asked of every finding that still owes it, see `owed`; paid; outstanding:
   * what is asked and not yet paid), for facts in [from, to].
   */
  async yearFigures(filter: AnalysisFilter): Promise<YearFigureRow[]> {
    const rows = await this.base(filter)
      .select([
        'municipality_id',
        'article_code',
        'category',
        'source',
        'decision',
        'status',
        'close_reason',
        (eb) => eb.fn.countAll().as('n'),
        (eb) => eb.fn.sum<number>(sql`case when ${owed} then coalesce(amount_cents, 0) else 0 end`).as('invoiced'),
        (eb) => eb.fn.sum<number>('paid_cents').as('paid'),
        (eb) =>
          eb.fn
            .sum<number>(
              sql`case when ${owed} and coalesce(amount_cents, 0) > paid_cents then coalesce(amount_cents, 0) - paid_cents else 0 end`,
            )
            .as('outstanding'),
      ])
      .groupBy(['municipality_id', 'article_code', 'category', 'source', 'decision', 'status', 'close_reason'])
      .execute();
    return rows.map((r) => ({
      municipalityId: r.municipality_id,
      article: r.article_code,
      category: r.category,
      source: r.source,
      decision: r.decision,
      status: r.status,
      closeReason: r.close_reason,
      n: n(r.n),
      invoicedCents: n(r.invoiced),
      paidCents: n(r.paid),
      outstandingCents: n(r.outstanding),
    }));
  }

  /** Mediation results recorded in the steps of findings of the scope, facts in [from, to]. */
  async mediationResults(filter: AnalysisFilter): Promise<{ municipalityId: string; outcome: string; n: number }[]> {
    const rows = await this.db
      .selectFrom('gas_finding_step')
      .innerJoin('gas_finding', (join) =>
        join
          .onRef('gas_finding.id', '=', 'gas_finding_step.finding_id')
          .onRef('gas_finding.municipality_id', '=', 'gas_finding_step.municipality_id'),
      )
      .where((eb) => inScope(eb, filter.scope))
      .where('gas_finding.observed_on', '>=', filter.from)
      .where('gas_finding.observed_on', '<=', filter.to)
      .where('gas_finding_step.step_key', '=', 'mediation_result')
      .select(['gas_finding.municipality_id', 'gas_finding_step.outcome', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['gas_finding.municipality_id', 'gas_finding_step.outcome'])
      .execute();
    return rows.map((r) => ({ municipalityId: r.municipality_id, outcome: r.outcome ?? '', n: n(r.n) }));
  }

  /** Article codes with their category and labels from a municipality's catalogue (every period). */
  async catalogue(
    municipalityIds: readonly string[],
  ): Promise<{ code: string; category: string; labelNl: string; labelFr: string }[]> {
    if (municipalityIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('gas_article')
      .select(['code', 'category', 'label_nl', 'label_fr', 'valid_from'])
      .where('municipality_id', 'in', [...municipalityIds])
      .orderBy('code')
      .orderBy('valid_from', 'desc')
      .execute();
    const seen = new Map<string, { code: string; category: string; labelNl: string; labelFr: string }>();
    for (const r of rows) {
      if (!seen.has(r.code)) {
        seen.set(r.code, { code: r.code, category: r.category, labelNl: r.label_nl, labelFr: r.label_fr });
      }
    }
    return [...seen.values()];
  }

  async names(ids: readonly string[]): Promise<Map<string, { name: string; slug: string; kind: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('municipality')
      .select(['id', 'name', 'slug', 'kind'])
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug, kind: r.kind }]));
  }
}

export interface YearFigureRow {
  municipalityId: string;
  article: string;
  category: string;
  source: string;
  decision: string | null;
  status: string;
  closeReason: string | null;
  n: number;
  invoicedCents: number;
  paidCents: number;
  outstandingCents: number;
}

/**
 * A finding whose amount is asked: notified (the letter proposes the amount with its structured communication) and
 * neither dismissed, referred to mediation, mediated, annulled, prescribed nor closed without a holder.
 */
const owed = sql`(notified_on is not null and coalesce(decision, '') not in ('dismissal', 'mediation') and coalesce(close_reason, '') not in ('dismissed', 'mediated', 'annulled', 'prescribed', 'unidentified'))`;

function filtered(eb: ExpressionBuilder<Database, 'gas_finding'>, filter: AnalysisFilter) {
  const conditions = [];
  if (filter.article !== undefined) conditions.push(eb('gas_finding.article_code', '=', filter.article));
  if (filter.source !== undefined) conditions.push(eb('gas_finding.source', '=', filter.source));
  if (filter.wijk !== undefined) {
    conditions.push(
      filter.wijk === '' ? eb('gas_finding.wijk_code', 'is', null) : eb('gas_finding.wijk_code', '=', filter.wijk),
    );
  }
  return eb.and(conditions);
}
