import type { PlanTree, PlanVersionSummary, Target } from '../../../shared/api/plan.schema.js';
import type { PlanRows, PlanVersionTable } from './plan.repository.js';

const json = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export function presentVersion(
  v: PlanVersionTable,
  counts: Record<string, number> = {},
  continuedIndicators = 0,
): PlanVersionSummary {
  return {
    id: v.id,
    versionNo: Number(v.version_no),
    label: v.label,
    language: v.language === 'fr' ? 'fr' : 'nl',
    municipalityName: v.municipality_name,
    periodStart: v.period_start,
    periodEnd: v.period_end,
    status: v.status === 'confirmed' ? 'confirmed' : 'draft',
    sourceFilename: v.source_filename,
    createdAt: v.created_at,
    confirmedAt: v.confirmed_at,
    warnings: json(v.warnings_json, []),
    funding: json(v.funding_json, []),
    counts: {
      sections: counts.sections ?? 0,
      general: counts.general ?? 0,
      strategic: counts.strategic ?? 0,
      operational: counts.operational ?? 0,
      results: counts.results ?? 0,
      indicators: counts.indicators ?? 0,
    },
    continuedIndicators,
  };
}

/** The nested plan: sections → general and strategic objectives → operational → results and indicators. */
export function presentTree(rows: PlanRows, continuedIndicators: number): PlanTree {
  const counts = {
    sections: rows.sections.length,
    general: rows.objectives.filter((o) => o.level === 'general').length,
    strategic: rows.objectives.filter((o) => o.level === 'strategic').length,
    operational: rows.objectives.filter((o) => o.level === 'operational').length,
    results: rows.results.length,
    indicators: rows.indicators.length,
  };
  const programmes = rows.actionProgrammes.map((p) => ({
    id: p.id,
    name: p.name,
    sectionNumbers: json<string[]>(p.section_numbers_json, []),
  }));
  const objective = (o: PlanRows['objectives'][number]) => ({
    id: o.id,
    lineageId: o.lineage_id,
    level: o.level as 'general' | 'strategic' | 'operational',
    number: o.number,
    title: o.title,
    owner: o.owner,
    partners: json<string[]>(o.partners_json, []),
  });
  return {
    version: presentVersion(rows.version, counts, continuedIndicators),
    actionProgrammes: programmes,
    sections: rows.sections.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      kind: s.kind === 'coordination' ? 'coordination' : 'phenomenon',
      description: s.description,
      actionProgrammes: programmes.filter((p) => p.sectionNumbers.includes(s.number)).map((p) => p.name),
      general: rows.objectives.filter((o) => o.section_id === s.id && o.level === 'general').map(objective),
      strategic: rows.objectives
        .filter((o) => o.section_id === s.id && o.level === 'strategic')
        .map((st) => ({
          ...objective(st),
          operational: rows.objectives
            .filter((o) => o.parent_id === st.id && o.level === 'operational')
            .map((op) => ({
              ...objective(op),
              results: rows.results
                .filter((r) => r.objective_id === op.id)
                .map((r) => ({ id: r.id, text: r.text, position: Number(r.position) })),
              indicators: rows.indicators
                .filter((i) => i.objective_id === op.id)
                .map((i) => ({
                  id: i.id,
                  lineageId: i.lineage_id,
                  text: i.text,
                  targets: json<Target[]>(i.targets_json, []),
                  targetsEdited: Number(i.targets_edited) === 1,
                  position: Number(i.position),
                })),
            })),
        })),
    })),
  };
}
