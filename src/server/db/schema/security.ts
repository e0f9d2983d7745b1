/**
 * State shared by every server process for sign-in and limits (migration 0015): login throttle, rate limits, secrets.
 * Part of `Database` (../schema.ts).
 */

/** Failed logins per (e-mail, address) — `kind` 'account' — or per address — `kind` 'address'. */
export interface LoginThrottleTable {
  /** `account:<email>|<address>` or `address:<address>`. */
  key: string;
  kind: string;
  /** The targeted user's municipality (null for an unknown e-mail and for address rows). */
  municipality_id: string | null;
  email: string | null;
  address: string;
  failures: number;
  /** Start of the counting window (address rows) or of the streak (account rows). */
  first_failure_at: string;
  last_failure_at: string;
  /** No try before this moment (null: not blocked). */
  blocked_until: string | null;
}

/** One counted hit of a sliding-window rate limit. */
interface RateLimitHitTable {
  id: string;
  municipality_id: string | null;
  bucket: string;
  at: string;
  /** When the hit leaves every window (pruned after). */
  expires_at: string;
}

/** A secret made once for the installation and shared by its processes. */
interface ServerSecretTable {
  name: string;
  municipality_id: string | null;
  value: string;
  created_at: string;
}

export interface SecurityTables {
  login_throttle: LoginThrottleTable;
  rate_limit_hit: RateLimitHitTable;
  server_secret: ServerSecretTable;
}
