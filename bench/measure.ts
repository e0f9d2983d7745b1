/** Small helpers shared by the benchmarks: percentiles and a bounded concurrent request loop. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** Runs `count` calls of `task` with `concurrency` in flight; returns the wall time and per-call latencies. */
export async function runConcurrent(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<{ seconds: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      latenciesMs.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, latenciesMs: latenciesMs.sort((a, b) => a - b) };
}

export function emit(record: object): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
