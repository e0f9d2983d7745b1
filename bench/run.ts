import { benchApiWrite } from './api-write.js';
import { benchPlanParse } from './plan-parse.js';
import { benchIndicators } from './indicators.js';
import { benchBarometer } from './barometer.js';
import { benchImport } from './import.js';
import { benchBundle } from './bundle.js';
import { benchNational } from './national.js';
import { benchGasImport } from './gas-import.js';
import { emit } from './measure.js';

/**
 * `npm run bench -- [NAME]`: every benchmark (but `national`), or the ones named; one JSON line per measurement on
 * stdout.
 */
const benches: Record<string, () => Promise<object[]>> = {
  'api-write': benchApiWrite,
  'plan-parse': benchPlanParse,
  indicators: benchIndicators,
  barometer: benchBarometer,
  import: benchImport,
  bundle: benchBundle,
  national: benchNational,
  'gas-import': benchGasImport,
};

/** Run only when named: `national` generates ~50 GB on PostgreSQL for about half an hour. */
const onlyWhenNamed = new Set(['national']);

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !benches[name]);
if (unknown.length) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benches).filter((n) => !onlyWhenNamed.has(n))) {
  const run = benches[name];
  if (!run) continue;
  for (const record of await run()) emit(record);
}
