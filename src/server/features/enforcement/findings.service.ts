import type { SignedInActor } from '../../../shared/access/roles.js';
import type { FindingList, FindingListQuery, FindingSummary } from '../../../shared/api/enforcement.schema.js';
import type { Finder, OffenceCategory } from '../../../shared/enforcement/catalogue.js';
import type { FindingStatus } from '../../../shared/enforcement/procedure.js';
import { formatCommunication } from '../../../shared/enforcement/structured-communication.js';
import type { GasFindingTable } from '../../db/schema.js';
import type { ServiceDeps } from '../context.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { FindingRepository } from './findings.repository.js';

type Deps = Pick<ServiceDeps, 'db'>;

/** A finding as the list shows it (no holder: that is personal data, read in the procedure slice). */
export function presentFinding(row: GasFindingTable): FindingSummary {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    reference: row.reference,
    observedAt: row.observed_at,
    observedOn: row.observed_on,
    article: row.article_code,
    category: row.category as OffenceCategory,
    plate: row.plate,
    plateCountry: row.plate_country,
    street: row.street,
    houseNumber: row.house_number,
    wijkCode: row.wijk_code,
    source: row.source as Finder,
    observer: row.observer,
    status: row.status as FindingStatus,
    amountCents: row.amount_cents === null ? null : Number(row.amount_cents),
    structuredCommunication: formatCommunication(row.structured_communication),
    prescriptionOn: row.prescription_on,
  };
}

/** The findings list: what the tenant sees (its own, and its members' by dated agreement), filtered and paged. */
export class FindingQueryService {
  constructor(private readonly deps: Deps) {}

  async list(actor: SignedInActor, query: FindingListQuery): Promise<FindingList> {
    const { kysely } = this.deps.db;
    const scope = await new EnforcementRepository(kysely).scopeOf(actor.municipalityId);
    const { total, rows } = await new FindingRepository(kysely).list(scope, query, {
      limit: query.limit,
      offset: query.offset,
    });
    return { total, items: rows.map(presentFinding) };
  }
}
