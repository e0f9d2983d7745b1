import type { Kysely } from 'kysely';
import type { CalendarFeedTable, Database, DeadlineReminderTable } from '../../db/schema.js';

export interface Recipient {
  id: string;
  email: string;
  locale: string;
  role: string;
}

/**
 * Feed tokens, reminders sent and who receives them; scoped to one municipality (the feed lookup by token excepted).
 */
export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  activeFeedOf(municipalityId: string, userId: string): Promise<CalendarFeedTable | undefined> {
    return this.db
      .selectFrom('calendar_feed')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  /**
   * The feed of a token's hash: the one lookup without a municipality, since the token is all a calendar program sends.
   */
  activeFeedByHash(tokenHash: string): Promise<CalendarFeedTable | undefined> {
    return this.db
      .selectFrom('calendar_feed')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  async revokeFeeds(municipalityId: string, userId: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('calendar_feed')
      .set({ revoked_at: at })
      .where('municipality_id', '=', municipalityId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async insertFeed(row: CalendarFeedTable): Promise<void> {
    await this.db.insertInto('calendar_feed').values(row).execute();
  }

  /** An active user of the municipality (the feed's owner, a deadline's owner). */
  activeUser(municipalityId: string, userId: string): Promise<Recipient | undefined> {
    return this.db
      .selectFrom('app_user')
      .select(['id', 'email', 'locale', 'role'])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', userId)
      .where('active', '=', 1)
      .executeTakeFirst();
  }

  /** The department: active users holding one of the roles. */
  activeUsersWithRoles(municipalityId: string, roles: readonly string[]): Promise<Recipient[]> {
    return this.db
      .selectFrom('app_user')
      .select(['id', 'email', 'locale', 'role'])
      .where('municipality_id', '=', municipalityId)
      .where('role', 'in', [...roles])
      .where('active', '=', 1)
      .orderBy('email')
      .execute();
  }

  async sentReminderKeys(municipalityId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('deadline_reminder')
      .select(['deadline_id', 'due', 'kind', 'recipient'])
      .where('municipality_id', '=', municipalityId)
      .execute();
    return new Set(rows.map((r) => reminderKey(r.deadline_id, r.due, r.kind, r.recipient)));
  }

  async insertReminder(row: DeadlineReminderTable): Promise<void> {
    await this.db.insertInto('deadline_reminder').values(row).execute();
  }
}

export const reminderKey = (deadlineId: string, due: string, kind: string, recipient: string): string =>
  JSON.stringify([deadlineId, due, kind, recipient]);
