import type { Kysely } from 'kysely';
import type { Database, SessionTable } from '../../db/schema.js';

export interface SessionWithUser {
  id: string;
  municipality_id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  last_seen_at: string;
  email: string;
  display_name: string;
  role: string;
  locale: string;
  active: number;
  municipality_slug: string;
  municipality_name: string;
  municipality_time_zone: string;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: SessionTable): Promise<void> {
    await this.db.insertInto('session').values(row).execute();
  }

  findWithUser(id: string): Promise<SessionWithUser | undefined> {
    return this.db
      .selectFrom('session')
      .innerJoin('app_user', (join) =>
        join
          .onRef('app_user.id', '=', 'session.user_id')
          .onRef('app_user.municipality_id', '=', 'session.municipality_id'),
      )
      .innerJoin('municipality', 'municipality.id', 'session.municipality_id')
      .select([
        'session.id',
        'session.municipality_id',
        'session.user_id',
        'session.csrf_token',
        'session.expires_at',
        'session.last_seen_at',
        'app_user.email',
        'app_user.display_name',
        'app_user.role',
        'app_user.locale',
        'app_user.active',
        'municipality.slug as municipality_slug',
        'municipality.name as municipality_name',
        'municipality.time_zone as municipality_time_zone',
      ])
      .where('session.id', '=', id)
      .executeTakeFirst();
  }

  async touch(id: string, lastSeenAt: string): Promise<void> {
    await this.db.updateTable('session').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('session').where('id', '=', id).execute();
  }

  async deleteForUser(municipalityId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('session')
      .where('municipality_id', '=', municipalityId)
      .where('user_id', '=', userId)
      .execute();
  }

  /** Ends a user's sessions but the one they are using (after they changed their own password). */
  async deleteOthersOfUser(municipalityId: string, userId: string, keepId: string): Promise<void> {
    await this.db
      .deleteFrom('session')
      .where('municipality_id', '=', municipalityId)
      .where('user_id', '=', userId)
      .where('id', '!=', keepId)
      .execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('session').where('expires_at', '<', now).execute();
  }
}
