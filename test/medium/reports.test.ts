import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/shared/api/evaluation.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import type { Locale } from '../../src/shared/i18n/locale.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { loadDemo } from '../../src/server/features/demo/demo.service.js';
import { createTestApp, type Agent, type TestApp, testHasher } from '../support/test-app.js';
import {
  libreOfficeCsvAllSheets,
  pdfFonts,
  pdfPageCount,
  pdfPageSize,
  pdfText,
  requireOfficeTools,
} from '../support/office.js';

// The three reports of the demo (the Mechelen 2020 plan with synthetic 2019–2020 data) through the HTTP route, read
// back
// as a reader would: poppler for the PDFs, LibreOffice for the DOCX and XLSX, exceljs for the cells; then the CLI once.
// SQLite only: the reports read through the plan, indicator and evaluation services, which are tested on both
// databases.
// Set SVPP_KEEP_DOCUMENTS=1 to keep the files (the directory is printed) and look at them.

const run = promisify(execFile);
const kinds = ['plan', 'evaluation', 'activity'] as const;
type Kind = (typeof kinds)[number];
type Format = 'docx' | 'pdf' | 'xlsx';

/** The text with every run of white space (line ends of wrapped cells too) as one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

const evaluationTexts = {
  done: 'Vier overlegmomenten met de buurtwerkers en de wijkagenten (café-overleg, naïeve doelgroep).',
  bottlenecks: 'Personeelstekort in het najaar; de coördinator was afwezig.',
  adjustments: 'Het overleg wordt maandelijks vanaf 2021.',
};

/** What each report must show, per language: fixed texts in that language, the plan's texts as they are. */
const expected: Record<Kind, Record<'nl' | 'fr', string[]>> = {
  plan: {
    nl: [
      'Strategisch veiligheids- en preventieplan 2020',
      'Bijlage bij de overeenkomst',
      '2. SOCIALE OVERLAST',
      'Strategische doelstelling 2.2.1',
      'Jaarrapport NERO-project',
      'minstens 1 per jaar',
      'Financiering',
    ],
    fr: [
      'Plan stratégique de sécurité et de prévention 2020',
      'Annexe à la convention',
      '2. SOCIALE OVERLAST',
      'Objectif stratégique 2.2.1',
      'Jaarrapport NERO-project',
      'au moins 1 par an',
      'Financement',
    ],
  },
  evaluation: {
    nl: [
      "Evaluatie van de actieprogramma's 2020",
      '31/03/2021',
      '2. SOCIALE OVERLAST',
      'Jaarrapport NERO-project',
      'Behaald',
      'Niet behaald',
      'Berekende status',
      'Personeelstekort in het najaar',
      'naïeve doelgroep',
      'Status van de indicatoren per actieprogramma',
    ],
    fr: [
      'Évaluation des programmes d’action 2020',
      '31/03/2021',
      '2. SOCIALE OVERLAST',
      'Jaarrapport NERO-project',
      'Atteint',
      'Non atteint',
      'Statut calculé',
      'Personeelstekort in het najaar',
      'naïeve doelgroep',
      'Statut des indicateurs par programme d’action',
    ],
  },
  activity: {
    nl: [
      'Activiteitenverslag 2020',
      'FOD Binnenlandse Zaken',
      '2. SOCIALE OVERLAST',
      'Jaarrapport NERO-project',
      'Behaald',
      'Kerncijfers',
      'zwakste opgevolgde indicator',
      'Personeelstekort in het najaar',
    ],
    fr: [
      'Rapport d’activités 2020',
      'SPF Intérieur',
      '2. SOCIALE OVERLAST',
      'Jaarrapport NERO-project',
      'Atteint',
      'Chiffres clés',
      'indicateur suivi le plus faible',
      'Personeelstekort in het najaar',
    ],
  },
};

/**
 * Converts several files with one headless LibreOffice (its start is most of the cost), with a throwaway profile as
 * test/support/office.ts does; returns what it wrote into `outDir`.
 */
async function convertAll(files: string[], target: string, outDir: string): Promise<string[]> {
  requireOfficeTools(['soffice']);
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(os.tmpdir(), `svpp-lo-profile-${randomBytes(6).toString('hex')}`);
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readdirSync(outDir)
    .map((name) => path.join(outDir, name))
    .sort();
}

/** The least pages each report takes as a PDF (the demo plan has 16 sections and 141 indicators). */
const minPages: Record<Kind, number> = { plan: 15, evaluation: 15, activity: 8 };

describe('reports of the Mechelen demo (sqlite)', () => {
  let t: TestApp;
  let coordinator: Agent;
  let dir: string;
  let versionId: string;
  const timings: string[] = [];
  const files = new Map<string, Promise<string>>();

  /** Downloads a report once through the route (and checks the answer's headers); later calls reuse the file. */
  const report = (kind: Kind, format: Format, lang: Locale): Promise<string> => {
    const key = `${kind}-${lang}.${format}`;
    let file = files.get(key);
    if (!file) {
      file = (async () => {
        const started = performance.now();
        const response = await coordinator.request({
          method: 'GET',
          url: `/api/reports/${kind}?year=2020&format=${format}&lang=${lang}`,
        });
        timings.push(`${key} ${Math.round(performance.now() - started)} ms`);
        expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
        expect(response.headers['content-type']).toContain(
          { docx: 'wordprocessingml', pdf: 'application/pdf', xlsx: 'spreadsheetml' }[format],
        );
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename="svpp-${kind}-mechelen-2020.${format}"`,
        );
        const target = path.join(dir, key);
        writeFileSync(target, response.rawPayload);
        return target;
      })();
      files.set(key, file);
    }
    return file;
  };

  /** Every DOCX (three kinds, nl and fr) printed to PDF by LibreOffice, once. */
  let printedDocx: Promise<Map<string, string>> | undefined;
  const printed = (kind: Kind, lang: 'nl' | 'fr'): Promise<string> => {
    printedDocx ??= (async () => {
      const docx = await Promise.all(kinds.flatMap((k) => (['nl', 'fr'] as const).map((l) => report(k, 'docx', l))));
      const written = await convertAll(docx, 'pdf', path.join(dir, 'lo-docx'));
      return new Map(written.map((file) => [path.basename(file, '.pdf'), file]));
    })();
    return printedDocx.then((map) => {
      const pdf = map.get(`${kind}-${lang}`);
      if (!pdf) throw new Error(`LibreOffice wrote no PDF for ${kind}-${lang}.docx`);
      return pdf;
    });
  };

  beforeAll(async () => {
    requireOfficeTools();
    dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-reports-'));
    t = await createTestApp('sqlite');
    // The demo lives relative to the day it is loaded: loaded on 31 December 2020, it holds 2019 and 2020.
    t.clock.advance(199 * 86_400_000); // 2020-12-31
    await loadDemo({ db: t.database.db, clock: t.clock, hasher: testHasher });
    t.clock.advance(201 * 86_400_000); // July 2021: 2020 is over, its statuses are final
    coordinator = await t.login('preventie@mechelen.demo', 'mechelen-demo-2020');
    const list = (await coordinator.request({ method: 'GET', url: '/api/evaluations?year=2020' })).json<{
      evaluations: Evaluation[];
    }>();
    const objective = list.evaluations.find((e) => e.number === '2.2.1.1');
    if (!objective) throw new Error('no objective 2.2.1.1');
    const written = await coordinator.request({
      method: 'PUT',
      url: `/api/evaluations/${objective.objectiveId}/2020`,
      payload: { ...evaluationTexts, status: 'at_risk' },
    });
    expect(written.statusCode).toBe(200);
    versionId =
      (await coordinator.request({ method: 'GET', url: '/api/plan-versions' })).json<{
        versions: PlanVersionSummary[];
      }>().versions[0]?.id ?? '';
  });
  afterAll(async () => {
    console.log(`report downloads (render time): ${timings.join(', ')}`);
    await t.close();
    if (process.env.SVPP_KEEP_DOCUMENTS) console.log(`documents kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });

  describe.each(kinds)('the %s report', (kind) => {
    it.each(['nl', 'fr'] as const)('as PDF in %s: A4, fonts embedded, every key text', async (lang) => {
      const pdf = await report(kind, 'pdf', lang);
      expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(minPages[kind]);
      expect(await pdfPageSize(pdf)).toMatch(/A4/);
      expect((await pdfFonts(pdf)).every((font) => font.embedded)).toBe(true);
      const text = oneLine(await pdfText(pdf));
      for (const expectedText of expected[kind][lang]) expect(text).toContain(expectedText);
      expect(text).toMatch(lang === 'nl' ? /Pagina 1 van \d+/ : /Page 1 sur \d+/);
    });

    it.each(['nl', 'fr'] as const)(
      'as DOCX in %s that LibreOffice opens and prints with the same texts',
      async (lang) => {
        const pdfPagesOf = await pdfPageCount(await report(kind, 'pdf', lang));
        const pdf = await printed(kind, lang);
        const pages = await pdfPageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(Math.floor(pdfPagesOf * 0.7));
        expect(pages).toBeLessThanOrEqual(Math.ceil(pdfPagesOf * 1.4));
        const text = oneLine(await pdfText(pdf));
        for (const expectedText of expected[kind][lang]) expect(text).toContain(expectedText);
      },
    );

    it('as XLSX with a row per indicator, in nl and fr', async () => {
      for (const lang of ['nl', 'fr'] as const) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(await report(kind, 'xlsx', lang));
        const indicators = workbook.getWorksheet(lang === 'nl' ? 'Indicatoren' : 'Indicateurs');
        if (!indicators) throw new Error(`no indicator sheet in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
        expect(indicators.rowCount).toBe(141 + 1);
        expect(indicators.getRow(1).font?.bold).toBe(true);
        const cells = indicators
          .getSheetValues()
          .flat()
          .filter((value): value is string => typeof value === 'string');
        expect(cells).toContain('Jaarrapport NERO-project');
        if (kind !== 'plan') expect(cells).toContain(lang === 'nl' ? 'Behaald' : 'Atteint');
      }
    });
  });

  it('writes XLSX files that LibreOffice opens, with the euro amounts and the evaluator’s texts', async () => {
    const written = await convertAll(
      await Promise.all([report('plan', 'xlsx', 'nl'), report('evaluation', 'xlsx', 'nl')]),
      libreOfficeCsvAllSheets,
      path.join(dir, 'csv'),
    );
    const planCsv = written.filter((file) => path.basename(file).startsWith('plan-nl'));
    const evaluationCsv = written.filter((file) => path.basename(file).startsWith('evaluation-nl'));
    expect(planCsv).toHaveLength(4); // three sheets and the printed report's ("Rapport")
    const planText = planCsv.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(planText).toMatch(/810[.,]553[.,]07 €/);
    expect(planText).toContain('minstens 3 per jaar vanaf 2014');
    expect(evaluationCsv).toHaveLength(5);
    const evaluationText = evaluationCsv.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(evaluationText).toContain(evaluationTexts.bottlenecks);
    expect(evaluationText).toContain('Niet behaald');
  });

  it('exports a plan version, and answers bad requests with stable codes in the user’s language', async () => {
    const exported = await coordinator.request({
      method: 'GET',
      url: `/api/plan-versions/${versionId}/export?format=xlsx&lang=en`,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe('attachment; filename="svpp-plan-mechelen-2020.xlsx"');

    const code = async (url: string, lang: Locale = 'nl') => {
      const response = await coordinator.request({
        method: 'GET',
        url,
        headers: { 'accept-language': lang },
        cookies: { svpp_locale: lang },
      });
      return { status: response.statusCode, ...response.json<{ error: { code: string; message: string } }>().error };
    };
    // Every kind of the contract is built now: the guards' and the finance report answer with their documents.
    const guards = await coordinator.request({ method: 'GET', url: '/api/reports/guards?year=2020&format=pdf' });
    expect(guards.statusCode).toBe(200);
    expect(guards.headers['content-type']).toContain('application/pdf');
    expect(
      (await coordinator.request({ method: 'GET', url: '/api/reports/finance?year=2020&format=xlsx&lang=fr' }))
        .statusCode,
    ).toBe(200);
    expect(await code('/api/reports/plan?format=odt')).toMatchObject({
      status: 400,
      code: 'REPORT_FORMAT_UNSUPPORTED',
    });
    expect(await code('/api/reports/budget')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await code('/api/reports/activity?year=1990')).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await code('/api/plan-versions/00000000-0000-4000-8000-000000000000/export')).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });

    // Every role may read reports of its own municipality; a municipality without a plan gets PLAN_NONE; no session,
    // 401.
    const viewer = await t.login('college@mechelen.demo', 'mechelen-demo-2020');
    expect(
      (await viewer.request({ method: 'GET', url: '/api/reports/activity?year=2020&format=xlsx' })).statusCode,
    ).toBe(200);
    await t.seedMunicipality('leeg');
    const other = await t.login('viewer@leeg.test');
    const none = await other.request({ method: 'GET', url: '/api/reports/evaluation?year=2020' });
    expect([none.statusCode, none.json<{ error: { code: string } }>().error.code]).toEqual([404, 'PLAN_NONE']);
    expect((await other.request({ method: 'GET', url: `/api/plan-versions/${versionId}/export` })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/reports/plan' })).statusCode).toBe(401);

    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json<{ paths: Record<string, unknown> }>().paths)).toEqual(
      expect.arrayContaining(['/api/reports/{kind}', '/api/plan-versions/{id}/export']),
    );
  });

  it('writes a report from the command line on the demo data, and refuses a kind it does not know', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-report-cli-'));
    try {
      // The demo loaded into the data directory's SQLite file here (as `svpp demo load` does, with cheap hashing).
      const db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
      await migrateToLatest(db);
      // Loaded on 31 December 2020, the demo holds 2019 and 2020.
      await loadDemo({ db, clock: new ManualClock(new Date('2020-12-31T09:00:00Z')), hasher: testHasher });
      await db.close();
      const env = { ...process.env, SVPP_DATA_DIR: dataDir, DATABASE_URL: '', SVPP_LOG_LEVEL: 'silent' };
      const cli = (args: string[]) =>
        run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
          env,
          encoding: 'utf8',
          timeout: 120_000,
        }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => ({
            code: error.code,
            stdout: error.stdout,
            stderr: error.stderr,
          }),
        );
      const out = path.join(dataDir, 'plan.pdf');
      const [written, unknown] = await Promise.all([
        cli([
          'report',
          'plan',
          '--municipality',
          'mechelen',
          '--year',
          '2020',
          '--format',
          'pdf',
          '--out',
          out,
          '--lang',
          'fr',
        ]),
        cli([
          'report',
          'budget',
          '--municipality',
          'mechelen',
          '--year',
          '2020',
          '--format',
          'pdf',
          '--out',
          path.join(dataDir, 'budget.pdf'),
        ]),
      ]);
      expect(written, written.stderr).toMatchObject({ code: 0 });
      expect(written.stdout).toContain(`wrote ${out}`);
      expect(await pdfPageCount(out)).toBeGreaterThanOrEqual(minPages.plan);
      expect(oneLine(await pdfText(out, { first: 1, last: 3 }))).toContain(
        'Plan stratégique de sécurité et de prévention 2020',
      );
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toContain('usage: svpp report plan|evaluation|activity|guards|finance');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
