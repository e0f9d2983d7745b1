import { loadConfig } from '../server/config.js';
import { AppError } from '../server/http/app-error.js';
import { errorMessage } from '../shared/errors/error-catalog.js';
import { CliError } from './cli-error.js';
import { auditCommand } from './commands/audit.js';
import { demoCommand } from './commands/demo.js';
import { serve } from './commands/serve.js';
import { userCommand } from './commands/user.js';
import { planCommand } from './commands/plan.js';
import { openDatabase, sqliteFileIn } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';

const usage = `svpp — strategic safety and prevention plans

usage: npm run -s svpp -- <command>
  serve                       serve the app on HOST:PORT
  migrate                     bring the database to the latest schema
  user create --email E --password P --role R --municipality M
  demo load                   load the demo data into the configured database
  demo serve                  fresh demo data directory, demo loaded, then serve
  audit verify                check the audit log's hash chain
  plan parse FILE --format json
  plan import FILE --municipality M [--draft]
  report KIND --municipality M --year Y --format docx|pdf|xlsx --out FILE [--lang nl|fr|en]
  barometer export --municipality M --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|geojson --out FILE [--by month] [--lang nl|fr|en]
  cases overdue --municipality M [--format json|text]
  cases erase-expired         erase personal data past its retention period
  indicators list --municipality M --year Y --format json|csv|xlsx [--lang nl|fr|en] [--out FILE]
  calendar remind             send the deadline reminders due now (the server does so hourly)
  backup --out FILE           one consistent file with the database and the uploaded files (while the server runs)
  restore FILE                bring a backup into an empty data directory or empty database
  gas …                       enforcement at volume (npm run -s svpp -- gas, for its subcommands)`;

const commands: Record<string, (args: string[]) => Promise<void>> = {
  serve: () => serve(loadConfig()),
  migrate: async () => {
    const config = loadConfig();
    const db = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir) });
    try {
      const applied = await migrateToLatest(db);
      process.stdout.write(
        `database (${db.dialect}) is at the latest schema; applied now: ${applied.length ? applied.join(', ') : 'nothing'}\n`,
      );
    } finally {
      await db.close();
    }
  },
  user: userCommand,
  demo: demoCommand,
  audit: auditCommand,
  plan: planCommand,
  report: (args) => import('./commands/report.js').then((m) => m.reportCommand(args)),
  calendar: (args) => import('./commands/calendar.js').then((m) => m.calendarCommand(args)),
  barometer: (args) => import('./commands/barometer.js').then((m) => m.barometerCommand(args)),
  cases: (args) => import('./commands/cases.js').then((m) => m.casesCommand(args)),
  indicators: (args) => import('./commands/indicators.js').then((m) => m.indicatorsCommand(args)),
  backup: (args) => import('./commands/backup.js').then((m) => m.backupCommand(args)),
  restore: (args) => import('./commands/backup.js').then((m) => m.restoreCommand(args)),
  gas: (args) => import('./commands/gas.js').then((m) => m.gasCommand(args)),
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const command = commands[name];
  if (!command) throw new CliError(`unknown command "${name}"\n\n${usage}`, 2);
  await command(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`svpp: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  if (error instanceof AppError) {
    process.stderr.write(
      `svpp: ${error.code}: ${errorMessage(error.code, 'en')}${error.details ? ` ${JSON.stringify(error.details)}` : ''}\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`svpp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
