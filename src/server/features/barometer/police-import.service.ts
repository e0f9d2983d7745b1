import { createHash, randomUUID } from 'node:crypto';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type { PoliceMapping } from '../../../shared/api/barometer.schema.js';
import type { ImportResult } from '../../../shared/api/imports.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { parseBelgianNumber, parseDate } from '../../../shared/indicators/cell-values.js';
import {
  nuisanceCategories,
  nuisanceCategoryLabels,
  type NuisanceCategory,
} from '../../../shared/barometer/categories.js';
import { importRows, inChunks, openImportTable } from '../imports/table-input.js';
import { ImportTally, requireColumns } from '../imports/import-tally.js';
import { placePoint } from '../../adapters/geo.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { nuisanceEventRow } from './nuisance-events.js';
import { NuisanceRepository, type NuisanceEventRow } from './nuisance.repository.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import reasonTexts from './police-import.texts.json';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'>;
type Reason = ImportResult['rejected'][number]['reasons'][number];
type ReasonCode = 'date' | 'time' | 'future' | 'category' | 'wijk' | 'outside' | 'point' | 'duplicate';

const messages: Record<ReasonCode, Record<Locale, string>> = reasonTexts;
const codes: Record<ReasonCode, string> = {
  date: 'IMPORT_CELL_INVALID',
  time: 'IMPORT_CELL_INVALID',
  future: 'REGISTRATION_DATE_IMPOSSIBLE',
  category: 'NUISANCE_CATEGORY_UNKNOWN',
  wijk: 'PLACE_UNKNOWN_WIJK',
  outside: 'PLACE_OUTSIDE_MUNICIPALITY',
  point: 'IMPORT_CELL_INVALID',
  duplicate: 'IMPORT_DUPLICATE_REFERENCE',
};

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .trim()
    .toLowerCase();
const categoryByName = new Map<string, NuisanceCategory>(
  nuisanceCategories.flatMap((key) => [
    [fold(key), key] as const,
    ...Object.values(nuisanceCategoryLabels[key]).map((label) => [fold(label), key] as const),
  ]),
);

/** 22:15, 22u15, 22.15, 22:15:00, 7:05 → [22, 15]. */
function parseTime(cell: string): string | null {
  const match = /^(\d{1,2})[:u.h](\d{2})(?::\d{2})?$/i.exec(cell.trim());
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h <= 23 && m <= 59 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null;
}

/**
 * Police records from CSV or XLSX: a dry run lists every rejected row (row, column, code, message); an import lands
 * whole or not at all.
 */
export class PoliceImportService {
  constructor(private readonly deps: Deps) {}

  async run(
    actor: SignedInActor,
    locale: Locale,
    input: { filename: string; contentBase64: string; mapping: PoliceMapping; dryRun: boolean },
  ): Promise<ImportResult> {
    const { db, clock } = this.deps;
    const table = await openImportTable(input.filename, input.contentBase64);
    const { mapping } = input;
    requireColumns(
      table,
      Object.values(mapping).filter((c): c is string => typeof c === 'string'),
    );
    const geo = await geoOf(this.deps).of(actor.municipalityId);
    const wijken = geo?.wijken.features.map((f) => f.properties) ?? [];
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const now = clock.now().toISOString();

    const accepted: NuisanceEventRow[] = [];
    const tally = new ImportTally();
    const seen = new Map<string, number>();
    // One pass over the rows as they are read; only the accepted rows (bounded by the row limit) are kept.
    for await (const { row: rowNumber, cells } of importRows(table)) {
      const reasons: Reason[] = [];
      const reject = (column: string, code: ReasonCode) =>
        reasons.push({ field: column, code: codes[code], message: messages[code][locale] });
      const cell = (column: string | undefined) => (column ? (cells[column] ?? '').trim() : '');

      const raw = cell(mapping.occurredOn);
      const [datePart = '', ...rest] = raw.split(/[ T]+/);
      let day: string | undefined;
      try {
        day = parseDate(datePart);
      } catch {
        reject(mapping.occurredOn, 'date');
      }
      if (day && (day > today || day < '2000-01-01')) reject(mapping.occurredOn, 'future');
      const timeText = mapping.time ? cell(mapping.time) : rest.join(' ');
      const time = timeText === '' ? '00:00' : parseTime(timeText);
      if (time === null) reject(mapping.time ?? mapping.occurredOn, 'time');

      const category = categoryByName.get(fold(cell(mapping.category)));
      if (!category) reject(mapping.category, 'category');

      let wijkCode: string | null = null;
      const lat = cell(mapping.lat);
      const lon = cell(mapping.lon);
      if (lat && lon && mapping.lat && mapping.lon) {
        let point: [number, number] | null = null;
        try {
          point = [parseBelgianNumber(lat), parseBelgianNumber(lon)];
        } catch {
          reject(mapping.lat, 'point');
        }
        if (point && geo) {
          const placed = placePoint(geo, point[1], point[0]);
          if (!placed.inside) reject(mapping.lat, 'outside');
          wijkCode = placed.wijkCode ?? null;
        }
      } else if (cell(mapping.wijk) && mapping.wijk) {
        const wijk = cell(mapping.wijk);
        const match = wijken.find((w) => w.wijk_code === wijk || fold(w.wijk_naam) === fold(wijk));
        if (match) wijkCode = match.wijk_code;
        else reject(mapping.wijk, 'wijk');
      }
      const street = cell(mapping.street) || null;

      // The police's record number, or (without one) the row's own facts and how often they occurred before.
      let sourceId = cell(mapping.reference);
      if (sourceId && mapping.reference) {
        if (seen.has(`ref|${sourceId}`)) reject(mapping.reference, 'duplicate');
        seen.set(`ref|${sourceId}`, 1);
      } else {
        const facts = [day, time, category, wijkCode, street].join('|');
        const occurrence = (seen.get(facts) ?? 0) + 1;
        seen.set(facts, occurrence);
        sourceId = `row:${createHash('sha256').update(`${facts}|${occurrence}`).digest('hex').slice(0, 32)}`;
      }

      if (reasons.length === 0 && day && time && category) {
        accepted.push(
          nuisanceEventRow(
            {
              municipalityId: actor.municipalityId,
              source: 'police',
              sourceId,
              category,
              wijkCode,
              street,
              occurredAt: `${day}T${time}`,
            },
            randomUUID(),
            now,
          ),
        );
      }
      tally.row(rowNumber, reasons);
    }

    const result = tally.result(input.dryRun, accepted.length);
    if (input.dryRun) return result;
    const importId = randomUUID();
    // All or nothing in one transaction, worked in chunks with a turn for other requests between them.
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new NuisanceRepository(trx, db.dialect);
      const existing = new Map(
        (
          await repository.findManyBySource(
            actor.municipalityId,
            'police',
            accepted.map((r) => r.source_id),
          )
        ).map((r) => [r.source_id, r]),
      );
      const fresh = accepted.filter((r) => !existing.has(r.source_id));
      await inChunks(fresh, (chunk) => repository.insertMany(chunk));
      await inChunks(
        accepted.filter((r) => existing.has(r.source_id)),
        async (chunk) => {
          for (const row of chunk) {
            const before = existing.get(row.source_id);
            if (before) await repository.replace(before, { ...row, id: before.id });
          }
        },
      );
      await repository.insertImport({
        id: importId,
        municipality_id: actor.municipalityId,
        file_name: input.filename,
        row_count: accepted.length,
        imported_by: actor.userId,
        imported_at: now,
      });
      await auditFor({ db, clock }, actor)(trx, 'barometer.police_import', 'nuisance_import', importId, {
        after: {
          filename: input.filename,
          rows: accepted.length,
          added: fresh.length,
          updated: accepted.length - fresh.length,
        },
      });
    });
    return { ...result, imported: accepted.length };
  }
}
