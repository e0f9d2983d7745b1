/**
 * Small-cell suppression for everything that leaves the department (the police role, public views, every file
 * export): a count between 1 and 4 could point at a person or a household, so it reads "<5". Zero stays zero
 * (nothing happened is not personal) and 5 or more is shown as it is.
 */
export const suppressedLabel = '<5';
export type SuppressedCount = number | typeof suppressedLabel;

export function suppressCount(n: number): SuppressedCount {
  return n >= 1 && n <= 4 ? suppressedLabel : n;
}

/** Shows a count for this audience: inside the department as it is, outside suppressed. */
export function countFor(n: number, outside: boolean): SuppressedCount {
  return outside ? suppressCount(n) : n;
}
