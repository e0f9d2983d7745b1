import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../../../shared/api/plan.schema.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import { schoolYearWindow, subPeriods, yearWindow } from '../../../shared/indicators/periods.js';
import { projectRoot } from '../../config.js';
import { newId } from '../../adapters/tokens.js';
import type { IndicatorValueTable } from '../../db/schema.js';
import type { ServiceDeps } from '../context.js';
import { demoAudit } from './demo-audit.js';
import { IndicatorsRepository } from '../indicators/indicators.repository.js';
import { IndicatorLinkService } from '../indicators/indicator-links.service.js';
import { PlanImportService } from '../plan/plan-import.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { PlanService } from '../plan/plan.service.js';
import { type DemoDays, demoPlanYear } from './demo-days.js';

export const demoPlanFile = path.join(projectRoot, 'samples', 'plans', 'mechelen-svpp-2020.txt');

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
const system = (municipalityId: string) => ({ userId: '', role: 'admin' as const, municipalityId, email: 'demo' });

/** Synthetic manual values for one indicator and year: mostly on target, some short, from its own target. */
function manualValues(
  r: SeededRandom,
  targets: Target[],
  year: number,
  firstYear: number,
): { start: string; end: string; value: number }[] {
  const target = targetForYear(targets, year);
  const hit = r.next() < 0.75;
  const around = (required: number) =>
    Math.max(0, Math.round(hit ? required * (1 + r.next() * 0.4) : required * (0.4 + r.next() * 0.5)));
  if (!target || target.kind === 'monitor' || target.kind === 'qualitative') {
    return [{ ...yearWindow(year), value: r.int(3, 60) }];
  }
  switch (target.kind) {
    case 'exists':
      // A document due on a date exists from then on: one value on the due date is enough.
      if (target.due) return year === firstYear ? [{ start: target.due, end: target.due, value: hit ? 1 : 0 }] : [];
      return [{ ...yearWindow(year), value: hit ? 1 : 0 }];
    case 'growth':
      return [
        { ...yearWindow(year), value: year === firstYear ? 100 : hit ? 100 + Math.abs(target.value ?? 5) + 5 : 100 },
      ];
    case 'percentage':
      return [{ ...yearWindow(year), value: Math.min(100, around(target.value ?? 100)) }];
    case 'count':
    case 'hours': {
      const required = target.value ?? 1;
      if (target.per === 'month' || target.per === 'quarter' || target.per === 'half_year') {
        return subPeriods(year, target.per).map((p) => ({ ...p, value: hit || r.next() < 0.8 ? required : 0 }));
      }
      if (target.per === 'school_year') return [{ ...schoolYearWindow(year), value: around(required) }];
      return [
        {
          ...yearWindow(year),
          value: target.op === '<=' ? Math.round(required * (hit ? 0.7 : 1.3)) : around(required),
        },
      ];
    }
  }
}

/** Synthetic owners (teams, never people) per section number of the Mechelen plan, for the owner filter. */
const demoOwners: Record<string, string> = {
  '1': 'Preventieambtenaar',
  '2': 'Team straathoekwerk',
  '3': 'Team GAS-bemiddeling',
  '4': 'Team gemeenschapswachten',
  '5': 'Team jeugdpreventie',
  '6': 'Team diversiteit',
  '7': 'Team radicalisering',
  '8': 'Preventieambtenaar',
  '9': 'Team slachtofferzorg',
  '10': 'Team slachtofferzorg',
  '11': 'Team inbraakpreventie',
  '12': 'Team gemeenschapswachten',
  '13': 'Team inbraakpreventie',
  '14': 'Team gemeenschapswachten',
  '15': 'Team gemeenschapswachten',
  '16': 'Team straathoekwerk',
};

/**
 * The Mechelen 2020 plan as the demo's confirmed plan version, then its yearly extensions up to the current year
 * (the federal government extended the 2020 plans one year at a time): one plan version per year, "Verlenging 2024",
 * the newest one current. svpp's link proposals confirmed, and synthetic manual values for the previous and the
 * current year only on the indicators that stay manual (qualitative, external data, judgment); every computed
 * indicator reads the demo's registrations (demo-subject-registrations.ts and the features' own).
 */
export async function loadDemoPlan(
  deps: Deps,
  municipalityId: string,
  days: DemoDays,
): Promise<{ imported: boolean; linked: number; manual: number }> {
  const plans = new PlanService(deps);
  if (await plans.currentVersionId(system(municipalityId))) return { imported: false, linked: 0, manual: 0 };
  const actor = system(municipalityId);
  const text = readFileSync(demoPlanFile, 'utf8');
  const importer = new PlanImportService(deps);
  const { versionId: firstVersionId } = await importer.import(actor, {
    filename: 'mechelen-svpp-2020.txt',
    text,
    confirm: true,
  });
  const links = new IndicatorLinkService({ ...deps, plans });
  await links.propose(actor, firstVersionId);
  const versionIds = [firstVersionId];
  // The extensions: the same text (the lineage of every objective and indicator continues), each for one year.
  for (let year = demoPlanYear + 1; year <= days.year; year++) {
    const { versionId } = await importer.import(actor, {
      filename: `mechelen-svpp-2020-verlenging-${year}.txt`,
      text,
      confirm: true,
    });
    await new PlanRepository(deps.db.kysely).updateVersion(municipalityId, versionId, {
      label: `Verlenging ${year}`,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
    });
    versionIds.push(versionId);
  }
  const versionId = versionIds[versionIds.length - 1] ?? firstVersionId;
  const tree = await new PlanRepository(deps.db.kysely).loadTree(municipalityId, versionId);
  if (!tree) throw new Error('demo plan not stored');
  await deps.db.kysely.transaction().execute(async (trx) => {
    const planRepository = new PlanRepository(trx);
    for (const id of versionIds) {
      const rows = id === versionId ? tree : await planRepository.loadTree(municipalityId, id);
      const sectionNumber = new Map((rows?.sections ?? []).map((section) => [section.id, section.number]));
      for (const objective of rows?.objectives ?? []) {
        const owner = demoOwners[sectionNumber.get(objective.section_id) ?? ''];
        if (owner && objective.level !== 'general') {
          await planRepository.updateElement('plan_objective', municipalityId, objective.id, { owner });
        }
      }
    }
  });
  const linked = new Set(
    (await new IndicatorsRepository(deps.db.kysely).links(municipalityId)).map((l) => l.indicator_lineage_id),
  );
  const proposed = tree.indicators.filter((i) => linked.has(i.lineage_id)).map((i) => i.id);
  await links.confirmProposals(actor, proposed);

  const r = new SeededRandom(2020_04_27);
  const { db, clock } = deps;
  let manual = 0;
  await db.kysely.transaction().execute(async (trx) => {
    const repository = new IndicatorsRepository(trx);
    const now = clock.now().toISOString();
    // Only the manual remainder gets synthetic values: a person's judgment or data from outside (the links svpp
    // proposed as manual, with their reason) and any indicator without a link. Computed links read registrations.
    const modes = new Map((await repository.links(municipalityId)).map((l) => [l.indicator_lineage_id, l.mode]));
    for (const indicator of tree.indicators) {
      const mode = modes.get(indicator.lineage_id);
      if (mode !== undefined && mode !== 'manual') continue;
      if (mode === undefined) {
        await repository.upsertLink({
          id: newId(),
          municipality_id: municipalityId,
          indicator_lineage_id: indicator.lineage_id,
          mode: 'manual',
          query_json: null,
          state: 'confirmed',
          reason: null,
          updated_by: null,
          updated_at: now,
        });
      }
      const targets = JSON.parse(indicator.targets_json) as Target[];
      for (const year of days.years) {
        for (const v of manualValues(r, targets, year, days.years[0])) {
          const row: IndicatorValueTable = {
            id: newId(),
            municipality_id: municipalityId,
            indicator_lineage_id: indicator.lineage_id,
            period_start: v.start,
            period_end: v.end,
            value: v.value,
            comment: 'Synthetische demowaarde',
            evidence: null,
            entered_by: null,
            entered_at: now,
          };
          await repository.upsertValue(row);
        }
      }
      manual++;
    }
    await demoAudit({ db, clock }, municipalityId)(trx, 'demo.indicator_values', 'plan_version', versionId, {
      after: { manual_indicators: manual, versions: versionIds.length },
    });
  });
  return { imported: true, linked: proposed.length, manual };
}
