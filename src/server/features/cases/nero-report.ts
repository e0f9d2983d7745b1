import type { NeroReport } from '../../../shared/api/cases.schema.js';
import { addMonths } from '../../../shared/cases/case-engine.js';
import type { EvaluatedCase } from './case-state.js';

/**
 * The yearly NERO figures (indicator "Jaarrapport NERO-project"): trajectories started, the prosecutor's
 * answers, talks, agreements, modules, hours, closures and whether they closed within 5 months of the first talk.
 * Pseudonymised: counts only.
 */
export function neroReport(cases: readonly EvaluatedCase[], year: number): NeroReport {
  const inYear = (day: string | null | undefined) => typeof day === 'string' && day.startsWith(`${year}-`);
  const stepsIn = (key: string) => cases.flatMap((c) => c.steps.filter((s) => s.step_key === key && inYear(s.done_on)));
  const modules: Record<string, number> = {};
  for (const step of stepsIn('module')) {
    const module = (JSON.parse(step.choices_json) as Record<string, string>).module ?? 'other';
    modules[module] = (modules[module] ?? 0) + 1;
  }
  const closedCases = cases.filter((c) => inYear(c.row.closed_on));
  const closed: Record<string, number> = {};
  let within = 0;
  let late = 0;
  for (const c of closedCases) {
    closed[c.row.close_outcome ?? 'unknown'] = (closed[c.row.close_outcome ?? 'unknown'] ?? 0) + 1;
    const firstTalk = c.steps.find((s) => s.step_key === 'first_talk');
    if (!firstTalk || c.row.closed_on === null) continue;
    if (c.row.closed_on <= addMonths(firstTalk.done_on, 5)) within += 1;
    else late += 1;
  }
  const consent = stepsIn('prosecutor_consent');
  return {
    year,
    started: cases.filter((c) => inYear(c.row.opened_on)).length,
    consentGranted: consent.filter((s) => s.outcome === 'granted').length,
    consentRefused: consent.filter((s) => s.outcome === 'refused').length,
    parentsInvited: stepsIn('parents_invited').length,
    agreements: stepsIn('agreement').length,
    modules,
    communityServiceHours: stepsIn('community_service').reduce((sum, s) => sum + Number(s.hours ?? 0), 0),
    closed,
    closedWithinFiveMonths: within,
    closedLate: late,
    openOverdue: cases.filter((c) => c.row.closed_on === null && c.summary.overdue).length,
  };
}
