import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorsCommand } from '../../src/cli/commands/indicators.js';
import { CliError } from '../../src/cli/cli-error.js';
import { type IndicatorTable, indicatorTableSchema } from '../../src/shared/api/indicator-table.schema.js';
import type { IndicatorState, Overview } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import type { Registration } from '../../src/shared/api/registrations.schema.js';
import { computationKey, type IndicatorLinkInput } from '../../src/shared/indicators/indicator-query.js';
import type { Subject } from '../../src/shared/subjects/subject.js';
import { sqliteFileIn } from '../../src/server/db/database.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const run = promisify(execFile);
const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const allIndicators = (o: Overview): IndicatorState[] =>
  o.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));
const cprText = /^Aantal vergaderingen van de CPR/i;

const inputOf = (i: IndicatorState): IndicatorLinkInput | null => {
  if (i.link?.state !== 'confirmed') return null;
  if (i.link.mode === 'query' && i.link.query) return { mode: 'query', query: i.link.query };
  if (i.link.mode === 'ratio' && i.link.ratio) return { mode: 'ratio', ratio: i.link.ratio };
  return null;
};

/** Splits CSV text (`;`, quotes doubled) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe.each(dialects)('the indicator table on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let overview: () => Promise<Overview>;
  let cpr: IndicatorState;
  let cprSubject: Subject;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
    const version = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: mechelen, confirm: true },
      })
    ).json<PlanVersionSummary>();
    expect(version.status).toBe('confirmed');
    overview = async () =>
      (await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<Overview>();
    expect(
      (await coordinator.request({ method: 'POST', url: '/api/indicators/proposals', payload: {} })).statusCode,
    ).toBe(200);
    const waiting = allIndicators(await overview())
      .filter((i) => i.proposal !== null)
      .map((i) => i.id);
    expect(waiting.length).toBeGreaterThan(100);
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/indicators/proposals/confirm',
          payload: { indicatorIds: waiting },
        })
      ).json(),
    ).toMatchObject({ confirmed: waiting.length });
    const found = allIndicators(await overview()).find((i) => cprText.test(i.text));
    if (!found) throw new Error('no CPR indicator');
    cpr = found;
    const subjectId = cpr.link?.query?.subjectId;
    const subjects = (await coordinator.request({ method: 'GET', url: '/api/subjects?typeKey=meeting' })).json<{
      subjects: Subject[];
    }>().subjects;
    const subject = subjects.find((s) => s.id === subjectId);
    if (!subject) throw new Error('the CPR indicator reads no subject');
    cprSubject = subject;
  });
  afterAll(() => t.close());

  it('computes at least 90 % of the Mechelen indicators once the proposals are confirmed, no two about different subjects on one computation', async () => {
    const indicators = allIndicators(await overview());
    expect(indicators).toHaveLength(141);
    const computed = indicators.filter(
      (i) => i.link?.state === 'confirmed' && (i.link.mode === 'query' || i.link.mode === 'ratio'),
    );
    expect(computed.length / indicators.length).toBeGreaterThanOrEqual(0.9);
    // Every computed indicator reads its own subject; one computation is never shared by two subjects' indicators.
    const byKey = new Map<string, IndicatorState[]>();
    for (const indicator of computed) {
      const key = computationKey(inputOf(indicator) as IndicatorLinkInput);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), indicator]);
    }
    const shared = [...byKey.values()].filter((group) => group.length > 1);
    for (const group of shared) {
      const subjectSets = new Set(
        group.map((i) =>
          (i.link?.subjects ?? [])
            .map((s) => s.id)
            .sort()
            .join(','),
        ),
      );
      expect(subjectSets.size, group.map((i) => i.text).join(' | ')).toBe(1);
      expect(
        group.map((i) => i.link?.subjects?.length ?? 0).every((n) => n > 0),
        group.map((i) => i.text).join(' | '),
      ).toBe(true);
    }
    // The rest stay manual with a reason.
    const manual = indicators.filter((i) => i.link?.mode === 'manual');
    expect(manual.length + computed.length).toBe(indicators.length);
  });

  it('lists every indicator in plan order with the CPR meeting counted, its target and computation in words', async () => {
    const saved = await coordinator.request({
      method: 'POST',
      url: '/api/registrations',
      payload: { typeKey: 'meeting', occurredOn: '2020-03-10', subjectId: cprSubject.id, values: { kind: 'cpr' } },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const response = await coordinator.request({
      method: 'GET',
      url: '/api/indicators/table?year=2020&format=json&lang=nl',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toBe('attachment; filename="indicatoren-mechelen-2020.json"');
    const table = indicatorTableSchema.parse(response.json());
    expect(table).toMatchObject({ municipality: 'mechelen', year: 2020 });
    const o = await overview();
    expect(table.indicators.map((r) => r.indicatorId)).toEqual(allIndicators(o).map((i) => i.id));
    const row = table.indicators.find((r) => cprText.test(r.text));
    expect(row).toMatchObject({
      section: expect.any(String) as unknown,
      objective: expect.stringMatching(/^\d+(\.\d+)+$/) as unknown,
      value: 1,
      sources: 1,
      status: 'Risico',
      statusCode: 'at_risk',
      target: 'minstens 3 per jaar',
      manualReason: null,
      proposal: null,
      link: {
        mode: 'query',
        state: 'confirmed',
        subjects: [{ id: cprSubject.id, name: cprSubject.name }],
        computation: `aantal vergaderingen van ‘${cprSubject.name}’`,
      },
    });
    expect(row?.link?.query).toMatchObject({ typeKey: 'meeting', subjectId: cprSubject.id, measure: 'count' });
    // A ratio in words: numerator / denominator (× 100 for a percentage).
    const ratio = table.indicators.find((r) => r.link?.mode === 'ratio' && r.link.ratio?.scale === 100);
    expect(ratio?.link?.computation).toMatch(/^aantal .+ van ‘.+’ \/ laatste telling van ‘.+’.* × 100$/);
    expect(ratio?.link?.subjects).toHaveLength(2);
    // Manual rows say why; they have no sources.
    const manual = table.indicators.filter((r) => r.link?.mode === 'manual');
    expect(manual.length).toBeGreaterThan(0);
    for (const r of manual) {
      expect(r).toMatchObject({
        manualReason: expect.any(String) as unknown,
        sources: null,
        link: { computation: expect.stringMatching(/^manuele waarden: /) as unknown },
      });
    }
    // French words on request.
    const fr = indicatorTableSchema.parse(
      (await coordinator.request({ method: 'GET', url: '/api/indicators/table?year=2020&format=json&lang=fr' })).json(),
    );
    expect(fr.indicators.find((r) => cprText.test(r.text))).toMatchObject({
      status: 'À risque',
      target: 'au moins 3 par an',
      link: { computation: `nombre de réunions de « ${cprSubject.name} »` },
    });
  });

  it('shows a proposal waiting for confirmation as the proposal, not as the link', async () => {
    const some = allIndicators(await overview()).find((i) => i.link?.mode === 'query' && !cprText.test(i.text));
    if (!some) throw new Error('no computed indicator');
    expect((await coordinator.request({ method: 'DELETE', url: `/api/indicators/${some.id}/link` })).statusCode).toBe(
      200,
    );
    let table = (
      await coordinator.request({ method: 'GET', url: '/api/indicators/table?year=2020&format=json' })
    ).json<IndicatorTable>();
    expect(table.indicators.find((r) => r.indicatorId === some.id)).toMatchObject({
      link: null,
      proposal: null,
      sources: null,
      status: 'Geen gegevens',
    });
    // Linked again by hand: a confirmed link.
    const query = some.link?.query;
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/indicators/${some.id}/link`,
          payload: { mode: 'query', query },
        })
      ).statusCode,
    ).toBe(200);
    table = (
      await coordinator.request({ method: 'GET', url: '/api/indicators/table?year=2020&format=json' })
    ).json<IndicatorTable>();
    expect(table.indicators.find((r) => r.indicatorId === some.id)).toMatchObject({
      link: { state: 'confirmed', mode: 'query' },
      proposal: null,
    });
  });

  it('exports CSV with a byte order mark and `;`, and XLSX with one row per indicator', async () => {
    const count = allIndicators(await overview()).length;
    const csv = await coordinator.request({ method: 'GET', url: '/api/indicators/table?year=2020&format=csv&lang=nl' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="indicatoren-mechelen-2020.csv"');
    const bytes = csv.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([
      'Fenomeen',
      'Doelstelling',
      'Indicator',
      'Streefwaarde',
      'Berekening',
      'Koppeling',
      'Reden manueel',
      'Waarde',
      'Status',
      'Toelichting status',
      'Registraties',
      'Na te kijken',
    ]);
    expect(rows).toHaveLength(count + 1);
    const cprRow = rows.find((r) => cprText.test(r[2] ?? ''));
    expect(cprRow?.slice(7, 9)).toEqual(['1', 'Risico']);
    expect(cprRow?.[10]).toBe('1');
    // No cell starts as a formula for Excel.
    for (const r of rows) for (const field of r) expect(/^[=+\-@]/.test(field), field).toBe(false);

    const xlsx = await coordinator.request({
      method: 'GET',
      url: '/api/indicators/table?year=2020&format=xlsx&lang=en',
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="indicatoren-mechelen-2020.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(count + 1);
    expect(sheet?.getRow(1).getCell(3).value).toBe('Indicator');
    const xlsxCpr = sheet?.getRows(2, count)?.find((r) => cprText.test(r.getCell(3).text));
    expect([xlsxCpr?.getCell(8).value, xlsxCpr?.getCell(9).value, xlsxCpr?.getCell(11).value]).toEqual([
      1,
      'At risk',
      1,
    ]);
  });

  it('is read with plan.read and in the reader’s language; bad formats are refused', async () => {
    const viewer = await t.login('viewer@mechelen.test');
    // The user's own language (nl), or the language chosen in the app (cookie), unless `lang` says otherwise.
    expect(
      (
        await viewer.request({
          method: 'GET',
          url: '/api/indicators/table?year=2020',
          headers: { 'accept-language': 'fr-BE' },
        })
      ).json<IndicatorTable>(),
    ).toMatchObject({ lang: 'nl' });
    const fr = await viewer.request({
      method: 'GET',
      url: '/api/indicators/table?year=2020',
      cookies: { svpp_locale: 'fr' },
    });
    expect(fr.statusCode).toBe(200);
    expect(fr.json<IndicatorTable>()).toMatchObject({ lang: 'fr' });
    expect(
      (
        await viewer.request({
          method: 'GET',
          url: '/api/indicators/table?year=2020&lang=en',
          cookies: { svpp_locale: 'fr' },
        })
      ).json<IndicatorTable>(),
    ).toMatchObject({ lang: 'en' });
    expect((await viewer.request({ method: 'GET', url: '/api/indicators/table?format=pdf' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/indicators/table' })).statusCode).toBe(401);
  });

  it('prints the same JSON from the command line, in process and as the `svpp` command', async () => {
    let printed = '';
    const io = {
      withDatabase: <T>(open: (db: typeof t.database.db) => Promise<T>) => open(t.database.db),
      stdout: (chunk: string | Buffer) => {
        printed += chunk.toString();
      },
      clock: t.clock,
    };
    await indicatorsCommand(
      ['list', '--municipality', 'mechelen', '--year', '2020', '--format', 'json', '--lang', 'en'],
      io,
    );
    const table = indicatorTableSchema.parse(JSON.parse(printed));
    expect(Object.keys(table).slice(0, 3)).toEqual(['municipality', 'year', 'asOf']);
    for (const key of [
      'section',
      'objective',
      'text',
      'target',
      'link',
      'proposal',
      'manualReason',
      'value',
      'status',
      'sources',
    ]) {
      expect(Object.keys(table.indicators[0] ?? {})).toContain(key);
    }
    expect(table.indicators.find((r) => cprText.test(r.text))).toMatchObject({
      value: 1,
      sources: 1,
      status: 'At risk',
      link: { computation: `number of meetings of ‘${cprSubject.name}’` },
    });
    const refused = async (args: string[]) =>
      indicatorsCommand(args, io).then(
        () => null,
        (error: unknown) => error,
      );
    expect(await refused(['list', '--municipality', 'mechelen', '--year', '2020', '--format', 'xlsx'])).toMatchObject({
      exitCode: 2,
    });
    expect(
      await refused(['list', '--municipality', 'mechelen', '--year', '2020', '--format', 'json', '--lang', 'de']),
    ).toMatchObject({ exitCode: 2 });
    const unknown = await refused(['list', '--municipality', 'nowhere', '--year', '2020', '--format', 'json']);
    expect(unknown).toBeInstanceOf(CliError);
    expect((unknown as CliError).message).toContain('"nowhere" does not exist');

    // The real command in a child process, on this test's database (SQLite copied into a data directory).
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-indicators-cli-'));
    try {
      if (dialect === 'sqlite') await sql`vacuum into ${sqliteFileIn(dataDir)}`.execute(t.database.db.kysely);
      const env = {
        ...process.env,
        SVPP_DATA_DIR: dataDir,
        DATABASE_URL: dialect === 'postgres' ? (t.database.url ?? '') : '',
        SVPP_LOG_LEVEL: 'silent',
      };
      const cli = (args: string[]) =>
        run(
          process.execPath,
          [
            '--import',
            'tsx',
            'src/cli/main.ts',
            'indicators',
            'list',
            '--municipality',
            'mechelen',
            '--year',
            '2020',
            ...args,
          ],
          { env, encoding: 'buffer', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
        ).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr: stderr.toString() }),
          (error: { code: number; stdout: Buffer; stderr: Buffer }) => ({
            code: error.code,
            stdout: error.stdout,
            stderr: error.stderr.toString(),
          }),
        );
      const out = path.join(dataDir, 'table.xlsx');
      const [json, csv, xlsx, noOut] = await Promise.all([
        cli(['--format', 'json']),
        cli(['--format', 'csv', '--lang', 'fr']),
        cli(['--format', 'xlsx', '--out', out]),
        cli(['--format', 'xlsx']),
      ]);
      expect(json, json.stderr).toMatchObject({ code: 0 });
      const child = indicatorTableSchema.parse(JSON.parse(json.stdout.toString('utf8')));
      expect(child.indicators.map((r) => r.indicatorId)).toEqual(table.indicators.map((r) => r.indicatorId));
      expect(child.indicators.find((r) => cprText.test(r.text))).toMatchObject({ value: 1, sources: 1 });
      expect(csv, csv.stderr).toMatchObject({ code: 0 });
      expect([...csv.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.stdout.toString('utf8').split('\r\n')[0]).toBe(
        '\uFEFFPhénomène;Objectif;Indicateur;Valeur cible;Calcul;Liaison;Raison manuelle;Valeur;Statut;Explication du statut;Enregistrements;À vérifier',
      );
      expect(xlsx, xlsx.stderr).toMatchObject({ code: 0 });
      expect(xlsx.stdout.toString()).toContain(`wrote ${out}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      expect(workbook.worksheets[0]?.rowCount).toBe(table.indicators.length + 1);
      expect(noOut.code).toBe(2);
      expect(noOut.stderr).toContain('--format xlsx needs --out FILE');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('says what a saved registration counts for', async () => {
    const saved = (
      await coordinator.request({
        method: 'POST',
        url: '/api/registrations',
        payload: { typeKey: 'meeting', occurredOn: '2020-05-10', subjectId: cprSubject.id, values: { kind: 'cpr' } },
      })
    ).json<Registration>();
    expect(saved.countsFor).toEqual([
      expect.objectContaining({ indicatorId: cpr.id, text: cpr.text, value: 2, required: 3 }),
    ]);
  });
});
