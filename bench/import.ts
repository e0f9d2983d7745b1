import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, sqliteFileIn } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { createArgon2idHasher } from '../src/server/adapters/passwords.js';
import { memoryFileStore } from '../src/server/adapters/file-store.js';
import { UserService } from '../src/server/features/users/user.service.js';
import { systemClock } from '../src/server/adapters/clock.js';
import { round } from './measure.js';

const small = Number(process.env.SVPP_BENCH_IMPORT_SMALL ?? 5_000);
const large = Number(process.env.SVPP_BENCH_IMPORT_LARGE ?? 50_000);
const password = 'bench-password-0001';
const kinds = ['Infosessie', 'Campagne', 'Opleiding of vorming'];
const wijken = ['Centrum', 'Arsenaal', 'Battel', '12025W01'];
const categories = ['Geluidsoverlast', 'Sluikstorten', 'Vandalisme', 'Drugsoverlast'];

const day = (i: number) =>
  `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2019 + (i % 2)}`;

function registrationCsv(rows: number): Buffer {
  const lines = ['Datum;Soort;Bereikt;Wijk;Uren'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${day(i)};${kinds[i % 3]};${(i % 50) + 1};${wijken[i % 4]};${(i % 4) + 1},5`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function registrationXlsx(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activiteiten');
  sheet.addRow(['Datum', 'Soort', 'Bereikt', 'Wijk', 'Uren']);
  for (let i = 0; i < rows; i++) sheet.addRow([day(i), kinds[i % 3], (i % 50) + 1, wijken[i % 4], (i % 4) + 1.5]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function policeCsv(rows: number, offset: number): Buffer {
  const lines = ['PV;Datum;Uur;Feit;Wijk'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `PV-${offset + i};${day(i)};${String(i % 24).padStart(2, '0')}:15;${categories[i % 4]};${wijken[i % 4]}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/**
 * Imports through the real HTTP stack on SQLite (parse, validate every row, insert with rollups and audit, all or
 * nothing): registrations from CSV and XLSX, police records from CSV, each at SVPP_BENCH_IMPORT_SMALL (5,000) and
 * SVPP_BENCH_IMPORT_LARGE (50,000) rows in one run. The baseline is the same import at the small size: `ratio` is
 * rows/s at the large size ÷ rows/s at the small size, so a linear import stays near 1 and a quadratic one falls
 * towards small ÷ large.
 */
export async function benchImport(): Promise<object[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-bench-import-'));
  const records: object[] = [];
  try {
    const config = loadConfig({}, { dataDir: dir, webDir: '/nonexistent', logLevel: 'silent' });
    const db = openDatabase({ sqliteFile: sqliteFileIn(dir) });
    await migrateToLatest(db);
    const hasher = createArgon2idHasher({ memoryCost: 1024, timeCost: 1 });
    await new UserService({ db, clock: systemClock, hasher }).createWithMunicipality('mechelen', {
      email: 'coordinator@mechelen.test',
      displayName: 'coordinator',
      role: 'coordinator',
      locale: 'nl',
      password,
    });
    const { app } = await buildApp({ config, db, hasher, logger: false, fileStore: memoryFileStore() });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'coordinator@mechelen.test', password },
    });
    const cookie = login.cookies.find((c) => c.name === 'svpp_session')?.value ?? '';
    const { csrfToken } = login.json<{ csrfToken: string }>();
    const post = async (url: string, payload: object, rows: number) => {
      const t0 = performance.now();
      const response = await app.inject({
        method: 'POST',
        url,
        payload,
        cookies: { svpp_session: cookie },
        headers: { 'x-csrf-token': csrfToken },
      });
      const seconds = (performance.now() - t0) / 1000;
      const body = response.json<{ imported?: number }>();
      if (response.statusCode !== 200 || body.imported !== rows) {
        throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
      }
      return seconds;
    };
    const mapping = {
      occurredOn: 'Datum',
      wijk: 'Wijk',
      values: { kind: 'Soort', people_reached: 'Bereikt', hours: 'Uren' },
    };
    const cases: { name: string; run: (rows: number, round: number) => Promise<number> }[] = [
      {
        name: 'registrations csv',
        run: (rows) =>
          post(
            '/api/registration-imports',
            {
              filename: 'a.csv',
              contentBase64: registrationCsv(rows).toString('base64'),
              typeKey: 'activity',
              mapping,
              dryRun: false,
            },
            rows,
          ),
      },
      {
        name: 'registrations xlsx',
        run: async (rows) =>
          post(
            '/api/registration-imports',
            {
              filename: 'a.xlsx',
              contentBase64: (await registrationXlsx(rows)).toString('base64'),
              typeKey: 'activity',
              mapping,
              dryRun: false,
            },
            rows,
          ),
      },
      {
        name: 'police csv',
        run: (rows, n) =>
          post(
            '/api/barometer/police-imports',
            {
              filename: 'pv.csv',
              contentBase64: policeCsv(rows, n * 1_000_000).toString('base64'),
              mapping: { reference: 'PV', occurredOn: 'Datum', time: 'Uur', category: 'Feit', wijk: 'Wijk' },
              dryRun: false,
            },
            rows,
          ),
      },
    ];
    let n = 0;
    for (const c of cases) {
      const smallSeconds = await c.run(small, n++);
      const largeSeconds = await c.run(large, n++);
      const smallRate = small / smallSeconds;
      const largeRate = large / largeSeconds;
      records.push({
        bench: 'import',
        database: 'sqlite',
        import: c.name,
        rows: large,
        seconds: round(largeSeconds, 2),
        rows_per_s: round(largeRate, 0),
        baseline: {
          name: `the same import at ${small} rows`,
          rows: small,
          seconds: round(smallSeconds, 2),
          rows_per_s: round(smallRate, 0),
        },
        ratio: round(largeRate / smallRate, 3),
        ratio_means: `rows/s at ${large} ÷ rows/s at ${small} rows (1 = linear; ${round(small / large, 2)} = quadratic)`,
      });
    }
    await app.close();
    await db.close();
    return records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
