/**
 * The neighbourhood barometer (features/barometer): nuisance events, their daily and monthly rollups (also per wijk for
 * the heat map), police imports. Part of `Database` (../schema.ts).
 */

/**
 * One nuisance event counted by the barometer (features/barometer): a complaint, a guard's melding or a police record.
 */
export interface NuisanceEventTable {
  id: string;
  municipality_id: string;
  /** complaint | guard_report | police */
  source: string;
  source_id: string;
  category: string;
  wijk_code: string | null;
  /** Street-level detail: shown only to roles that may see it. */
  street: string | null;
  occurred_at: string;
  /** Local (Europe/Brussels) day YYYY-MM-DD, hour 0–23, ISO weekday 1–7. */
  day: string;
  hour: number;
  weekday: number;
  updated_at: string;
}

/** Nuisance events per day × source × category × wijk ('' = none), kept in the writing transaction. */
interface NuisanceDailyTable {
  municipality_id: string;
  day: string;
  source: string;
  category: string;
  wijk_code: string;
  n: number;
}

/** Nuisance events per day × source × category × hour (weekday follows the day): the heat map. */
interface NuisanceHourlyTable {
  municipality_id: string;
  day: string;
  source: string;
  category: string;
  hour: number;
  weekday: number;
  n: number;
}

/** Nuisance events per month (YYYY-MM) × source × category × wijk ('' = none): whole months of the map and trends. */
interface NuisanceMonthlyTable {
  municipality_id: string;
  month: string;
  source: string;
  category: string;
  wijk_code: string;
  n: number;
}

/** Nuisance events per month × source × category × weekday × hour: whole months of the heat map. */
interface NuisanceMonthlyHourlyTable {
  municipality_id: string;
  month: string;
  source: string;
  category: string;
  weekday: number;
  hour: number;
  n: number;
}

/**
 * Nuisance events per wijk ('' = none) × day × source × category × hour (weekday follows the day): a wijk's heat map.
 */
interface NuisanceWijkHourlyTable extends NuisanceHourlyTable {
  wijk_code: string;
}

/**
 * Nuisance events per wijk ('' = none) × month × source × category × weekday × hour: whole months of a wijk's heat map.
 */
interface NuisanceWijkMonthlyHourlyTable extends NuisanceMonthlyHourlyTable {
  wijk_code: string;
}

/** An imported police file. */
interface NuisanceImportTable {
  id: string;
  municipality_id: string;
  file_name: string;
  row_count: number;
  imported_by: string | null;
  imported_at: string;
}

export interface BarometerTables {
  nuisance_event: NuisanceEventTable;
  nuisance_daily: NuisanceDailyTable;
  nuisance_hourly: NuisanceHourlyTable;
  nuisance_monthly: NuisanceMonthlyTable;
  nuisance_monthly_hourly: NuisanceMonthlyHourlyTable;
  nuisance_wijk_hourly: NuisanceWijkHourlyTable;
  nuisance_wijk_monthly_hourly: NuisanceWijkMonthlyHourlyTable;
  nuisance_import: NuisanceImportTable;
}
