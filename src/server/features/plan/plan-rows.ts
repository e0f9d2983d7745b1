import type { ParsedPlan } from '../../../shared/plan/plan-parse.types.js';
import { newId } from '../../adapters/tokens.js';
import { matchLineage, type LineageCandidate } from './plan-lineage.js';
import type { PlanObjectiveTable, PlanRows, PlanVersionTable } from './plan.repository.js';

interface VersionMeta {
  municipalityId: string;
  versionNo: number;
  filename: string;
  sha256: string;
  createdAt: string;
  createdBy: string | null;
  previousVersionId: string | null;
  confirmed: boolean;
}

/** "SVPP 2020" or "PSSP 2020–2021" from the plan's language and period. */
export function versionLabel(plan: ParsedPlan): string {
  const name = plan.language === 'fr' ? 'PSSP' : 'SVPP';
  const start = plan.period?.start.slice(0, 4);
  const end = plan.period?.end.slice(0, 4);
  if (!start) return name;
  return start === end || !end ? `${name} ${start}` : `${name} ${start}–${end}`;
}

/**
 * Turns a parsed plan into rows, ready to insert, continuing the lineage of the previous version's
 * objectives and indicators where the text matches.
 */
export function planToRows(
  plan: ParsedPlan,
  meta: VersionMeta,
  previous: { objectives: LineageCandidate[]; indicators: LineageCandidate[] },
): PlanRows {
  const { municipalityId } = meta;
  const versionId = newId();
  const version: PlanVersionTable = {
    id: versionId,
    municipality_id: municipalityId,
    version_no: meta.versionNo,
    label: versionLabel(plan),
    language: plan.language,
    municipality_name: plan.municipality ?? null,
    period_start: plan.period?.start ?? null,
    period_end: plan.period?.end ?? null,
    status: meta.confirmed ? 'confirmed' : 'draft',
    source_filename: meta.filename,
    source_sha256: meta.sha256,
    warnings_json: JSON.stringify(plan.warnings),
    funding_json: JSON.stringify(plan.funding ?? []),
    previous_version_id: meta.previousVersionId,
    created_at: meta.createdAt,
    created_by: meta.createdBy,
    confirmed_at: meta.confirmed ? meta.createdAt : null,
    confirmed_by: meta.confirmed ? meta.createdBy : null,
  };
  const rows: PlanRows = { version, sections: [], actionProgrammes: [], objectives: [], results: [], indicators: [] };
  const base = { municipality_id: municipalityId, plan_version_id: versionId };

  (plan.action_programmes ?? []).forEach((programme, position) => {
    rows.actionProgrammes.push({
      ...base,
      id: newId(),
      name: programme.name,
      section_numbers_json: JSON.stringify(programme.sections),
      position,
    });
  });

  let objectivePosition = 0;
  const objective = (
    sectionId: string,
    parentId: string | null,
    level: string,
    number: string,
    title: string,
  ): PlanObjectiveTable => {
    const id = newId();
    const row = {
      ...base,
      id,
      section_id: sectionId,
      parent_id: parentId,
      level,
      number,
      title,
      position: objectivePosition++,
      lineage_id: id,
      owner: null,
      partners_json: '[]',
    };
    rows.objectives.push(row);
    return row;
  };
  const indicatorNumbers: string[] = [];
  let resultPosition = 0;
  let indicatorPosition = 0;
  plan.sections.forEach((section, sectionPosition) => {
    const sectionId = newId();
    rows.sections.push({
      ...base,
      id: sectionId,
      number: section.number,
      title: section.title,
      kind: section.kind,
      description: section.description ?? null,
      position: sectionPosition,
    });
    for (const general of section.general_objectives) {
      objective(sectionId, null, 'general', general.number, general.title);
    }
    for (const strategic of section.strategic_objectives) {
      const parent = objective(sectionId, null, 'strategic', strategic.number, strategic.title);
      for (const operational of strategic.operational_objectives) {
        const op = objective(sectionId, parent.id, 'operational', operational.number, operational.title);
        for (const text of operational.results) {
          rows.results.push({ ...base, id: newId(), objective_id: op.id, text, position: resultPosition++ });
        }
        for (const indicator of operational.indicators) {
          const id = newId();
          rows.indicators.push({
            ...base,
            id,
            objective_id: op.id,
            lineage_id: id,
            text: indicator.text,
            targets_json: JSON.stringify(indicator.targets),
            targets_edited: 0,
            position: indicatorPosition++,
          });
          indicatorNumbers.push(operational.number);
        }
      }
    }
  });

  const objectiveLineage = matchLineage(
    previous.objectives,
    rows.objectives.map((o) => ({ number: `${o.level}:${o.number}`, text: o.title })),
  );
  rows.objectives.forEach((o, i) => {
    o.lineage_id = objectiveLineage[i] ?? o.lineage_id;
  });
  const indicatorLineage = matchLineage(
    previous.indicators,
    rows.indicators.map((row, i) => ({ number: indicatorNumbers[i] ?? '', text: row.text })),
  );
  rows.indicators.forEach((row, i) => {
    row.lineage_id = indicatorLineage[i] ?? row.lineage_id;
  });
  return rows;
}
