import type { IndicatorState } from '../../shared/api/indicators.schema.js';
import type { Subject } from '../../shared/subjects/subject.js';

/** Synthetic data the web tests share. */

/** Indicator counts per status: zero but for `partial`. */
export const statusCounts = (partial: Partial<Record<IndicatorState['status'], number>> = {}) => ({
  achieved: 0,
  on_track: 0,
  at_risk: 0,
  missed: 0,
  no_data: 0,
  monitor: 0,
  ...partial,
});

/** A confirmed, active subject of a meeting register (`changes` for another register, state or section). */
export const fakeSubject = (id: string, name: string, changes: Partial<Subject> = {}): Subject => ({
  id,
  typeKey: 'meeting',
  kind: 'body',
  key: id,
  name,
  sectionNumber: null,
  category: null,
  reportKind: null,
  state: 'confirmed',
  active: true,
  mergedIntoId: null,
  registrations: 0,
  indicators: [],
  ...changes,
});
