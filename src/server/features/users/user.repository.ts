import type { Kysely, Updateable } from 'kysely';
import type { Database, UserTable } from '../../db/schema.js';

export type UserRow = UserTable;

/** Users; every query is scoped to one municipality except the login look-up by e-mail. */
export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Login only: e-mail addresses are unique across the whole installation. */
  findByEmailForLogin(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
  }

  emailExists(email: string): Promise<boolean> {
    return this.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst().then(Boolean);
  }

  findInMunicipality(municipalityId: string, id: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('app_user')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  listInMunicipality(municipalityId: string): Promise<UserRow[]> {
    return this.db
      .selectFrom('app_user')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('display_name')
      .orderBy('email')
      .execute();
  }

  async countActiveAdmins(municipalityId: string): Promise<number> {
    const row = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('municipality_id', '=', municipalityId)
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(row: UserRow): Promise<void> {
    await this.db.insertInto('app_user').values(row).execute();
  }

  async update(municipalityId: string, id: string, changes: Updateable<UserTable>): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }
}
