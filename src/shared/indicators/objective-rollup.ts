import type { Overview } from '../api/indicators.schema.js';
import { rollUp, type Status } from './indicator-status.js';

type StrategicState = Overview['sections'][number]['strategic'][number];
type OperationalState = StrategicState['operational'][number];

/** An operational objective with its indicators' states, before its own status is rolled up. */
export type OperationalInput = Pick<OperationalState, 'id' | 'lineageId' | 'number' | 'title' | 'owner' | 'indicators'>;
/** A strategic objective of a section with its operational objectives. */
export type StrategicInput = Pick<StrategicState, 'id' | 'number' | 'title'> & { operational: OperationalInput[] };

/**
 * The strategic objectives of one section as the overview shows them: every objective rolls up the statuses of the
 * indicators under it. `statuses` are all of the section's indicator statuses, for the section's own roll-up.
 */
export function rollUpObjectives(strategicObjectives: StrategicInput[]): {
  strategic: StrategicState[];
  statuses: Status[];
} {
  const strategic = strategicObjectives.map((st) => {
    const operational = st.operational.map((op) => ({
      id: op.id,
      lineageId: op.lineageId,
      number: op.number,
      title: op.title,
      owner: op.owner,
      ...rollUp(op.indicators.map((i) => i.status)),
      indicators: op.indicators,
    }));
    return {
      id: st.id,
      number: st.number,
      title: st.title,
      ...rollUp(operational.flatMap((o) => o.indicators.map((i) => i.status))),
      operational,
    };
  });
  return {
    strategic,
    statuses: strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators.map((i) => i.status))),
  };
}
