import type { Labels } from '../indicators/register-fields.js';
import { flowDefinitionSchema } from '../cases/flow-types.js';
import procedureData from './gas-procedure.json';
import statusTexts from './finding-statuses.texts.json';

/**
 * The procedure of a GAS finding (decriminalised traffic offences and ABP findings), as data run by the case
 * engine (src/shared/cases/case-engine.ts: checkStep, caseDeadlines). The finding is the case's opening: the day of
 * the facts. Batch operations (a letter batch, a vehicle-registration file, a bank statement) record the same
 * steps for many findings at once, guarded by the status columns; the workflow description document is generated
 * from this definition, so what the city publishes is what the software does. The flow itself is data
 * (`gas-procedure.json`, texts in the three languages), read through the flow schema when the module loads; its periods
 * are read from its deadlines, so the letters, the batch runs and the published
 * workflow document count the same days as the engine.
 */
export const gasProcedure = flowDefinitionSchema.parse(procedureData);

function period(key: string, unit: 'days' | 'months'): number {
  const value = gasProcedure.deadlines.find((d) => d.key === key)?.[unit];
  if (value === undefined) throw new Error(`gas-procedure.json: deadline ${key} has no ${unit}`);
  return value;
}

/** Days the holder has, from the notification, to send a defence or pay the proposed amount (GAS law, art. 25). */
export const defenceDays = period('defence_period', 'days');
/** Days to pay after a decision imposing a fine; a reminder is due after them. */
export const paymentDays = period('payment', 'days');
/** Months after the decision was notified within which an appeal may be lodged at the police court (art. 31). */
export const appealMonths = period('appeal_period', 'months');

/** Where a finding stands: the `status` column, the one batch operations filter on. */
export type FindingStatus = keyof typeof statusTexts;
/**
 * In the order of the procedure: the keys of `finding-statuses.texts.json`, which holds their names in nl, fr and en.
 */
export const findingStatuses = Object.keys(statusTexts) as FindingStatus[];
export const findingStatusLabels: Record<FindingStatus, Labels> = statusTexts;

/** The status after recording a step with an outcome (null: the step leaves the status as it is). */
export function statusAfterStep(stepKey: string, outcome: string | null): FindingStatus | null {
  switch (stepKey) {
    case 'holder_identified':
      return outcome === 'found' ? 'identified' : null;
    case 'notified':
      return 'notified';
    case 'decided':
      return outcome === 'fine' ? 'decided' : outcome === 'mediation' ? 'mediation' : null;
    case 'reminded':
      return 'reminded';
    default:
      return null;
  }
}
