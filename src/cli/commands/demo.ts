import { rmSync } from 'node:fs';
import path from 'node:path';
import { type Config, loadConfig } from '../../server/config.js';
import { systemClock } from '../../server/adapters/clock.js';
import { argon2idHasher } from '../../server/adapters/passwords.js';
import { demoPassword, demoUsers, loadDemo } from '../../server/features/demo/demo.service.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';
import { serve } from './serve.js';

async function load(config: Config): Promise<void> {
  await withDatabase(async (db) => {
    const result = await loadDemo({ db, clock: systemClock, hasher: argon2idHasher });
    process.stdout.write(
      `demo loaded into ${db.dialect}: municipality mechelen, ${result.createdUsers.length} new demo account(s), ${result.planImported ? `the Mechelen 2020 plan with its extensions up to ${result.years[1]}, ` : ''}${result.registrations} synthetic registrations (${result.years[0]}–${result.today})\n`,
    );
  }, config);
}

/** `svpp demo load` loads into the configured database; `svpp demo serve` starts fresh in <data>/demo and serves. */
export async function demoCommand(args: string[]): Promise<void> {
  const base = loadConfig();
  if (args[0] === 'load') return load(base);
  if (args[0] !== 'serve') throw new CliError('usage: svpp demo load | svpp demo serve');
  const config: Config = base.databaseUrl ? base : { ...base, dataDir: path.join(base.dataDir, 'demo') };
  if (!base.databaseUrl) rmSync(config.dataDir, { recursive: true, force: true });
  await load(config);
  const admin = demoUsers[0];
  await serve(config, [
    `demo login: ${admin?.email ?? ''} / ${demoPassword}`,
    `other roles: ${demoUsers
      .slice(1)
      .map((u) => `${u.email} (${u.role})`)
      .join(', ')} — same password`,
  ]);
}
