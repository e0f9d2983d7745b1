import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/shared/plan/plan-parser.js';
import { percentile, round } from './measure.js';

const planFile = fileURLToPath(new URL('../samples/plans/mechelen-svpp-2020.txt', import.meta.url));
const runs = 200;
const warmup = 30;

/**
 * Parsing the Mechelen 2020 plan (read the file + `parsePlan`) against the bare minimum any parser
 * does (read the file + split it into lines), interleaved in one run so both see the same machine.
 */
export async function benchPlanParse(): Promise<object[]> {
  const svppMs: number[] = [];
  const baselineMs: number[] = [];
  let sink = 0;
  const timeOnce = (task: () => number): number => {
    const t0 = performance.now();
    sink += task();
    return performance.now() - t0;
  };
  const svpp = () => parsePlan(readFileSync(planFile, 'utf8')).sections.length;
  const baseline = () => readFileSync(planFile, 'utf8').split(/\r\n|\r|\n/u).length;
  for (let i = 0; i < warmup; i += 1) {
    timeOnce(svpp);
    timeOnce(baseline);
  }
  for (let i = 0; i < runs; i += 1) {
    svppMs.push(timeOnce(svpp));
    baselineMs.push(timeOnce(baseline));
  }
  if (sink === 0) {
    throw new Error('plan-parse bench: nothing was parsed');
  }
  svppMs.sort((a, b) => a - b);
  baselineMs.sort((a, b) => a - b);
  const p50 = percentile(svppMs, 50);
  const baseP50 = percentile(baselineMs, 50);
  return [
    {
      bench: 'plan-parse',
      runs,
      p50_ms: round(p50),
      p95_ms: round(percentile(svppMs, 95)),
      baseline: { name: 'read+split', p50_ms: round(baseP50), p95_ms: round(percentile(baselineMs, 95)) },
      ratio: round(p50 / baseP50, 2),
    },
  ];
}
