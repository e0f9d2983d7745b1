import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The only place that reads process.env. Everything else receives a Config. */
export interface Config {
  host: string;
  port: number;
  /** Where the embedded database and uploaded files live. */
  dataDir: string;
  /** `undefined` → SQLite file in dataDir; a postgres:// URL → PostgreSQL. */
  databaseUrl: string | undefined;
  /** Directory of the built web app (vite build output). */
  webDir: string;
  /** Send the session cookie with `Secure` (behind HTTPS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** A session unused this many minutes ends (SVPP_SESSION_IDLE_MINUTES, default 30), before its absolute lifetime. */
  sessionIdleMinutes: number;
  logLevel: string;
  version: string;
  /** SMTP server for outgoing mail (`smtp://…`, `smtps://…`); unset → mail waits in the outbox. */
  smtpUrl: string | undefined;
  /** The sender of outgoing mail. */
  mailFrom: string;
  /** The address users reach svpp at, for links in mails and calendar feeds. */
  publicUrl: string;
  /** Start-up: how often to try reaching the database before giving up (SVPP_DB_STARTUP_TRIES, default 30). */
  dbStartupTries: number;
  /** Start-up: milliseconds between those tries (SVPP_DB_STARTUP_DELAY_MS, default 1000). */
  dbStartupDelayMs: number;
  /**
   * The account GAS fines are paid to, printed on the letters (SVPP_GAS_IBAN, mod-97 checked); unset → "not
   * configured".
   */
  gasIban: string | undefined;
}

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

class ConfigError extends Error {}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

/** An IBAN written in groups of four ("BE68 5390 0754 7034"), its mod-97 check verified; undefined when unset. */
function ibanFrom(raw: string | undefined): string | undefined {
  const compact = raw?.replace(/\s+/g, '').toUpperCase();
  if (!compact) return undefined;
  const digits = `${compact.slice(4)}${compact.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) || BigInt(digits) % 97n !== 1n) {
    throw new ConfigError(`SVPP_GAS_IBAN must be an IBAN with valid check digits (got "${raw}")`);
  }
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Reads and validates the environment; throws ConfigError with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL, or unset for the embedded SQLite database');
  }
  const smtpUrl = env.SVPP_SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SVPP_SMTP_URL must be an smtp:// or smtps:// URL');
  }
  const gasIban = ibanFrom(env.SVPP_GAS_IBAN);
  const host = env.HOST?.trim() || '127.0.0.1';
  const port = intFrom('PORT', env.PORT, 3000, 0, 65535);
  return {
    host,
    port,
    dataDir: path.resolve(env.SVPP_DATA_DIR?.trim() || path.join(process.cwd(), 'data')),
    databaseUrl,
    webDir: path.resolve(env.SVPP_WEB_DIR?.trim() || path.join(projectRoot, 'dist', 'web')),
    secureCookies: env.SVPP_SECURE_COOKIES === 'true',
    sessionTtlHours: intFrom('SVPP_SESSION_TTL_HOURS', env.SVPP_SESSION_TTL_HOURS, 12, 1, 24 * 30),
    sessionIdleMinutes: intFrom('SVPP_SESSION_IDLE_MINUTES', env.SVPP_SESSION_IDLE_MINUTES, 30, 1, 24 * 60 * 30),
    logLevel: env.SVPP_LOG_LEVEL?.trim() || 'info',
    version: readVersion(),
    smtpUrl,
    mailFrom: env.SVPP_MAIL_FROM?.trim() || 'svpp <noreply@svpp.invalid>',
    publicUrl: (env.SVPP_PUBLIC_URL?.trim() || `http://${host}:${port}`).replace(/\/+$/, ''),
    dbStartupTries: intFrom('SVPP_DB_STARTUP_TRIES', env.SVPP_DB_STARTUP_TRIES, 30, 1, 10_000),
    dbStartupDelayMs: intFrom('SVPP_DB_STARTUP_DELAY_MS', env.SVPP_DB_STARTUP_DELAY_MS, 1000, 10, 600_000),
    gasIban,
    ...overrides,
  };
}
