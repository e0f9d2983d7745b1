import { createHash } from 'node:crypto';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type { HolderImportBody, HolderImportResult } from '../../../shared/api/enforcement-procedure.schema.js';
import { readPlate } from '../../../shared/enforcement/plate.js';
import { errorMessage } from '../../../shared/errors/error-catalog.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { GasFindingStepTable, GasHolderTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { decodeBase64Strict } from '../../adapters/upload-policy.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { importRows, openImportTable } from '../imports/table-input.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { GasImportRepository } from './gas-import.repository.js';
import { ProcedureRepository } from './procedure.repository.js';
import rowTexts from './holders.texts.json';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/** The columns of the vehicle registration service's answer (README: "GAS: the DIV answer"). */
export const holderColumns = [
  'plate',
  'country',
  'name',
  'address',
  'postal_code',
  'city',
  'holder_country',
  'language',
] as const;
const holderLanguages = ['nl', 'fr', 'de', 'en'];

type Reason = HolderImportResult['rejected'][number]['reasons'][number];

const rowWords: Record<'missing' | 'language' | 'country' | 'duplicate', Record<Locale, string>> = rowTexts;

interface HolderRow {
  row: number;
  plate: string;
  country: string;
  /** null: the service answered that it does not know the plate. */
  holder: Omit<
    GasHolderTable,
    'id' | 'municipality_id' | 'plate' | 'plate_country' | 'import_id' | 'erased_at' | 'created_at'
  > | null;
}

/**
 * The answer of the vehicle registration service (DIV) read as a file: never guessed, a holder only for a finding
 * whose plate and country the file names. A row without name and address is the service's "not found".
 */
export class HolderImportService {
  constructor(private readonly deps: Deps) {}

  async run(actor: SignedInActor, locale: Locale, body: HolderImportBody): Promise<HolderImportResult> {
    const { db, clock } = this.deps;
    const content = decodeBase64Strict(body.contentBase64);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const procedure = new ProcedureRepository(db.kysely);
    const empty = { identified: 0, notFound: 0, unmatched: 0, rejected: [], imported: 0 };
    if (await new GasImportRepository(db.kysely).bySha(actor.municipalityId, 'holders', sha256)) {
      return { dryRun: body.dryRun, repeated: true, total: 0, ...empty };
    }
    const { rows, rejected } = await this.read(body.filename, body.contentBase64, locale);
    const scope = await new EnforcementRepository(db.kysely).scopeOf(actor.municipalityId);
    const waiting = await procedure.waitingForHolder(
      scope,
      rows.map((r) => r.plate),
    );
    const byPlate = new Map<string, typeof waiting>();
    for (const finding of waiting) {
      const key = `${finding.plate_country ?? 'BE'}|${finding.plate ?? ''}`;
      byPlate.set(key, [...(byPlate.get(key) ?? []), finding]);
    }
    const matches = rows.map((row) => ({ row, findings: byPlate.get(`${row.country}|${row.plate}`) ?? [] }));
    const counted = {
      identified: matches.filter((m) => m.row.holder).reduce((n, m) => n + m.findings.length, 0),
      notFound: matches.filter((m) => !m.row.holder).reduce((n, m) => n + m.findings.length, 0),
      unmatched: matches.filter((m) => m.findings.length === 0).length,
    };
    const total = rows.length + rejected.length;
    if (body.dryRun) return { dryRun: true, repeated: false, total, ...counted, rejected, imported: 0 };
    if (rejected.length) throw new AppError('GAS_IMPORT_REJECTED', { rejected: rejected.slice(0, 1_000) });

    const today = await municipalityToday(this.deps, actor.municipalityId);
    const now = clock.now().toISOString();
    const importId = newId();
    const result = await db.kysely.transaction().execute(async (trx) => {
      const repository = new ProcedureRepository(trx);
      const file = { id: importId, kind: 'holders' as const, sha256, fileName: body.filename, rowsTotal: total };
      const recorded = await new GasImportRepository(trx).record(actor, file, now);
      if (!recorded) return null;
      // Re-read inside the transaction: a finding another file answered for meanwhile is left alone.
      const still = new Set(
        (
          await repository.waitingForHolder(
            scope,
            rows.map((r) => r.plate),
          )
        ).map((f) => f.id),
      );
      const steps: GasFindingStepTable[] = [];
      const step = (
        findingId: string,
        municipalityId: string,
        outcome: 'found' | 'not_found',
      ): GasFindingStepTable => ({
        id: newId(),
        municipality_id: municipalityId,
        finding_id: findingId,
        step_key: 'holder_identified',
        done_on: today,
        outcome,
        batch_id: importId,
        note: null,
        created_by: actor.userId || null,
        created_at: now,
      });
      let identified = 0;
      let notFound = 0;
      for (const { row, findings } of matches) {
        const open = findings.filter((f) => still.has(f.id));
        if (open.length === 0) continue;
        if (!row.holder) {
          for (const f of open) steps.push(step(f.id, f.municipality_id, 'not_found'));
          notFound += open.length;
          continue;
        }
        // One holder row per municipality whose findings name the plate: erasing a tenant's data stays in one place.
        for (const municipalityId of new Set(open.map((f) => f.municipality_id))) {
          const holderId = newId();
          await repository.insertHolders([
            {
              id: holderId,
              municipality_id: municipalityId,
              plate: row.plate,
              plate_country: row.country,
              ...row.holder,
              import_id: importId,
              erased_at: null,
              created_at: now,
            },
          ]);
          const claimed = await repository.identify(
            open.filter((f) => f.municipality_id === municipalityId).map((f) => f.id),
            holderId,
            now,
          );
          for (const f of claimed) steps.push(step(f.id, f.municipality_id, 'found'));
          identified += claimed.length;
        }
      }
      await new EnforcementRepository(trx).insertSteps(steps);
      await new GasImportRepository(trx).setCounts(importId, { imported: identified + notFound });
      await auditFor(this.deps, actor)(trx, 'enforcement.holders.import', 'gas_import', importId, {
        after: { file: body.filename, sha256, rows: total, identified, not_found: notFound },
      });
      return { identified, notFound };
    });
    if (!result) return { dryRun: false, repeated: true, total: 0, ...empty };
    return {
      dryRun: false,
      repeated: false,
      total,
      identified: result.identified,
      notFound: result.notFound,
      unmatched: counted.unmatched,
      rejected: [],
      imported: result.identified + result.notFound,
    };
  }

  /** Every row checked: a plate DIV issues, and for a holder the name, address, country and language. */
  private async read(
    filename: string,
    contentBase64: string,
    locale: Locale,
  ): Promise<{ rows: HolderRow[]; rejected: HolderImportResult['rejected'] }> {
    const table = await openImportTable(filename, contentBase64);
    const columnOf = new Map(table.columns.map((c) => [c.trim().toLowerCase(), c]));
    const missing = holderColumns.filter((c) => !columnOf.has(c));
    if (missing.length) throw new AppError('GAS_HOLDER_FILE_COLUMNS', { missing });
    const rows: HolderRow[] = [];
    const rejected: HolderImportResult['rejected'] = [];
    const seen = new Set<string>();
    for await (const { row, cells } of importRows(table)) {
      const cell = (name: (typeof holderColumns)[number]): string => (cells[columnOf.get(name) ?? name] ?? '').trim();
      const reasons: Reason[] = [];
      const plate = readPlate(cell('plate'), cell('country'));
      if (!plate.ok) {
        reasons.push({
          field: plate.reason === 'country' ? 'country' : 'plate',
          code: 'GAS_PLATE_INVALID',
          message: errorMessage('GAS_PLATE_INVALID', locale),
        });
      }
      const notFound = cell('name') === '' && cell('address') === '';
      let holder: HolderRow['holder'] = null;
      if (!notFound) {
        for (const field of ['name', 'address', 'postal_code', 'city', 'language'] as const) {
          if (cell(field) === '') {
            reasons.push({ field, code: 'GAS_HOLDER_ROW_INVALID', message: rowWords.missing[locale] });
          }
        }
        const language = cell('language').toLowerCase();
        if (language !== '' && !holderLanguages.includes(language)) {
          reasons.push({ field: 'language', code: 'GAS_HOLDER_ROW_INVALID', message: rowWords.language[locale] });
        }
        const country = (cell('holder_country') || 'BE').toUpperCase();
        if (!/^[A-Z]{2}$/.test(country)) {
          reasons.push({ field: 'holder_country', code: 'GAS_HOLDER_ROW_INVALID', message: rowWords.country[locale] });
        }
        holder = {
          full_name: cell('name'),
          address_line: cell('address'),
          postal_code: cell('postal_code'),
          city: cell('city'),
          country,
          language,
        };
      }
      if (plate.ok) {
        const key = `${plate.country}|${plate.plate}`;
        if (seen.has(key)) {
          reasons.push({ field: 'plate', code: 'GAS_HOLDER_ROW_INVALID', message: rowWords.duplicate[locale] });
        }
        seen.add(key);
      }
      if (reasons.length || !plate.ok) {
        rejected.push({ row, reasons });
        continue;
      }
      rows.push({ row, plate: plate.plate, country: plate.country, holder });
    }
    return { rows, rejected };
  }
}
