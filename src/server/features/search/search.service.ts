import { type Actor, can, type SignedInActor } from '../../../shared/access/roles.js';
import { type SearchHit, type SearchKind, searchKinds, type SearchResult } from '../../../shared/api/search.schema.js';
import { maySeeNames } from '../../../shared/cases/case-privacy.js';
import { caseTypes, isCaseTypeKey } from '../../../shared/cases/case-types.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { CaseRetentionService } from '../cases/case-retention.service.js';
import type { PlanService } from '../plan/plan.service.js';
import { containsPattern, SearchRepository } from './search.repository.js';

/** Hits shown per kind; one more is read to know whether there are more. */
export const searchLimitPerKind = 8;

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  plans: Pick<PlanService, 'currentVersionId'>;
  retention: Pick<CaseRetentionService, 'sweepIfDue'>;
};

/** The policy action that lets a role search each kind (the same as reading that kind's pages). */
const searchAction = {
  plan: 'plan.read',
  registration: 'register.read',
  complaint: 'complaint.read',
  case: 'case.read',
  partner: 'partner.read',
} as const satisfies Record<SearchKind, Parameters<typeof can>[1]>;

const shorten = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The first string value of a registration (or its title) that contains the text; null when the text only matched a
 * key.
 */
export function matchingText(title: string | null, valuesJson: string, q: string): string | null {
  const needle = q.toLowerCase();
  if (title?.toLowerCase().includes(needle)) return title;
  let values: unknown;
  try {
    values = JSON.parse(valuesJson);
  } catch {
    return null;
  }
  if (typeof values !== 'object' || values === null) return null;
  for (const value of Object.values(values)) {
    if (typeof value === 'string' && value.toLowerCase().includes(needle)) return value;
  }
  return null;
}

/**
 * One search box over the municipality's plan elements, registrations, complaints, cases and partners. Each kind
 * only for the roles that may read it; a case person's name only for who may see that case's names (the case
 * privacy rule), and a search that returned names is written in the audit log (ids, never the names or the text).
 */
export class SearchService {
  constructor(private readonly deps: Deps) {}

  async search(actor: SignedInActor, q: string): Promise<SearchResult> {
    const pattern = containsPattern(q);
    const repository = new SearchRepository(this.deps.db.kysely);
    const allowed = searchKinds.filter((kind) => can(actor, searchAction[kind]));
    const read = async (kind: SearchKind): Promise<SearchHit[]> => {
      switch (kind) {
        case 'plan':
          return this.plan(actor, repository, pattern);
        case 'registration':
          return (await repository.registrations(actor.municipalityId, pattern, (searchLimitPerKind + 1) * 4))
            .flatMap((r) => {
              const text = matchingText(r.title, r.values_json, q);
              if (text === null) return [];
              return [
                {
                  id: r.id,
                  kind,
                  title: shorten(r.title ?? text),
                  detail: `${r.type_key} · ${r.occurred_on}`,
                  href: `/registrations/${r.id}`,
                },
              ];
            })
            .slice(0, searchLimitPerKind + 1);
        case 'complaint':
          // Reference, category and street only: the text matched stays on the complaint's page.
          return (await repository.complaints(actor.municipalityId, pattern, searchLimitPerKind + 1)).map((c) => ({
            id: c.id,
            kind,
            title: c.reference,
            detail: [c.category, c.street].filter(Boolean).join(' · ') || null,
            href: `/complaints/${c.id}`,
          }));
        case 'case':
          return this.cases(actor, repository, pattern);
        case 'partner':
          return (await repository.partners(actor.municipalityId, pattern, searchLimitPerKind + 1)).map((p) => ({
            id: p.id,
            kind,
            title: p.name,
            detail: p.kind,
            href: '/partners',
          }));
      }
    };
    const lists = await Promise.all(allowed.map(read));
    return {
      q,
      groups: allowed
        .map((kind, i) => ({
          kind,
          hits: lists[i]!.slice(0, searchLimitPerKind),
          more: lists[i]!.length > searchLimitPerKind,
        }))
        .filter((group) => group.hits.length > 0),
    };
  }

  private async plan(actor: Actor, repository: SearchRepository, pattern: string): Promise<SearchHit[]> {
    const versionId = await this.deps.plans.currentVersionId(actor);
    if (!versionId) return [];
    const found = await repository.planElements(actor.municipalityId, versionId, pattern, searchLimitPerKind + 1);
    const href = `/plan?version=${versionId}`;
    return [
      ...found.sections.map((s) => ({ id: s.id, title: `${s.number} ${s.title}`, detail: 'section' })),
      ...found.objectives.map((o) => ({ id: o.id, title: `${o.number} ${o.title}`, detail: o.level })),
      ...found.indicators.map((i) => ({ id: i.id, title: `${i.number} ${shorten(i.text)}`, detail: 'indicator' })),
    ]
      .slice(0, searchLimitPerKind + 1)
      .map((hit) => ({ ...hit, kind: 'plan' as const, href }));
  }

  /** By reference for every case reader; by a person's name only in the cases whose names the actor may see. */
  private async cases(actor: SignedInActor, repository: SearchRepository, pattern: string): Promise<SearchHit[]> {
    const { db, clock } = this.deps;
    await this.deps.retention.sweepIfDue(actor.municipalityId);
    const [byReference, byName] = await Promise.all([
      repository.casesByReference(actor.municipalityId, pattern, searchLimitPerKind + 1),
      repository.casesByPersonName(actor.municipalityId, pattern, (searchLimitPerKind + 1) * 4),
    ]);
    const hits = new Map<string, SearchHit>();
    for (const c of byReference) {
      hits.set(c.id, { id: c.id, kind: 'case', title: c.reference, detail: c.type_key, href: `/cases/${c.id}` });
    }
    const named = byName.filter(
      (p) => isCaseTypeKey(p.type_key) && maySeeNames(actor, caseTypes[p.type_key], p.owner_user_id),
    );
    const shownPersons: { caseId: string; personId: string }[] = [];
    const namedCases = new Set<string>();
    for (const p of named) {
      if (namedCases.has(p.id)) continue; // one name per case is enough
      if (!hits.has(p.id) && hits.size > searchLimitPerKind) continue;
      namedCases.add(p.id);
      hits.set(p.id, { id: p.id, kind: 'case', title: p.reference, detail: p.full_name, href: `/cases/${p.id}` });
      shownPersons.push({ caseId: p.id, personId: p.person_id });
    }
    if (shownPersons.length > 0) {
      await db.kysely.transaction().execute((trx) =>
        auditFor({ db, clock }, { municipalityId: actor.municipalityId, userId: actor.userId, email: actor.email })(
          trx,
          'search.personal.read',
          'case',
          null,
          {
            after: {
              cases: [...new Set(shownPersons.map((s) => s.caseId))],
              persons: shownPersons.map((s) => s.personId),
            },
          },
        ),
      );
    }
    return [...hits.values()];
  }
}
