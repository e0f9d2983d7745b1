import type { Kysely } from 'kysely';
import type { Database, ViolenceIncidentTable } from '../../db/schema.js';

export type IncidentRow = ViolenceIncidentTable & { guard_name: string };

/** The register of violence against guards; `guardUserId` narrows it to the incidents concerning one guard. */
export class ViolenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private incidents(municipalityId: string) {
    return this.db
      .selectFrom('violence_incident')
      .innerJoin('app_user', 'app_user.id', 'violence_incident.guard_user_id')
      .selectAll('violence_incident')
      .select('app_user.display_name as guard_name')
      .where('violence_incident.municipality_id', '=', municipalityId);
  }

  findById(id: string): Promise<ViolenceIncidentTable | undefined> {
    return this.db.selectFrom('violence_incident').selectAll().where('id', '=', id).executeTakeFirst();
  }

  find(municipalityId: string, id: string, guardUserId?: string): Promise<IncidentRow | undefined> {
    let query = this.incidents(municipalityId).where('violence_incident.id', '=', id);
    if (guardUserId) query = query.where('violence_incident.guard_user_id', '=', guardUserId);
    return query.executeTakeFirst();
  }

  list(
    municipalityId: string,
    filter: { from?: string | undefined; to?: string | undefined; guardUserId?: string | undefined },
  ): Promise<IncidentRow[]> {
    let query = this.incidents(municipalityId);
    if (filter.from) query = query.where('violence_incident.occurred_at', '>=', filter.from);
    if (filter.to) query = query.where('violence_incident.occurred_at', '<', filter.to);
    if (filter.guardUserId) query = query.where('violence_incident.guard_user_id', '=', filter.guardUserId);
    return query.orderBy('violence_incident.occurred_at', 'desc').limit(2000).execute();
  }

  /** Kind, injuries, police report and month of every incident between two timestamps (for statistics). */
  facts(municipalityId: string, from: string, to: string) {
    return this.db
      .selectFrom('violence_incident')
      .select(['kind', 'injuries', 'police_report_number', 'occurred_at'])
      .where('municipality_id', '=', municipalityId)
      .where('occurred_at', '>=', from)
      .where('occurred_at', '<', to)
      .execute();
  }

  async insert(row: ViolenceIncidentTable): Promise<void> {
    await this.db.insertInto('violence_incident').values(row).execute();
  }

  async update(municipalityId: string, id: string, changes: Partial<ViolenceIncidentTable>): Promise<void> {
    await this.db
      .updateTable('violence_incident')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }
}
