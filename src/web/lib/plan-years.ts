/**
 * The years to pick from on a page about the plan: every year of the plan versions' periods and the year shown,
 * newest first. With `yearBefore`, also the year before each plan starts (the baseline an indicator is measured
 * against). A period with only one end counts as that one year; more than 20 years of one period are not listed.
 */
export function planYearOptions(
  periods: { periodStart: string | null; periodEnd: string | null }[],
  shown: number,
  { yearBefore = false }: { yearBefore?: boolean } = {},
): number[] {
  const years = new Set<number>([shown]);
  for (const period of periods) {
    const start = period.periodStart ? Number(period.periodStart.slice(0, 4)) : undefined;
    const end = period.periodEnd ? Number(period.periodEnd.slice(0, 4)) : start;
    const from = start ?? end;
    if (from === undefined || end === undefined || Number.isNaN(from) || Number.isNaN(end)) continue;
    for (let year = yearBefore ? from - 1 : from; year <= end && year - from < 20; year += 1) years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}
