import { addMonths, isIsoDay, timeOf } from '../../../shared/calendar/days.js';
import { type Finder, finders, inForce, type OffenceCategory } from '../../../shared/enforcement/catalogue.js';
import { readPlate } from '../../../shared/enforcement/plate.js';
import type { ErrorCode } from '../../../shared/errors/error-catalog.js';

/**
 * The rules of one findings row (pure: the catalogue, today, the zone and the placing of a point are passed in), so
 * a file's rows and a guard's report are judged alike. The service turns the codes into localized messages.
 */

/** The columns of a findings file, in the order the README documents them. */
export const findingColumns = [
  'reference',
  'observed_at',
  'article',
  'plate',
  'country',
  'street',
  'number',
  'lat',
  'lon',
  'observer',
  'source',
  'photos',
] as const;
/** A file without these columns is refused whole (GAS_IMPORT_COLUMNS_MISSING); the others may be left out. */
export const requiredColumns = ['reference', 'observed_at', 'article', 'observer', 'source'] as const;

/** One article version as the rules need it. */
export interface CatalogueArticle {
  id: string;
  code: string;
  category: OffenceCategory;
  finders: Finder[];
  prescriptionMonths: number;
  validFrom: string;
  validTo: string | null;
}

export interface CatalogueAmount {
  category: string;
  validFrom: string;
  validTo: string | null;
  amountCents: number;
}

/** An article code as files write it: spaces and case do not matter ("kb 2014  art. 22" = "KB 2014 art. 22"). */
export const articleKey = (code: string): string => code.trim().replace(/\s+/g, ' ').toUpperCase();

/** The catalogue indexed for the rows: the article version in force on a day, the category's amount on a day. */
export interface RowCatalogue {
  articleOn(code: string, day: string): CatalogueArticle | undefined;
  amountOn(category: string, day: string): number | null;
}

export function rowCatalogue(articles: readonly CatalogueArticle[], amounts: readonly CatalogueAmount[]): RowCatalogue {
  const byCode = new Map<string, CatalogueArticle[]>();
  for (const article of articles) {
    const key = articleKey(article.code);
    byCode.set(key, [...(byCode.get(key) ?? []), article]);
  }
  const byCategory = new Map<string, CatalogueAmount[]>();
  for (const amount of amounts) byCategory.set(amount.category, [...(byCategory.get(amount.category) ?? []), amount]);
  return {
    articleOn: (code, day) => byCode.get(articleKey(code))?.find((a) => inForce(a, day)),
    amountOn: (category, day) => byCategory.get(category)?.find((a) => inForce(a, day))?.amountCents ?? null,
  };
}

export interface RowContext {
  catalogue: RowCatalogue;
  /** The municipality's today and time zone. */
  today: string;
  timeZone: string;
  now: Date;
  /** Places a point (null: the municipality has no shipped geometry, the point stays unplaced). */
  place: ((lat: number, lon: number) => { inside: boolean; wijkCode: string | undefined }) | null;
}

/** What a row becomes: every column of a `gas_finding` the intake fills. */
export interface FindingDraft {
  reference: string;
  observedAt: string;
  observedOn: string;
  observedHour: number;
  observedWeekday: number;
  articleId: string;
  articleCode: string;
  category: OffenceCategory;
  plate: string | null;
  plateCountry: string | null;
  street: string | null;
  houseNumber: string | null;
  lat: number | null;
  lon: number | null;
  wijkCode: string | null;
  observer: string;
  source: Finder;
  photos: number;
  amountCents: number | null;
  prescriptionOn: string;
}

export type RowReason = { field: string; code: ErrorCode };
export type RowReading = { ok: true; draft: FindingDraft } | { ok: false; reasons: RowReason[] };

const offsetPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const localIso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2})[:hu.](\d{2})(?::(\d{2}))?$/i;
const localBelgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[T ]+(\d{1,2})[:hu.](\d{2})(?::(\d{2}))?$/i;

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at a moment. */
function offsetAt(time: number, timeZone: string): number {
  const local = timeOf(time, timeZone);
  const wall = Date.parse(`${local.day}T00:00:00Z`) + (local.hour * 60 + local.minute) * 60_000;
  return wall + (((time % 60_000) + 60_000) % 60_000) - time;
}

/** The UTC moment of a wall-clock time in `timeZone` (a time the spring change skips moves by the change). */
export function localMoment(day: string, hour: number, minute: number, second: number, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + ((hour * 60 + minute) * 60 + second) * 1000;
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return new Date(guess);
}

/**
 * The moment of a finding: ISO 8601 with `Z` or an offset, or the municipality's wall clock written
 * `2026-03-14 08:15`, `2026-03-14T08:15:00` or `14/03/2026 08:15`. Null when it is none of these.
 */
export function readObservedAt(text: string, timeZone: string): Date | null {
  const value = text.trim();
  if (offsetPattern.test(value)) {
    const time = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(time) ? null : new Date(time);
  }
  let parts: [string, string, string, string, string, string | undefined] | null = null;
  const iso = localIso.exec(value);
  const be = localBelgian.exec(value);
  if (iso) parts = [iso[1] ?? '', iso[2] ?? '', iso[3] ?? '', iso[4] ?? '', iso[5] ?? '', iso[6]];
  else if (be) {
    parts = [
      be[3] ?? '',
      (be[2] ?? '').padStart(2, '0'),
      (be[1] ?? '').padStart(2, '0'),
      be[4] ?? '',
      be[5] ?? '',
      be[6],
    ];
  }
  if (!parts) return null;
  const [y, m, d, h, min, s] = parts;
  const day = `${y}-${m}-${d}`;
  const [hour, minute, second] = [Number(h), Number(min), Number(s ?? 0)];
  if (!isIsoDay(day) || hour > 23 || minute > 59 || second > 59) return null;
  return localMoment(day, hour, minute, second, timeZone);
}

/** A coordinate written with a dot or a Belgian comma (50,0281); null when it is not a number. */
function readDegrees(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^-?\d{1,3}(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

const isFinder = (value: string): value is Finder => (finders as readonly string[]).includes(value);

/** Judges one row: every reason it is refused, or the finding it becomes. */
export function readFindingRow(cells: Readonly<Record<string, string | undefined>>, context: RowContext): RowReading {
  const cell = (column: string) => (cells[column] ?? '').trim();
  const reasons: RowReason[] = [];
  const reject = (field: string, code: ErrorCode) => reasons.push({ field, code });

  const reference = cell('reference');
  if (!reference) reject('reference', 'GAS_FINDING_FIELD_REQUIRED');
  else if (reference.length > 60) reject('reference', 'GAS_FINDING_FIELD_REQUIRED');
  const observer = cell('observer');
  if (!observer) reject('observer', 'GAS_FINDING_FIELD_REQUIRED');

  const sourceText = cell('source').toLowerCase();
  const source = isFinder(sourceText) ? sourceText : null;
  if (!source) reject('source', sourceText ? 'GAS_FINDING_SOURCE_INVALID' : 'GAS_FINDING_FIELD_REQUIRED');

  const observedText = cell('observed_at');
  const moment = observedText ? readObservedAt(observedText, context.timeZone) : null;
  if (!observedText) reject('observed_at', 'GAS_FINDING_FIELD_REQUIRED');
  else if (!moment) reject('observed_at', 'GAS_FINDING_TIME_INVALID');
  // A minute's grace for a camera clock a little ahead.
  else if (moment.getTime() > context.now.getTime() + 60_000) reject('observed_at', 'GAS_FINDING_IN_FUTURE');
  const local = moment ? timeOf(moment, context.timeZone) : null;

  const code = cell('article');
  let article: CatalogueArticle | undefined;
  if (!code) reject('article', 'GAS_FINDING_FIELD_REQUIRED');
  else if (local) {
    article = context.catalogue.articleOn(code, local.day);
    if (!article) reject('article', 'GAS_ARTICLE_UNKNOWN');
  }
  if (article && source && !article.finders.includes(source)) reject('source', 'GAS_FINDER_NOT_ALLOWED');
  const prescriptionOn = article && local ? addMonths(local.day, article.prescriptionMonths) : null;
  if (prescriptionOn && prescriptionOn < context.today) reject('observed_at', 'GAS_FINDING_PRESCRIBED');

  // A plate: required for the royal decree's categories (parking, cameras), optional for an ABP offence.
  const plateText = cell('plate');
  let plate: { plate: string; country: string } | null = null;
  if (plateText) {
    const reading = readPlate(plateText, cell('country'));
    if (reading.ok) plate = { plate: reading.plate, country: reading.country };
    else reject(reading.reason === 'country' ? 'country' : 'plate', 'GAS_PLATE_INVALID');
  } else if (article && article.category !== 'abp') reject('plate', 'GAS_FINDING_FIELD_REQUIRED');

  const latText = cell('lat');
  const lonText = cell('lon');
  let point: { lat: number; lon: number } | null = null;
  let wijkCode: string | null = null;
  if (latText || lonText) {
    const lat = readDegrees(latText);
    const lon = readDegrees(lonText);
    if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      reject(lat === null || Math.abs(lat ?? 0) > 90 ? 'lat' : 'lon', 'GAS_FINDING_POINT_INVALID');
    } else {
      point = { lat, lon };
      const placed = context.place?.(lat, lon);
      if (placed && !placed.inside) reject('lat', 'PLACE_OUTSIDE_MUNICIPALITY');
      wijkCode = placed?.wijkCode ?? null;
    }
  }

  const photosText = cell('photos');
  const photos = photosText === '' ? 0 : Number(photosText);
  if (!/^\d{1,3}$/.test(photosText || '0') || photos > 100) reject('photos', 'GAS_FINDING_PHOTOS_INVALID');

  const street = cell('street').slice(0, 200) || null;
  const houseNumber = cell('number').slice(0, 20) || null;

  if (reasons.length || !moment || !local || !article || !source || !prescriptionOn) {
    return { ok: false, reasons };
  }
  return {
    ok: true,
    draft: {
      reference,
      observedAt: moment.toISOString(),
      observedOn: local.day,
      observedHour: local.hour,
      observedWeekday: local.weekday,
      articleId: article.id,
      articleCode: article.code,
      category: article.category,
      plate: plate?.plate ?? null,
      plateCountry: plate?.country ?? null,
      street,
      houseNumber,
      lat: point?.lat ?? null,
      lon: point?.lon ?? null,
      wijkCode,
      observer: observer.slice(0, 200),
      source,
      photos,
      amountCents: context.catalogue.amountOn(article.category, local.day),
      prescriptionOn,
    },
  };
}

/**
 * The party that collects a finding's money on a day (pure twin of EnforcementRepository.collectorOf, for a file's
 * many days at once): the association whose agreement covers the day, else the municipality.
 */
export function collectorFor(
  municipalityId: string,
  agreements: readonly { municipality_id: string; valid_from: string; valid_to: string | null }[],
  day: string,
): string {
  const covering = agreements
    .filter((a) => a.valid_from <= day && (a.valid_to === null || day <= a.valid_to))
    .sort((a, b) => (a.valid_from < b.valid_from ? 1 : -1));
  return covering[0]?.municipality_id ?? municipalityId;
}
