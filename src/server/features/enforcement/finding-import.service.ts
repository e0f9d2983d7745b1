import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type {
  FindingImportResult,
  FindingSummary,
  GuardFindingInput,
  RejectedFinding,
} from '../../../shared/api/enforcement.schema.js';
import { todayIn, yearOf } from '../../../shared/calendar/days.js';
import { communicationBase, structuredCommunication } from '../../../shared/enforcement/structured-communication.js';
import { errorMessage } from '../../../shared/errors/error-catalog.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { placePoint } from '../../adapters/geo.js';
import { yieldToEventLoop } from '../../adapters/tabular.js';
import { isUniqueViolation } from '../../db/db-errors.js';
import type { Database, GasFindingTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { auditFor } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { GuardsRepository } from '../guards/guards.repository.js';
import { importRows, maxListedRejections, openImportTable } from '../imports/table-input.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { catalogueAmount, catalogueArticle, presentAmount, presentArticle } from './articles.service.js';
import { EnforcementRepository, notYetProcessed } from './enforcement.repository.js';
import {
  collectorFor,
  findingColumns,
  type FindingDraft,
  readFindingRow,
  requiredColumns,
  type RowContext,
  type RowReason,
  rowCatalogue,
} from './finding-import.rows.js';
import { type GasImportKind, GasImportRepository } from './gas-import.repository.js';
import { presentFinding } from './findings.service.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'>;
const importKind: GasImportKind = 'findings';

/** A file's rows as judged, before anything is written. */
interface Judged {
  total: number;
  drafts: FindingDraft[];
  duplicates: number;
  rejected: number;
  rejectedRows: RejectedFinding[];
}

/**
 * Findings at volume (issue 18): a CSV/XLSX file from cameras, the police or the guards, and a guard's own report,
 * judged by the same rules (finding-import.rows.ts). A dry run lists every rejected row; an import lands whole or not
 * at all; a repeated file (sha256) or a known reference counts as a duplicate and is not written twice.
 */
export class FindingIntakeService {
  constructor(private readonly deps: Deps) {}

  /** The route's entry: the file in base64. */
  run(
    actor: SignedInActor,
    locale: Locale,
    input: { filename: string; contentBase64: string; dryRun: boolean },
  ): Promise<FindingImportResult> {
    return this.importFile(actor, locale, input);
  }

  async importFile(
    actor: SignedInActor,
    locale: Locale,
    input: { filename: string; contentBase64: string; dryRun: boolean },
  ): Promise<FindingImportResult> {
    const { db } = this.deps;
    const municipalityId = actor.municipalityId;
    const sha256 = createHash('sha256').update(Buffer.from(input.contentBase64, 'base64')).digest('hex');
    const table = await openImportTable(input.filename, input.contentBase64);
    const byName = new Map(table.columns.map((c) => [c.trim().toLowerCase(), c]));
    const missing = requiredColumns.filter((c) => !byName.has(c));
    if (missing.length) throw new AppError('GAS_IMPORT_COLUMNS_MISSING', { columns: missing });

    const rows: { row: number; cells: Record<string, string> }[] = [];
    for await (const { row, cells } of importRows(table)) {
      const named: Record<string, string> = {};
      for (const column of findingColumns) {
        const source = byName.get(column);
        if (source !== undefined) named[column] = cells[source] ?? '';
      }
      rows.push({ row, cells: named });
    }
    const repeated = await new GasImportRepository(db.kysely).bySha(municipalityId, importKind, sha256);
    const base = { dryRun: input.dryRun, total: rows.length, rejected: 0, rejectedRows: [], imported: 0 };
    if (repeated) return { ...base, accepted: 0, duplicates: rows.length, repeatedFile: true };

    const judged = await this.judge(municipalityId, locale, rows);
    const result: FindingImportResult = {
      ...base,
      accepted: judged.drafts.length,
      duplicates: judged.duplicates,
      rejected: judged.rejected,
      rejectedRows: judged.rejectedRows,
      repeatedFile: false,
    };
    if (input.dryRun) return result;
    if (judged.rejected) {
      throw new AppError('GAS_IMPORT_REJECTED', {
        rejected: judged.rejectedRows.slice(0, 500),
        total: judged.total,
        rejectedCount: judged.rejected,
      });
    }
    const written = await this.withRetry(() =>
      db.kysely.transaction().execute(async (trx) => {
        // Checked again inside the transaction: a file or rows that landed meanwhile count as duplicates.
        if (await new GasImportRepository(trx).bySha(municipalityId, importKind, sha256)) return null;
        const fresh = await this.unseen(trx, municipalityId, judged.drafts);
        const importId = randomUUID();
        const now = this.deps.clock.now().toISOString();
        const recorded = await new GasImportRepository(trx).record(
          actor,
          {
            id: importId,
            kind: importKind,
            sha256,
            fileName: input.filename,
            rowsTotal: judged.total,
            imported: fresh.length,
            duplicates: judged.duplicates + judged.drafts.length - fresh.length,
          },
          now,
        );
        if (!recorded) return null;
        await this.write(trx, actor, fresh, importId);
        await auditFor(this.deps, actor)(trx, 'gas.findings.import', 'gas_import', importId, {
          after: {
            filename: input.filename,
            sha256,
            rows: judged.total,
            imported: fresh.length,
            duplicates: judged.duplicates + judged.drafts.length - fresh.length,
          },
        });
        return fresh.length;
      }),
    );
    if (written === null) return { ...base, accepted: 0, duplicates: rows.length, repeatedFile: true };
    return { ...result, imported: written, duplicates: judged.duplicates + judged.drafts.length - written };
  }

  /**
   * A GAS report from the guard app: only a guard who is a vaststeller, judged like a file's row (source `guard`).
   * The reference is the idempotency key: the phone's outbox sends a queued finding with the reference it made, so a
   * replay by the same guard of the same facts is answered with the stored finding (`created: false`), not a second.
   */
  async fileGuardReport(
    actor: SignedInActor,
    locale: Locale,
    input: GuardFindingInput,
  ): Promise<{ finding: FindingSummary; created: boolean }> {
    const { db, clock } = this.deps;
    if (!(await new GuardsRepository(db.kysely).isVaststeller(actor.municipalityId, actor.userId))) {
      throw new AppError('GAS_VASTSTELLER_REQUIRED');
    }
    const context = await this.context(actor.municipalityId);
    const reference = input.reference ?? `G-${yearOf(context.today)}-${randomUUID().slice(0, 8).toUpperCase()}`;
    const reading = readFindingRow(
      {
        reference,
        observed_at: input.observedAt,
        article: input.article,
        plate: input.plate ?? '',
        country: input.country ?? '',
        street: input.street ?? '',
        number: input.number ?? '',
        lat: input.lat === undefined ? '' : input.lat.toFixed(7),
        lon: input.lon === undefined ? '' : input.lon.toFixed(7),
        observer: actor.email,
        source: 'guard',
        photos: String(input.photos),
      },
      context,
    );
    if (!reading.ok) {
      const [first] = reading.reasons;
      throw new AppError(first?.code ?? 'VALIDATION_FAILED', { reasons: localized(reading.reasons, locale) });
    }
    const row = await this.withRetry(() =>
      db.kysely.transaction().execute(async (trx) => {
        const [fresh] = await this.unseen(trx, actor.municipalityId, [reading.draft]);
        if (!fresh) {
          const stored = await new EnforcementRepository(trx).findingByReference(actor.municipalityId, reference);
          if (stored && isReplay(stored, reading.draft)) return { written: stored, created: false };
          throw new AppError('GAS_FINDING_DUPLICATE', { reference });
        }
        const [written] = await this.write(trx, actor, [fresh], null);
        if (!written) throw new Error('a finding was not written');
        await auditFor({ db, clock }, actor)(trx, 'gas.finding.create', 'gas_finding', written.id, {
          after: { reference, article: written.article_code, source: 'guard', observed_on: written.observed_on },
        });
        return { written, created: true };
      }),
    ).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('GAS_FINDING_DUPLICATE', { reference });
      throw error;
    });
    return { finding: presentFinding(row.written), created: row.created };
  }

  /** The catalogue, today, the zone and the geometry the rules of one municipality need. */
  private async context(municipalityId: string): Promise<RowContext> {
    const { db, clock } = this.deps;
    const repository = new EnforcementRepository(db.kysely);
    const [timeZone, articleRows, amountRows, geo] = await Promise.all([
      timeZoneOf(db.kysely, municipalityId),
      repository.articles(municipalityId),
      repository.amounts(municipalityId),
      geoOf(this.deps).of(municipalityId),
    ]);
    const now = clock.now();
    const amounts = amountRows.map(presentAmount);
    return {
      catalogue: rowCatalogue(
        articleRows.map((row) => catalogueArticle(presentArticle(row, amounts, row.valid_from))),
        amounts.map(catalogueAmount),
      ),
      today: todayIn(timeZone, now),
      timeZone,
      now,
      place: geo ? (lat, lon) => placePoint(geo, lon, lat) : null,
    };
  }

  /** Every row judged: known or repeated references are duplicates (not judged again), the others pass or not. */
  private async judge(
    municipalityId: string,
    locale: Locale,
    rows: readonly { row: number; cells: Record<string, string> }[],
  ): Promise<Judged> {
    const context = await this.context(municipalityId);
    const references = [...new Set(rows.map((r) => (r.cells.reference ?? '').trim()).filter(Boolean))];
    const existing = await new EnforcementRepository(this.deps.db.kysely).existingReferences(
      municipalityId,
      references,
    );
    const seen = new Set<string>();
    const judged: Judged = { total: rows.length, drafts: [], duplicates: 0, rejected: 0, rejectedRows: [] };
    let n = 0;
    for (const { row, cells } of rows) {
      if (++n % 1_000 === 0) await yieldToEventLoop();
      const reference = (cells.reference ?? '').trim();
      if (reference && (existing.has(reference) || seen.has(reference))) {
        judged.duplicates++;
        continue;
      }
      if (reference) seen.add(reference);
      const reading = readFindingRow(cells, context);
      if (reading.ok) judged.drafts.push(reading.draft);
      else {
        judged.rejected++;
        if (judged.rejectedRows.length < maxListedRejections) {
          judged.rejectedRows.push({ row, reference: reference || null, reasons: localized(reading.reasons, locale) });
        }
      }
    }
    return judged;
  }

  /** The drafts whose reference the municipality does not hold yet. */
  private async unseen(trx: Kysely<Database>, municipalityId: string, drafts: FindingDraft[]): Promise<FindingDraft[]> {
    const existing = await new EnforcementRepository(trx).existingReferences(
      municipalityId,
      drafts.map((d) => d.reference),
    );
    return existing.size ? drafts.filter((d) => !existing.has(d.reference)) : drafts;
  }

  /**
   * Writes findings with status `found`: each gets a structured communication from its collector's sequence of the
   * year of the facts, one allocation per (collector, year) for the whole batch.
   */
  private async write(
    trx: Kysely<Database>,
    actor: SignedInActor,
    drafts: readonly FindingDraft[],
    importId: string | null,
  ): Promise<GasFindingTable[]> {
    const repository = new EnforcementRepository(trx);
    const agreements = await repository.agreementsOfMember(actor.municipalityId);
    const groups = new Map<string, { collector: string; year: number; drafts: FindingDraft[] }>();
    for (const draft of drafts) {
      const collector = collectorFor(actor.municipalityId, agreements, draft.observedOn);
      const year = yearOf(draft.observedOn);
      const key = `${collector}|${year}`;
      const group = groups.get(key) ?? { collector, year, drafts: [] };
      group.drafts.push(draft);
      groups.set(key, group);
    }
    const now = this.deps.clock.now().toISOString();
    const rows: GasFindingTable[] = [];
    for (const { collector, year, drafts: inGroup } of groups.values()) {
      let sequence = await repository.allocateSequence(collector, year, inGroup.length);
      for (const draft of inGroup) {
        rows.push(
          findingRow(draft, actor, importId, structuredCommunication(communicationBase(year, sequence++)), now),
        );
      }
    }
    await repository.insertFindings(rows);
    return rows;
  }

  /** Two imports racing on the same file or references: the loser's transaction is retried and finds them known. */
  private async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }
}

/** The same guard's report of the same facts sent again (a lost answer, a second sync): not a new finding. */
function isReplay(stored: GasFindingTable, draft: FindingDraft): boolean {
  return (
    stored.source === 'guard' &&
    stored.observer === draft.observer &&
    stored.article_code === draft.articleCode &&
    stored.observed_at === draft.observedAt &&
    stored.plate === draft.plate
  );
}

function localized(reasons: readonly RowReason[], locale: Locale): RejectedFinding['reasons'] {
  return reasons.map((r) => ({ field: r.field, code: r.code, message: errorMessage(r.code, locale) }));
}

function findingRow(
  draft: FindingDraft,
  actor: SignedInActor,
  importId: string | null,
  communication: string,
  now: string,
): GasFindingTable {
  return {
    id: randomUUID(),
    municipality_id: actor.municipalityId,
    reference: draft.reference,
    observed_at: draft.observedAt,
    observed_on: draft.observedOn,
    observed_hour: draft.observedHour,
    observed_weekday: draft.observedWeekday,
    article_id: draft.articleId,
    article_code: draft.articleCode,
    category: draft.category,
    plate: draft.plate,
    plate_country: draft.plateCountry,
    street: draft.street,
    house_number: draft.houseNumber,
    lat: draft.lat,
    lon: draft.lon,
    wijk_code: draft.wijkCode,
    observer: draft.observer,
    source: draft.source,
    photos: draft.photos,
    import_id: importId,
    amount_cents: draft.amountCents,
    structured_communication: communication,
    prescription_on: draft.prescriptionOn,
    ...notYetProcessed,
    created_by: actor.userId || null,
    created_at: now,
    updated_at: now,
  };
}
