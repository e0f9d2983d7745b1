import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementService } from '../../src/server/features/enforcement/agreements.service.js';
import { GasReportService } from '../../src/server/features/enforcement/gas-report.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { finding, insertArticle, insertFindings, step } from '../support/gas-fixtures.js';
import { pdfText } from '../support/office.js';

/**
 * The GASAM yearly report and the workflow description (issue 18): the three formats open, and the figures are the
 * data's — per member and for the association, within the agreements' dates, with the two years before.
 */
describe.each(dialects)('GAS reports on %s', (dialect) => {
  let t: TestApp;
  let reports: GasReportService;
  const ids: Record<string, string> = {};
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const slug of ['gasam', 'alpha', 'beta']) ids[slug] = await t.seedMunicipality(slug);
    const db = t.database.db;
    const agreements = new AgreementService({ db, clock: t.clock });
    await agreements.setKind(ids.gasam!, 'association');
    const admin = await t.login('admin@gasam.test');
    for (const payload of [
      { memberSlug: 'alpha', validFrom: '2022-01-01', signedOn: '2021-12-01' },
      { memberSlug: 'beta', validFrom: '2023-07-01', signedOn: '2023-06-01' },
    ]) {
      expect((await admin.request({ method: 'POST', url: '/api/enforcement/agreements', payload })).statusCode).toBe(
        201,
      );
    }
    const kb = { id: await insertArticle(db, ids.alpha!, 'KB 22', { mediation: true }), code: 'KB 22' };
    const c3 = { id: await insertArticle(db, ids.beta!, 'C3', { category: 'c3' }), code: 'C3', category: 'c3' };
    const rows = [];
    const steps = [];
    const notified = { notified_on: '2024-04-01', status: 'notified' };
    const fine = { ...notified, decision: 'fine', decided_on: '2024-05-01', status: 'decided' };
    for (let i = 0; i < 3; i++) rows.push(finding(ids.alpha!, kb, '2022-03-01'));
    for (let i = 0; i < 5; i++) rows.push(finding(ids.alpha!, kb, '2023-03-01'));
    rows.push(
      finding(ids.alpha!, kb, '2024-03-01', { ...fine, paid_cents: 5_800, status: 'closed', close_reason: 'paid' }),
    );
    rows.push(
      finding(ids.alpha!, kb, '2024-03-01', { ...fine, paid_cents: 5_800, status: 'closed', close_reason: 'paid' }),
    );
    rows.push(finding(ids.alpha!, kb, '2024-03-01', { ...fine, paid_cents: 2_000 }));
    rows.push(finding(ids.alpha!, kb, '2024-03-01', fine));
    const mediated = finding(ids.alpha!, kb, '2024-03-02', { ...notified, decision: 'mediation', status: 'mediation' });
    rows.push(
      mediated,
      finding(ids.alpha!, kb, '2024-03-02', { ...notified, decision: 'mediation', status: 'mediation' }),
    );
    steps.push(step(mediated, 'mediation_result', '2024-06-01', 'succeeded'));
    rows.push(
      finding(ids.alpha!, kb, '2024-03-03', {
        ...notified,
        decision: 'dismissal',
        status: 'closed',
        close_reason: 'dismissed',
      }),
    );
    rows.push(
      finding(ids.alpha!, kb, '2024-03-04', notified),
      finding(ids.alpha!, kb, '2024-03-04'),
      finding(ids.alpha!, kb, '2024-03-04'),
    );
    // Beta: two before its agreement (outside the association's report), six camera fines paid in 2024.
    rows.push(
      finding(ids.beta!, c3, '2023-03-01', { category: 'c3' }),
      finding(ids.beta!, c3, '2023-06-30', { category: 'c3' }),
    );
    for (let i = 0; i < 6; i++) {
      rows.push(
        finding(ids.beta!, c3, '2024-08-01', { ...fine, category: 'c3', amount_cents: 11_600, paid_cents: 11_600 }),
      );
    }
    await insertFindings(db, rows, steps);
    reports = new GasReportService({ db, clock: t.clock });
    dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-gas-report-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const sheetRows = async (data: Buffer, name: string): Promise<unknown[][]> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(name);
    expect(sheet, `sheet ${name}`).toBeDefined();
    const rows: unknown[][] = [];
    sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it('counts the association’s members within their agreements, per member and in total, with two years before', async () => {
    const file = await reports.yearly(ids.gasam!, { year: 2024, format: 'xlsx', locale: 'nl' });
    expect(file.filename).toBe('svpp-gas-gasam-2024.xlsx');
    const members = await sheetRows(file.data, 'Leden');
    // member, findings, fines, mediations, dismissals, invoiced, paid, outstanding (the sheet in euros)
    expect(members.slice(1)).toEqual([
      ['Alpha', 10, 4, 2, 1, 290, 136, 154],
      ['Beta', 6, 6, 0, 0, 696, 696, 0],
      ['Gasam', 16, 10, 2, 1, 986, 832, 154],
    ]);
    const years = await sheetRows(file.data, 'Leden per jaar');
    expect(years[0]).toEqual(['Gemeente', '2022', '2023', '2024']);
    // Beta's two findings of 2023 predate its agreement (1 July 2023).
    expect(years.slice(1)).toEqual([
      ['Alpha', 3, 5, 10],
      ['Beta', 0, 0, 6],
      ['Gasam', 3, 5, 16],
    ]);
    const evolution = await sheetRows(file.data, 'Evolutie');
    expect(evolution.find((r) => r[0] === 'Vaststellingen')).toEqual(['Vaststellingen', 3, 5, 16, 220]);
    const decisions = await sheetRows(file.data, 'Beslissingen');
    expect(decisions.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ['Boete opgelegd', 10],
      ['Doorverwezen naar GAS-bemiddeling', 2],
      ['Geseponeerd', 1],
      ['Nog geen beslissing', 3],
    ]);
  });

  it('reports a member on its own: all its findings, whatever the agreement', async () => {
    const file = await reports.yearly(ids.beta!, { year: 2023, format: 'xlsx', locale: 'fr' });
    const summary = await sheetRows(file.data, 'Résumé');
    // Numbers the spreadsheet can sum, the amounts in euro.
    expect(summary.find((r) => r[0] === 'Constatations')).toEqual(['Constatations', 2]);
    expect(summary.find((r) => r[0] === 'Réclamé (€)')?.[1]).toEqual(expect.any(Number));
    await expect(sheetRows(file.data, 'Membres')).rejects.toThrow();
  });

  it('writes a PDF and a DOCX that open and hold the figures', async () => {
    const pdf = await reports.yearly(ids.gasam!, { year: 2024, format: 'pdf', locale: 'nl' });
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfFile = path.join(dir, pdf.filename);
    writeFileSync(pdfFile, pdf.data);
    const text = (await pdfText(pdfFile)).replace(/\s+/g, ' ');
    expect(text).toContain('GAS-jaarrapport 2024');
    expect(text).toContain('Alpha');
    expect(text).toMatch(/€\s?986,00/);
    expect(text).toMatch(/Bemiddeling|bemiddeling/);
    const docx = await reports.yearly(ids.gasam!, { year: 2024, format: 'docx', locale: 'fr' });
    expect(docx.data.subarray(0, 2).toString()).toBe('PK');
    expect(docx.data.length).toBeGreaterThan(5_000);
  });

  it('describes the workflow from the procedure and the catalogue in nl, fr and en', async () => {
    for (const [locale, title, step] of [
      ['nl', 'Beschrijving van de digitale workflow', 'Houder geïdentificeerd (DIV)'],
      ['fr', 'Description du flux de travail numérique', 'Titulaire identifié (DIV)'],
      ['en', 'Description of the digital workflow', 'Holder identified (DIV)'],
    ] as const) {
      const pdf = await reports.workflow(ids.alpha!, { format: 'pdf', locale });
      const file = path.join(dir, `workflow-${locale}.pdf`);
      writeFileSync(file, pdf.data);
      const text = (await pdfText(file)).replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain(step);
      expect(text).toContain('KB 22');
    }
    const xlsx = await reports.workflow(ids.alpha!, { format: 'xlsx', locale: 'nl' });
    const steps = await sheetRows(xlsx.data, 'Stappen');
    expect(steps).toHaveLength(1 + 8);
  });

  it('serves both downloads to the department, not to the police', async () => {
    const staff = await t.login('staff@gasam.test');
    const yearly = await staff.request({
      method: 'GET',
      url: '/api/enforcement/reports/gas?year=2024&format=docx&lang=nl',
    });
    expect(yearly.statusCode).toBe(200);
    expect(yearly.headers['content-disposition']).toContain('svpp-gas-gasam-2024.docx');
    const workflow = await staff.request({ method: 'GET', url: '/api/enforcement/reports/gas-workflow?format=xlsx' });
    expect(workflow.statusCode).toBe(200);
    const police = await t.login('police@gasam.test');
    expect((await police.request({ method: 'GET', url: '/api/enforcement/reports/gas?year=2024' })).statusCode).toBe(
      403,
    );
    const bad = await staff.request({ method: 'GET', url: '/api/enforcement/reports/gas?year=2024&format=odt' });
    expect(bad.statusCode).toBe(400);
  });
});
