import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { gasCommand } from '../../src/cli/commands/gas.js';
import { newId } from '../../src/server/adapters/tokens.js';
import { type Db, openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { AppError } from '../../src/server/http/app-error.js';
import type {
  HolderImportResult,
  LetterBatch,
  PaymentImportResult,
} from '../../src/shared/api/enforcement-procedure.schema.js';
import { addDays, todayIn } from '../../src/shared/calendar/days.js';
import { holderCsv, insertArticle, insertFindings } from '../support/gas-procedure-fixtures.js';

const run = promisify(execFile);

/**
 * `svpp gas holders|letters|payments` (src/cli/commands/gas-procedure.ts) in this process, on a SQLite file in a
 * throwaway data directory as the CLI opens it (SVPP_DATA_DIR); the services behind them are tested on both
 * dialects in enforcement-procedure.test.ts. One child process checks what the shell sees of a refusal.
 */
describe('svpp gas holders, letters, payments', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-gas-cli-'));
  const file = (name: string, content: string | Buffer): string => {
    const target = path.join(dataDir, name);
    writeFileSync(target, content);
    return target;
  };
  const camt = (name: string): string => path.join(import.meta.dirname, '../fixtures/camt', name);
  let db: Db;

  /** Runs `svpp gas …args` and answers what it printed, the exit code it set, or what it threw. */
  async function gas(args: string[]): Promise<{ stdout: string; exitCode: number; error: unknown }> {
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    let error: unknown = null;
    try {
      await gasCommand(args);
    } catch (caught) {
      error = caught;
    } finally {
      write.mockRestore();
    }
    const exitCode = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    return { stdout: written.join(''), exitCode, error };
  }
  const json = <T>(out: { stdout: string; error: unknown }): T => {
    expect(out.error).toBeNull();
    return JSON.parse(out.stdout) as T;
  };

  beforeAll(async () => {
    db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    await migrateToLatest(db);
    const id = newId();
    await db.kysely
      .insertInto('municipality')
      .values({ id, municipality_id: id, slug: 'gasstad', name: 'Gasstad', created_at: new Date().toISOString() })
      .execute();
    // The commands run on the real clock: findings of ten days ago, far from their prescription.
    const today = todayIn('Europe/Brussels', new Date());
    const article = await insertArticle(db, id);
    await insertFindings(
      db,
      id,
      article,
      [1, 2, 3].map((sequence) => ({
        sequence,
        plate: `1-ABC-00${sequence}`,
        observedOn: addDays(today, -10),
        prescriptionOn: addDays(today, 170),
      })),
    );
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const useDataDir = () => {
    vi.stubEnv('SVPP_DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('SVPP_GAS_IBAN', 'BE68 5390 0754 7034');
  };

  const holders = holderCsv([
    ['1-ABC-001', 'BE', 'Synthetische Houder Een', 'Proefstraat 1', '2800', 'Mechelen', 'BE', 'nl'],
    ['1abc002', 'be', 'Titulaire Synthétique Deux', 'Rue d’Essai 2', '1000', 'Bruxelles', 'BE', 'fr'],
    ['1-ABC-003', 'BE', '', '', '', '', '', ''],
    ['1-ZZZ-999', 'BE', 'Niemand Synthetisch', 'Nergens 1', '2800', 'Mechelen', 'BE', 'nl'],
  ]);

  it('holders: a dry run, the import, the same file again; a file with a bad row is refused whole', async () => {
    useDataDir();
    const div = file('div.csv', holders);
    const dry = json<HolderImportResult>(
      await gas(['holders', div, '--municipality', 'gasstad', '--dry-run', '--format', 'json']),
    );
    expect(dry).toMatchObject({ dryRun: true, identified: 2, notFound: 1, unmatched: 1, imported: 0, rejected: [] });

    const read = await gas(['holders', div, '--municipality', 'gasstad']);
    expect(read).toMatchObject({ exitCode: 0, error: null });
    expect(read.stdout).toBe(`read ${div}: 2 identified, 1 not found, 1 rows matching no finding, 0 rejected\n`);
    const again = await gas(['holders', file('div-again.csv', holders), '--municipality', 'gasstad']);
    expect(again.stdout).toContain('this file was read before; nothing done');

    const bad = file(
      'bad.csv',
      holderCsv([
        ['1-QQ', 'BE', 'X', 'Y', '1', 'Z', 'BE', 'nl'],
        ['1-ABC-003', 'BE', 'Zonder taal', 'Proefstraat 3', '2800', 'Mechelen', 'BE', 'xx'],
      ]),
    );
    // A dry run lists the rejected rows and exits 1; the import itself is refused with the stable code.
    const checked = await gas(['holders', bad, '--municipality', 'gasstad', '--dry-run', '--format', 'json']);
    expect(checked.exitCode).toBe(1);
    expect(json<HolderImportResult>(checked).rejected).toHaveLength(2);
    const refused = await gas(['holders', bad, '--municipality', 'gasstad']);
    expect(refused.error).toBeInstanceOf(AppError);
    expect(refused.error).toMatchObject({ code: 'GAS_IMPORT_REJECTED' });
    const columns = await gas([
      'holders',
      file('columns.csv', 'kenteken;naam\n1-ABC-001;x\n'),
      '--municipality',
      'gasstad',
    ]);
    expect(columns.error).toMatchObject({ code: 'GAS_HOLDER_FILE_COLUMNS' });

    // Usage: no file, no municipality, an unknown format → exit 2; an unknown municipality or file → exit 1.
    for (const args of [
      ['holders', '--municipality', 'gasstad'],
      ['holders', div],
      ['holders', div, '--municipality', 'gasstad', '--format', 'xml'],
      ['holders', div, '--municipality', 'gasstad', '--bogus'],
    ]) {
      const usage = await gas(args);
      expect(usage.error, args.join(' ')).toBeInstanceOf(CliError);
      expect(usage.error, args.join(' ')).toMatchObject({ exitCode: 2 });
    }
    expect((await gas(['holders', div, '--municipality', 'nowhere'])).error).toMatchObject({
      exitCode: 1,
      message: 'municipality "nowhere" does not exist',
    });
    expect(
      (await gas(['holders', path.join(dataDir, 'missing.csv'), '--municipality', 'gasstad'])).error,
    ).toMatchObject({ exitCode: 1, message: expect.stringContaining('ENOENT') as unknown });
  });

  it('letters: one notification batch of the identified findings as DOCX and PDF; then nothing left to send', async () => {
    useDataDir();
    const out = path.join(dataDir, 'post');
    const made = json<{ batch: LetterBatch; files: string[] }>(
      await gas(['letters', '--municipality', 'gasstad', '--kind', 'notification', '--out', out, '--format', 'json']),
    );
    expect(made.batch).toMatchObject({ kind: 'notification', letters: 2 });
    expect(made.files.map((f) => path.extname(f))).toEqual(['.docx', '.pdf']);
    for (const written of made.files) {
      expect(path.dirname(written)).toBe(out);
      expect(statSync(written).size).toBeGreaterThan(0);
    }
    expect(readFileSync(made.files[0]!).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(made.files[1]!).subarray(0, 5).toString()).toBe('%PDF-');

    const none = await gas(['letters', '--municipality', 'gasstad', '--kind', 'notification', '--out', out]);
    expect(none.stdout).toBe('no notification letters to make\n');
    const reminders = await gas(['letters', '--municipality', 'gasstad', '--kind', 'reminder', '--out', out]);
    expect(reminders.stdout).toBe('no reminder letters to make\n');

    const kind = await gas(['letters', '--municipality', 'gasstad', '--kind', 'invoice', '--out', out]);
    expect(kind.error).toBeInstanceOf(CliError);
    expect(kind.error).toMatchObject({ exitCode: 2, message: expect.stringContaining('--kind must be') as unknown });
    for (const args of [
      ['letters', '--municipality', 'gasstad', '--kind', 'notification'],
      ['letters', '--kind', 'notification', '--out', out],
      ['letters', 'extra', '--municipality', 'gasstad', '--kind', 'notification', '--out', out],
    ]) {
      expect((await gas(args)).error, args.join(' ')).toMatchObject({ exitCode: 2 });
    }
    expect(
      (await gas(['letters', '--municipality', 'nowhere', '--kind', 'notification', '--out', out])).error,
    ).toMatchObject({ exitCode: 1 });
    // An IBAN with wrong check digits is refused before anything is made.
    vi.stubEnv('SVPP_GAS_IBAN', 'BE00 5390 0754 7034');
    expect(
      (await gas(['letters', '--municipality', 'gasstad', '--kind', 'notification', '--out', out])).error,
    ).toMatchObject({ message: expect.stringContaining('SVPP_GAS_IBAN') as unknown });
  });

  it('payments: a CAMT.053 statement checked, read, and recognised when read again; a file that is no CAMT is refused', async () => {
    useDataDir();
    const statement = camt('camt053-001-02.xml');
    const dry = json<PaymentImportResult>(
      await gas(['payments', statement, '--municipality', 'gasstad', '--dry-run', '--format', 'json']),
    );
    expect(dry).toMatchObject({
      dryRun: true,
      entries: 5,
      duplicates: 1,
      matched: 1,
      partial: 1,
      invalid: 1,
      unmatched: 1,
      imported: 0,
    });
    expect(dry.lines.find((l) => l.match === 'invalid')?.code).toBe('GAS_COMMUNICATION_INVALID');

    const read = await gas(['payments', statement, '--municipality', 'gasstad']);
    expect(read.error).toBeNull();
    const [summary, ...lines] = read.stdout.trimEnd().split('\n');
    expect(summary).toMatch(
      new RegExp(`^read ${statement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 5 entries, 1 matched, 1 partial, `),
    );
    expect(lines.some((l) => l.startsWith('  invalid (GAS_COMMUNICATION_INVALID): SYNTH-REF-'))).toBe(true);
    const again = json<PaymentImportResult>(
      await gas(['payments', statement, '--municipality', 'gasstad', '--format', 'json']),
    );
    expect(again).toMatchObject({ repeated: true, imported: 0 });

    const notCamt = await gas(['payments', camt('not-camt.xml'), '--municipality', 'gasstad', '--dry-run']);
    expect(notCamt.error).toBeInstanceOf(AppError);
    expect(notCamt.error).toMatchObject({ code: 'GAS_CAMT_INVALID' });
    expect((await gas(['payments', camt('entity.xml'), '--municipality', 'gasstad'])).error).toMatchObject({
      code: 'GAS_CAMT_INVALID',
    });
    for (const args of [
      ['payments', '--municipality', 'gasstad'],
      ['payments', statement],
      ['payments', statement, 'x', '--municipality', 'gasstad'],
    ]) {
      expect((await gas(args)).error, args.join(' ')).toMatchObject({ exitCode: 2 });
    }
  });

  it('what the shell sees: a refused statement exits 1 with its stable code, a usage error exits 2', async () => {
    const env = { ...process.env, SVPP_DATA_DIR: dataDir, DATABASE_URL: '', SVPP_LOG_LEVEL: 'silent' };
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'gas', ...args], { env, timeout: 60_000 }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const [refused, usage] = await Promise.all([
      cli(['payments', camt('not-camt.xml'), '--municipality', 'gasstad', '--dry-run']),
      cli(['letters', '--municipality', 'gasstad', '--kind', 'invoice', '--out', dataDir]),
    ]);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/^svpp: GAS_CAMT_INVALID: /);
    expect(usage.code, usage.stderr).toBe(2);
    expect(usage.stderr).toContain('svpp: --kind must be notification or reminder (got "invoice")');
  }, 120_000);
});
