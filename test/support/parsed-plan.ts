import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedOperationalObjective, ParsedPlan, ParsedTarget } from '../../src/shared/plan/plan-parse.types.js';

/** A plan text of the test fixtures (test/fixtures/plans). */
export const planFixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/plans/${name}`, import.meta.url)), 'utf8');

/** The real Mechelen SVPP 2020 as the ministry's template has it. */
export const mechelenText = readFileSync(
  fileURLToPath(new URL('../../samples/plans/mechelen-svpp-2020.txt', import.meta.url)),
  'utf8',
);

export function operationals(plan: ParsedPlan): ParsedOperationalObjective[] {
  return plan.sections.flatMap((s) => s.strategic_objectives.flatMap((so) => so.operational_objectives));
}
export function oo(plan: ParsedPlan, number: string): ParsedOperationalObjective {
  const found = operationals(plan).find((o) => o.number === number);
  if (found === undefined) throw new Error(`no operational objective ${number}`);
  return found;
}
export function targetsOf(plan: ParsedPlan, start: string): ParsedTarget[] {
  const indicator = operationals(plan)
    .flatMap((o) => o.indicators)
    .find((i) => i.text.startsWith(start));
  if (indicator === undefined) throw new Error(`no indicator starting with "${start}"`);
  return indicator.targets;
}
