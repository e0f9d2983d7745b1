/** People who sign in (features/users, features/auth): accounts and sessions. Part of `Database` (../schema.ts). */

export interface UserTable {
  id: string;
  municipality_id: string;
  email: string;
  display_name: string;
  role: string;
  locale: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionTable {
  /** sha256 of the cookie token: a leaked table does not leak sessions. */
  id: string;
  municipality_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** A password reset link sent by e-mail (migration 0016): valid once, for 30 minutes. */
export interface PasswordResetTable {
  id: string;
  municipality_id: string;
  user_id: string;
  /** sha256 of the link's token: the token itself is never stored. */
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface UsersTables {
  app_user: UserTable;
  session: SessionTable;
  password_reset: PasswordResetTable;
}
