import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/shared/access/roles.js';
import { reportKinds, type ReportKind } from '../../src/shared/api/reports.schema.js';
import type { Locale } from '../../src/shared/i18n/locale.js';
import { consultationReport } from '../../src/shared/reports/consultation-report.js';
import { neroAnnualReport } from '../../src/shared/reports/nero-report.js';
import { reportWords, type ReportDocument, type ReportFormat } from '../../src/shared/reports/report-document.js';
import { renderReport } from '../../src/server/adapters/documents/render-report.js';
import { neroReport } from '../../src/server/features/cases/nero-report.js';
import { loadDemo } from '../../src/server/features/demo/demo.service.js';
import { libreOfficeCsvAllSheets, pdfText, requireOfficeTools } from '../support/office.js';
import { createTestApp, testHasher, type TestApp } from '../support/test-app.js';

// Every report kind built once from the Mechelen demo and rendered as DOCX, PDF and XLSX from that one model; then read
// back as a reader's software reads them (LibreOffice turns the DOCX into text and the XLSX into CSV, in Belgian Dutch
// or French number formats; poppler's pdftotext reads the PDF), and the numbers found compared:
//   - every number of the PDF must stand in the XLSX (which may hold more, never less);
//   - the DOCX and the PDF hold the same numbers (both ways).
// What counts as a number: every token with a digit (amounts, counts, percentages, dates, times, codes such as
// MJP003608 or 2.2.1.1), Belgian formats normalised: "€ 1.234,56", "1.234,56 €", "1 234,56 €" and "1234,56" are one
// number; "45 %" is 45; a number printed rounded ("0,333") matches the spreadsheet's unrounded value (0.333333…).
// What is left out, by rule: the page numbers of the footer ("Pagina 3 van 17": they exist in print only) and the texts
// drawn inside a chart (axis ticks and labels of the PDF's SVG; the DOCX draws a native chart whose labels a text
// export
// does not show); every chart's data stand as a table in the XLSX. The date of generation is printed in every format
// (title block, and the XLSX's "Rapport" sheet), so it is compared like any other number.
// SQLite only: what is compared is how the renderers print one report model; the figures in the model come from the
// services, whose SQL is tested on both databases (reports, finance, guards, cases and consultations medium tests).
// Set SVPP_KEEP_DOCUMENTS=1 to keep the files (the directory is printed) and look at them.

const run = promisify(execFile);
const formats: ReportFormat[] = ['docx', 'pdf', 'xlsx'];

/**
 * Each report kind of svpp, in the languages checked (nl, the demo plan's own; fr too for the finance justification):
 * every kind of /api/reports (a kind added there is checked here at once), the NERO report of the cases and the
 * consultation's agenda and minutes.
 */
type Case = { kind: ReportKind | 'nero' | 'consultation'; locale: Locale };
const cases: Case[] = [
  ...reportKinds.map((kind): Case => ({ kind, locale: 'nl' })),
  { kind: 'finance', locale: 'fr' },
  { kind: 'nero', locale: 'nl' },
  { kind: 'consultation', locale: 'nl' },
];
const nameOf = (c: Case): string => `${c.kind}-${c.locale}`;

/** LibreOffice's locale for the conversions: it shows the XLSX's cells as a reader in Belgium sees them. */
const officeLocale: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/**
 * Converts files with one headless LibreOffice (its start is most of the cost), in a throwaway profile set to the
 * report's locale (set in the profile, not by LC_ALL: a locale the system lacks would garble accented file names).
 */
async function convertAll(files: string[], target: string, outDir: string, locale: Locale): Promise<void> {
  if (files.length === 0) return;
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(os.tmpdir(), `svpp-lo-profile-${randomBytes(6).toString('hex')}`);
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${officeLocale[locale]}</value></prop></item>\n</oor:items>\n`,
  );
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
      { timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice's CSV as rows of cells: `,` between fields, `"` around fields that need it (doubled inside). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A number or code as found, normalised; `decimals` is how many the print shows (for rounding). */
interface Token {
  key: string;
  value: number | null;
  decimals: number;
  raw: string;
}

// A token: letters and digits, joined by single . , / : - (so "2.2.1.1", "MJP003608", "31/12/2020", "14:05",
// "NERO-2020-004" stay whole), holding a digit.
const tokenPattern = /(?<![\p{L}\p{N}])[-−]?[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[.,/:-][\p{L}\p{N}]+)*/gu;
// French groups thousands with a (narrow) no-break space, which pdftotext gives as a plain space: "810 553,07 €".
const frenchGroups = /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?!\p{N})/gu;

function normalise(raw: string): Token {
  const text = raw.replace(/^−/, '-');
  const grouped = /^-?\d{1,3}(?:\.\d{3})+(?:,(\d+))?$/.exec(text);
  const plain = /^-?\d+(?:,(\d+))?$/.exec(text);
  const number = grouped ?? plain;
  if (number) {
    const value = Number(text.replace(/\./g, '').replace(',', '.'));
    const decimals = number[1]?.length ?? 0;
    return { key: String(value), value, decimals, raw };
  }
  return { key: text, value: null, decimals: 0, raw };
}

/** Every token of a text, with where it stands (the text around it). */
function tokensOf(source: string, where: string, locale: Locale): { token: Token; context: string }[] {
  const text =
    locale === 'fr' ? source.replace(frenchGroups, (groups) => groups.replace(/[ \u00a0\u202f]/g, '')) : source;
  const found: { token: Token; context: string }[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    const context = text
      .slice(Math.max(0, start - 50), start + match[0].length + 30)
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ token: normalise(match[0]), context: `${where}: “…${context}…”` });
  }
  return found;
}

/** What one format holds: the normalised keys, and every number for the rounding match. */
class Found {
  constructor(private readonly locale: Locale) {}
  /** Each token once, with where it first stands. */
  readonly keys = new Map<string, { token: Token; context: string }>();
  readonly numbers: number[] = [];
  /** The text as extracted (page numbers left out). */
  text = '';
  add(text: string, where: string): void {
    this.text += `${text}\n`;
    for (const entry of tokensOf(text, where, this.locale)) {
      if (!this.keys.has(entry.token.key)) this.keys.set(entry.token.key, entry);
      if (entry.token.value !== null) this.numbers.push(entry.token.value);
    }
  }
  /** Whether this format holds the token, exactly or as the unrounded value of a number printed rounded. */
  has(token: Token): boolean {
    if (this.keys.has(token.key)) return true;
    if (token.value === null || token.decimals === 0) return false;
    const scale = 10 ** token.decimals;
    return this.numbers.some((value) => Math.abs(Math.round(value * scale) - token.value! * scale) < 0.5);
  }
}

/** The localized footer "Pagina 3 van 17", "Page 3 sur 17": print only. */
const pageNumbers = (locale: Locale): RegExp =>
  new RegExp(reportWords[locale].page(1, 2).replace('1', '\\d+').replace('2', '\\d+'), 'g');

/** The tokens drawn inside the report's charts (their SVG's texts). */
function chartTokens(doc: ReportDocument): Set<string> {
  const keys = new Set<string>();
  for (const block of doc.blocks) {
    if (block.type !== 'chart') continue;
    for (const match of block.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)) {
      const text = (match[1] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
      for (const { token } of tokensOf(text, 'chart', doc.locale)) keys.add(token.key);
    }
  }
  return keys;
}

/** The tokens of `from` that `to` lacks, each with where it stands in `from`. */
function missing(from: Found, to: Found, excused: Set<string>): string[] {
  const lacking: string[] = [];
  for (const [key, { token, context }] of from.keys) {
    if (excused.has(key)) continue;
    if (!to.has(token)) lacking.push(`${token.raw} (${key}) — ${context}`);
  }
  return lacking;
}

describe('the same figures in the DOCX, PDF and XLSX of every report (sqlite)', () => {
  let t: TestApp;
  let dir: string;
  const docs = new Map<string, ReportDocument>();
  const found = new Map<string, Record<ReportFormat, Found>>();

  beforeAll(async () => {
    requireOfficeTools(['soffice', 'pdftotext']);
    dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-report-formats-'));
    t = await createTestApp('sqlite');
    // The demo lives relative to the day it is loaded: loaded on 31 December 2020, it holds 2019 and 2020.
    t.clock.advance(199 * 86_400_000); // 2020-12-31
    await loadDemo({ db: t.database.db, clock: t.clock, hasher: testHasher });
    t.clock.advance(201 * 86_400_000); // July 2021: 2020 is over, its statuses are final
    // The prevention coordinator of the demo, as the routes see them (reports are read through the services here).
    const user = await t.database.db.kysely
      .selectFrom('app_user')
      .innerJoin('municipality', 'municipality.id', 'app_user.municipality_id')
      .select([
        'app_user.id as userId',
        'app_user.role as role',
        'app_user.municipality_id as municipalityId',
        'municipality.name as municipality',
      ])
      .where('app_user.email', '=', 'preventie@mechelen.demo')
      .executeTakeFirstOrThrow();
    const actor: Actor = { userId: user.userId, role: user.role as Role, municipalityId: user.municipalityId };
    const municipality = user.municipality;
    const generatedAt = t.clock.now().toISOString();

    // One model per report, built as its route builds it.
    const consultations = (await t.services.consultations.list(actor)).items;
    // The latest final consultation: hot spots, trends, open actions and overdue complaints on its agenda.
    const consultationId = consultations
      .filter((c) => c.status === 'final')
      .sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0]?.id;
    if (!consultationId) throw new Error('the demo has no final consultation');
    for (const c of cases) {
      let doc: ReportDocument;
      if (c.kind === 'nero') {
        doc = neroAnnualReport(
          neroReport(await t.services.cases.casesOfType(actor.municipalityId, 'nero'), 2020),
          c.locale,
          municipality,
          generatedAt,
        );
      } else if (c.kind === 'consultation') {
        doc = consultationReport(
          await t.services.consultations.get(actor, consultationId),
          c.locale,
          municipality,
          generatedAt,
        );
      } else doc = (await t.services.reports.build(actor, { kind: c.kind, year: 2020, locale: c.locale })).doc;
      docs.set(nameOf(c), doc);
      for (const format of formats) {
        writeFileSync(path.join(dir, `${nameOf(c)}.${format}`), (await renderReport(doc, format)).data);
      }
    }

    // One LibreOffice per format and language.
    for (const locale of [...new Set(cases.map((c) => c.locale))]) {
      const of = (format: ReportFormat) =>
        cases.filter((c) => c.locale === locale).map((c) => path.join(dir, `${nameOf(c)}.${format}`));
      await convertAll(of('docx'), 'txt:Text (encoded):UTF8', path.join(dir, 'docx-text'), locale);
      await convertAll(of('xlsx'), libreOfficeCsvAllSheets, path.join(dir, 'xlsx-csv'), locale);
    }
    const csvFiles = readdirSync(path.join(dir, 'xlsx-csv'));
    for (const c of cases) {
      const name = nameOf(c);
      const page = pageNumbers(c.locale);
      const pdf = new Found(c.locale);
      const pages = (await pdfText(path.join(dir, `${name}.pdf`))).split('\f');
      pages.forEach((text, index) => pdf.add(text.replace(page, ''), `PDF page ${index + 1}`));
      const docx = new Found(c.locale);
      docx.add(readFileSync(path.join(dir, 'docx-text', `${name}.txt`), 'utf8').replace(page, ''), 'DOCX');
      const xlsx = new Found(c.locale);
      const sheets = csvFiles.filter((file) => file.startsWith(`${name}-`));
      if (sheets.length === 0) throw new Error(`LibreOffice wrote no CSV for ${name}.xlsx`);
      for (const file of sheets) {
        const sheet = file.slice(name.length + 1, -'.csv'.length);
        csvRows(readFileSync(path.join(dir, 'xlsx-csv', file), 'utf8')).forEach((cells, row) => {
          for (const cell of cells) xlsx.add(cell, `XLSX sheet “${sheet}” row ${row + 1}`);
        });
      }
      found.set(name, { pdf, docx, xlsx });
    }
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    if (process.env.SVPP_KEEP_DOCUMENTS) console.log(`documents kept in ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each(cases)('the $kind report ($locale)', (c) => {
    const get = () => {
      const formatsFound = found.get(nameOf(c));
      const doc = docs.get(nameOf(c));
      if (!formatsFound || !doc) throw new Error(`no documents for ${nameOf(c)}`);
      return { ...formatsFound, charts: chartTokens(doc) };
    };

    it('has every number of the PDF in the XLSX', () => {
      const { pdf, xlsx, charts } = get();
      expect(pdf.keys.size).toBeGreaterThan(c.kind === 'nero' || c.kind === 'consultation' ? 5 : 15);
      expect(missing(pdf, xlsx, charts), 'numbers of the PDF that the XLSX lacks').toEqual([]);
    });

    it('has the same numbers in the DOCX as in the PDF', () => {
      const { pdf, docx, charts } = get();
      expect(missing(pdf, docx, charts), 'numbers of the PDF that the DOCX lacks').toEqual([]);
      expect(missing(docx, pdf, charts), 'numbers of the DOCX that the PDF lacks').toEqual([]);
    });
  });

  it('puts the difference with the council’s estimate beside the difference with the conventions, in every format', () => {
    // MJP003608: the multi-year plan's € 59.833 against the council's € 58.934 (€ 899) and the conventions' €
    // 58.935,15.
    for (const locale of ['nl', 'fr'] as const) {
      const { pdf, docx, xlsx } = found.get(`finance-${locale}`)!;
      for (const one of [pdf, docx, xlsx]) {
        for (const amount of ['899', '897.85', '59833', '58934']) {
          expect(one.keys.has(amount), `${amount} (${locale})`).toBe(true);
        }
      }
    }
    const sheet = readdirSync(path.join(dir, 'xlsx-csv')).find(
      (file) => file.startsWith('finance-nl-') && file.includes('meerjarenpl'),
    );
    if (!sheet) throw new Error('no multi-year plan sheet');
    const [header = [], ...rows] = csvRows(readFileSync(path.join(dir, 'xlsx-csv', sheet), 'utf8'));
    expect(header).toEqual([
      'Nummer',
      'Omschrijving',
      'Meerjarenplan',
      'Raming raad',
      'Verwachte subsidie',
      'Verschil met verwachte subsidie',
      'Verschil met raming raad',
      'Opmerking',
    ]);
    const line = rows.find((cells) => cells[0] === 'MJP003608');
    expect(line?.slice(5, 8)).toEqual(['897,85 €', '899,00 €', 'Aan te passen']);
    // The PDF's note under the table names both differences with the same labels.
    const printed = found.get('finance-nl')!.pdf.text.replace(/\s+/g, ' ');
    expect(printed).toContain(
      'MJP003608: Verschil met verwachte subsidie € 897,85 · Verschil met raming raad € 899,00',
    );
  });
});
