import type { Kysely } from 'kysely';
import type { FindingStatus } from '../../../shared/enforcement/procedure.js';
import type { Database, GasFindingTable } from '../../db/schema.js';
import { inScope, type ScopePart } from './enforcement.repository.js';
import { given } from '../../db/filters.js';

/** The list's filters: all optional, the days of the facts inclusive. */
export interface FindingFilter {
  status?: FindingStatus | undefined;
  article?: string | undefined;
  source?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The findings list; every read of findings goes through the scope (the intake's files: gas-import.repository.ts). */
export class FindingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One page of the findings a tenant sees, newest facts first, and how many match. */
  async list(
    scope: readonly ScopePart[],
    filter: FindingFilter,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; rows: GasFindingTable[] }> {
    let query = this.db.selectFrom('gas_finding').where((eb) => inScope(eb, scope));
    query = query.where((eb) =>
      eb.and(given({ status: filter.status, article_code: filter.article, source: filter.source })),
    );
    if (filter.from) query = query.where('observed_on', '>=', filter.from);
    if (filter.to) query = query.where('observed_on', '<=', filter.to);
    const [count, rows] = await Promise.all([
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
      query
        .selectAll()
        .orderBy('observed_at', 'desc')
        .orderBy('reference')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
    ]);
    return { total: Number(count?.n ?? 0), rows };
  }

  /** The article codes a tenant's findings name (for the list's filter). */
  async articleCodes(scope: readonly ScopePart[]): Promise<string[]> {
    const rows = await this.db
      .selectFrom('gas_finding')
      .select('article_code')
      .distinct()
      .where((eb) => inScope(eb, scope))
      .orderBy('article_code')
      .execute();
    return rows.map((r) => r.article_code);
  }
}
