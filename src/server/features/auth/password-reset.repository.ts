import type { Kysely } from 'kysely';
import type { Database, PasswordResetTable } from '../../db/schema.js';
import { forUpdate } from '../../db/database.js';

/** The password reset links sent (features/auth/password-reset.service.ts): only the token's hash is kept. */
export class PasswordResetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: PasswordResetTable): Promise<void> {
    await this.db.insertInto('password_reset').values(row).execute();
  }

  /** The link behind a token hash, locked until the transaction ends (it is used at most once). */
  findForUpdate(tokenHash: string): Promise<PasswordResetTable | undefined> {
    return forUpdate(
      this.db,
      this.db.selectFrom('password_reset').selectAll().where('token_hash', '=', tokenHash),
    ).executeTakeFirst();
  }

  /** Marks every unused link of the user used (the one followed and any other still in a mailbox). */
  async useAllOfUser(municipalityId: string, userId: string, at: string): Promise<void> {
    await this.db
      .updateTable('password_reset')
      .set({ used_at: at })
      .where((eb) => eb.and({ municipality_id: municipalityId, user_id: userId, used_at: null }))
      .execute();
  }

  /** Forgets links that expired more than a day ago. */
  async deleteExpiredBefore(before: string): Promise<void> {
    await this.db.deleteFrom('password_reset').where('expires_at', '<', before).execute();
  }
}
