import type { SignedInActor } from '../../../shared/access/roles.js';
import { errorMessage } from '../../../shared/errors/error-catalog.js';
import type { ImportMapping, ImportResult } from '../../../shared/api/imports.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { CellError, parseBelgianNumber, parseCell, parseDate } from '../../../shared/indicators/cell-values.js';
import { AppError } from '../../http/app-error.js';
import { clip, importRows, inChunks, openImportTable } from './table-input.js';
import { ImportTally, requireColumns } from './import-tally.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { RegisterTypeService } from '../registrations/register-types.service.js';
import type { RegistrationService } from '../registrations/registration.service.js';
import { RegistrationRepository, type RegistrationRow } from '../registrations/registration.repository.js';
import type { PlaceInput } from '../../../shared/api/registrations.schema.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { types: RegisterTypeService; registrations: RegistrationService };
type Reason = ImportResult['rejected'][number]['reasons'][number];

// Messages may quote the cell: never more than a few hundred characters of it go back.
const cellReason = (field: string, error: unknown): Reason => ({
  field,
  code: 'IMPORT_CELL_INVALID',
  message: clip(error instanceof Error ? error.message : String(error)),
});

/**
 * Bringing existing registrations from CSV or XLSX: a dry run lists every rejected row; an import lands whole or not at
 * all.
 */
export class RegistrationImportService {
  constructor(private readonly deps: Deps) {}

  async run(
    actor: SignedInActor,
    locale: Locale,
    input: { filename: string; contentBase64: string; typeKey: string; mapping: ImportMapping; dryRun: boolean },
  ): Promise<ImportResult> {
    const table = await openImportTable(input.filename, input.contentBase64);
    const type = await this.deps.types.resolve(actor.municipalityId, input.typeKey);
    const { mapping } = input;
    requireColumns(
      table,
      [
        mapping.occurredOn,
        mapping.occurredUntil,
        mapping.wijk,
        mapping.lat,
        mapping.lon,
        mapping.address,
        ...Object.values(mapping.values),
      ].filter((c): c is string => c !== undefined),
    );
    const unknownFields = Object.keys(mapping.values).filter((k) => !type.fields.some((f) => f.key === k));
    if (unknownFields.length) throw new AppError('IMPORT_UNKNOWN_FIELD', { fields: unknownFields });
    const wijken =
      (await this.deps.registrations.geometry(actor.municipalityId))?.wijken.features.map((f) => f.properties) ?? [];

    // One pass over the rows as they are read; only the accepted rows (bounded by the row limit) are kept.
    const accepted: RegistrationRow[] = [];
    const tally = new ImportTally();
    for await (const { row: rowNumber, cells } of importRows(table)) {
      const reasons: Reason[] = [];
      const values: Record<string, unknown> = {};
      for (const [key, column] of Object.entries(mapping.values)) {
        const field = type.fields.find((f) => f.key === key);
        if (!field) continue;
        try {
          const value = parseCell(field, cells[column] ?? '');
          if (value !== undefined) values[key] = value;
        } catch (error) {
          reasons.push(cellReason(column, error));
        }
      }
      const date = (column: string | undefined) => {
        if (!column || !cells[column]) return undefined;
        try {
          return parseDate(cells[column]);
        } catch (error) {
          reasons.push(cellReason(column, error));
          return undefined;
        }
      };
      const occurredOn = date(mapping.occurredOn);
      if (!occurredOn && !reasons.some((r) => r.field === mapping.occurredOn)) {
        reasons.push({ field: mapping.occurredOn, code: 'IMPORT_CELL_INVALID', message: 'empty date' });
      }
      const occurredUntil = date(mapping.occurredUntil);
      let place: PlaceInput | undefined;
      try {
        place = this.placeOf(cells, mapping, wijken);
      } catch (error) {
        reasons.push(cellReason(mapping.wijk ?? mapping.lat ?? 'place', error));
      }
      if (reasons.length === 0 && occurredOn) {
        try {
          accepted.push(
            await this.deps.registrations.toRow(
              actor,
              {
                typeKey: input.typeKey,
                occurredOn,
                occurredUntil: occurredUntil ?? null,
                place: place ?? null,
                values,
              },
              'import',
              type,
            ),
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const issues = (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues;
          if (issues?.length) {
            for (const issue of issues) {
              reasons.push({
                field: mapping.values[issue.path.replace(/^values\./, '')] ?? issue.path,
                code: error.code,
                message: clip(issue.message),
              });
            }
          } else reasons.push({ field: '', code: error.code, message: errorMessage(error.code, locale) });
        }
      }
      tally.row(rowNumber, reasons);
    }

    const result = tally.result(input.dryRun, accepted.length);
    if (input.dryRun) return result;
    const { db, clock } = this.deps;
    // All or nothing in one transaction, inserted in chunks with a turn for other requests between them.
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new RegistrationRepository(trx);
      await inChunks(accepted, (chunk) => repository.insertMany(chunk));
      await auditFor({ db, clock }, actor)(trx, 'registration.import', 'registration', null, {
        after: {
          filename: input.filename,
          type_key: input.typeKey,
          rows: accepted.length,
          ids: accepted.map((r) => r.id),
        },
      });
    });
    return { ...result, imported: accepted.length };
  }

  private placeOf(
    cells: Record<string, string>,
    mapping: ImportMapping,
    wijken: { wijk_code: string; wijk_naam: string }[],
  ): PlaceInput | undefined {
    const lat = mapping.lat ? cells[mapping.lat] : undefined;
    const lon = mapping.lon ? cells[mapping.lon] : undefined;
    if (lat && lon) {
      return {
        lat: parseBelgianNumber(lat),
        lon: parseBelgianNumber(lon),
        ...(mapping.address && cells[mapping.address] ? { address: cells[mapping.address] } : {}),
      };
    }
    const wijk = mapping.wijk ? cells[mapping.wijk]?.trim() : undefined;
    if (!wijk) return undefined;
    const fold = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    const match = wijken.find((w) => w.wijk_code === wijk || fold(w.wijk_naam) === fold(wijk));
    if (!match && wijken.length) throw new CellError(`unknown wijk "${wijk}"`);
    return { wijkCode: match?.wijk_code ?? wijk };
  }
}
