import { readFileSync } from 'node:fs';
import { computationKey } from '../../src/shared/indicators/indicator-query.js';
import { proposeLink } from '../../src/shared/indicators/propose-link.js';
import { parsePlan } from '../../src/shared/plan/plan-parser.js';

/** Mechelen's 2020 plan (samples/plans), parsed once: what svpp proposes for its indicators. */

const plan = parsePlan(readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8'));
/** Every indicator of the plan with its section and operational objective. */
export const mechelenIndicators = plan.sections.flatMap((s) =>
  s.strategic_objectives.flatMap((st) =>
    st.operational_objectives.flatMap((op) => op.indicators.map((i) => ({ section: s, op, i }))),
  ),
);

/** The proposal for the plan's indicator whose text starts with `start`, read as the plan import reads it. */
export function proposalFor(start: string): ReturnType<typeof proposeLink> {
  const found = mechelenIndicators.find((x) => x.i.text.startsWith(start));
  if (!found) throw new Error(`no indicator ${start}`);
  return proposeLink({
    text: found.i.text,
    sectionNumber: found.section.number,
    sectionTitle: found.section.title,
    siblings: found.op.indicators.filter((o) => o !== found.i).map((o) => o.text),
    municipalityName: 'Mechelen',
  });
}

/** The computation a proposal links to, each subject standing for itself. */
export const computationKeyOf = (p: ReturnType<typeof proposeLink>) =>
  computationKey(p.link(new Map(p.subjects.map((s) => [s.key, s.key]))));
