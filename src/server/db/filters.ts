/**
 * The equality filters of a list that were given, for `.where((eb) => eb.and(given({ column: filter.value })))`:
 * a value left out (undefined, null or '') does not filter, so a list without filters reads everything. (Given to
 * `eb.and` itself, a null would become `IS NULL`; here it means "not asked for".)
 */
export function given<T extends Record<string, unknown>>(filters: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as { [K in keyof T]?: NonNullable<T[K]> };
}
