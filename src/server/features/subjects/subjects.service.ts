import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import {
  indicatorLinkInputSchema,
  subjectIdsOf,
  type IndicatorLinkInput,
} from '../../../shared/indicators/indicator-query.js';
import { slug, type Subject, type SubjectDraft, type SubjectKind } from '../../../shared/subjects/subject.js';
import type { Kysely } from 'kysely';
import type { Database, IndicatorLinkTable, SubjectTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { found } from '../../http/found.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import { SubjectRepository } from './subjects.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { currentVersionId?: (actor: Actor) => Promise<string | undefined> };
/** The link stored on an indicator, read back as the API's link input (null when unreadable or rejected). */
export function storedLink(
  row: Pick<IndicatorLinkTable, 'mode' | 'query_json' | 'manual_reason'>,
): IndicatorLinkInput | null {
  if (row.mode === 'manual') {
    return { mode: 'manual', ...(row.manual_reason ? { manualReason: row.manual_reason as 'qualitative' } : {}) };
  }
  if (!row.query_json) return null;
  try {
    const raw = JSON.parse(row.query_json) as unknown;
    const parsed = indicatorLinkInputSchema.safeParse(
      row.mode === 'ratio' ? { mode: 'ratio', ratio: raw } : { mode: 'query', query: raw },
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How a link is stored: the query or the ratio as JSON, the manual reason in its own column. */
export function linkColumns(
  link: IndicatorLinkInput,
): Pick<IndicatorLinkTable, 'mode' | 'query_json'> & { manual_reason: string | null } {
  if (link.mode === 'query') return { mode: 'query', query_json: JSON.stringify(link.query), manual_reason: null };
  if (link.mode === 'ratio') return { mode: 'ratio', query_json: JSON.stringify(link.ratio), manual_reason: null };
  return { mode: 'manual', query_json: null, manual_reason: link.manualReason ?? null };
}

/** Subjects: proposed by the plan import, confirmed, renamed and merged by a coordinator, named by registrations. */
export class SubjectService {
  constructor(private readonly deps: Deps) {}

  async list(actor: Actor, filter: { typeKey?: string | undefined; includeInactive?: boolean }): Promise<Subject[]> {
    const db = this.deps.db.kysely;
    const [rows, counts, links] = await Promise.all([
      new SubjectRepository(db).list(actor.municipalityId, filter),
      new RegistrationRepository(db).countBySubject(actor.municipalityId),
      db
        .selectFrom('indicator_link')
        .select(['indicator_lineage_id', 'mode', 'query_json', 'manual_reason', 'state'])
        .where('municipality_id', '=', actor.municipalityId)
        .where('state', '!=', 'rejected')
        .execute(),
    ]);
    const versionId = this.deps.currentVersionId ? await this.deps.currentVersionId(actor) : undefined;
    const indicators = versionId
      ? await this.indicatorsOf(db, actor.municipalityId, versionId)
      : new Map<string, { id: string; number: string; text: string }>();
    const bySubject = new Map<string, { id: string; number: string; text: string }[]>();
    for (const link of links) {
      const input = storedLink(link);
      const indicator = indicators.get(link.indicator_lineage_id);
      if (!input || !indicator) continue;
      for (const id of subjectIdsOf(input)) bySubject.set(id, [...(bySubject.get(id) ?? []), indicator]);
    }
    // In the plan's order (1.2.2 before 1.2.10), then by text: the links' rows have no order of their own.
    for (const list of bySubject.values()) list.sort(planOrder);
    return rows.map((row) => present(row, counts.get(row.id) ?? 0, bySubject.get(row.id) ?? []));
  }

  private async indicatorsOf(db: Kysely<Database>, municipalityId: string, versionId: string) {
    const rows = await db
      .selectFrom('indicator')
      .innerJoin('plan_objective', 'plan_objective.id', 'indicator.objective_id')
      .select(['indicator.id', 'indicator.lineage_id', 'indicator.text', 'plan_objective.number'])
      .where('indicator.municipality_id', '=', municipalityId)
      .where('indicator.plan_version_id', '=', versionId)
      .execute();
    return new Map(rows.map((r) => [r.lineage_id, { id: r.id, number: r.number, text: r.text }]));
  }

  async create(
    actor: SignedInActor,
    input: {
      typeKey: string;
      kind: SubjectKind;
      name: string;
      sectionNumber?: string | null | undefined;
      category?: string | null | undefined;
    },
  ): Promise<Subject> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const now = clock.now().toISOString();
      const id = newId();
      const row: SubjectTable = {
        id,
        municipality_id: actor.municipalityId,
        type_key: input.typeKey,
        kind: input.kind,
        key: `own.${slug(input.name)}.${id.slice(0, 8)}`,
        name: input.name,
        section_number: input.sectionNumber ?? null,
        category: input.category ?? null,
        report_kind: null,
        plan_version_id: null,
        state: 'confirmed',
        active: 1,
        merged_into_id: null,
        created_at: now,
        updated_at: now,
      };
      await new SubjectRepository(trx).insert(row);
      await auditFor({ db, clock }, actor)(trx, 'subject.create', 'subject', id, { after: auditView(row) });
      return present(row, 0, []);
    });
  }

  async update(
    actor: SignedInActor,
    id: string,
    changes: { name?: string | undefined; active?: boolean | undefined; confirm?: true | undefined },
  ): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new SubjectRepository(trx);
      const before = found(await repository.lock(actor.municipalityId, id));
      if (before.merged_into_id && changes.active) throw new AppError('SUBJECT_MERGED');
      const next: Partial<SubjectTable> = { updated_at: clock.now().toISOString() };
      if (changes.name !== undefined) next.name = changes.name;
      if (changes.active !== undefined) next.active = changes.active ? 1 : 0;
      if (changes.confirm || changes.name !== undefined) next.state = 'confirmed';
      await repository.update(actor.municipalityId, id, next);
      await auditFor({ db, clock }, actor)(trx, 'subject.update', 'subject', id, {
        before: auditView(before),
        after: { ...auditView(before), ...next },
      });
    });
  }

  /**
   * Merges a subject into another of the same register: its registrations move (rollups rebuilt), indicator links
   * that read it read the other one, and it stays behind inactive, pointing to where it went. Audited.
   */
  async merge(actor: SignedInActor, id: string, intoId: string): Promise<{ moved: number }> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new SubjectRepository(trx);
      // Lock in a fixed order so two opposite merges cannot deadlock.
      const [first, second] = [id, intoId].sort();
      const a = await repository.lock(actor.municipalityId, first ?? id);
      const b = await repository.lock(actor.municipalityId, second ?? intoId);
      // Each by its own id: a subject of another municipality is not found (never the other one taken twice).
      const from = [a, b].find((s) => s?.id === id);
      const into = [a, b].find((s) => s?.id === intoId);
      if (!from || !into) throw new AppError('NOT_FOUND');
      // Checked after the look-up: another municipality's id is not found, whatever else is wrong with the request.
      if (from.id === into.id) throw new AppError('SUBJECT_MERGE_SELF');
      if (from.type_key !== into.type_key) {
        throw new AppError('SUBJECT_MERGE_WRONG_REGISTER', { from: from.type_key, into: into.type_key });
      }
      if (from.merged_into_id || into.merged_into_id || into.active !== 1) throw new AppError('SUBJECT_INACTIVE');
      const now = clock.now().toISOString();
      const moved = await new RegistrationRepository(trx).moveSubject(actor.municipalityId, from.id, into.id, now);
      const links = await trx
        .selectFrom('indicator_link')
        .selectAll()
        .where('municipality_id', '=', actor.municipalityId)
        .execute();
      let relinked = 0;
      for (const link of links) {
        if (!link.query_json || !link.query_json.includes(from.id)) continue;
        await trx
          .updateTable('indicator_link')
          .set({ query_json: link.query_json.split(from.id).join(into.id), updated_at: now, updated_by: actor.userId })
          .where('municipality_id', '=', actor.municipalityId)
          .where('id', '=', link.id)
          .execute();
        relinked++;
      }
      await repository.update(actor.municipalityId, from.id, { active: 0, merged_into_id: into.id, updated_at: now });
      await repository.update(actor.municipalityId, into.id, { state: 'confirmed', updated_at: now });
      await auditFor({ db, clock }, actor)(trx, 'subject.merge', 'subject', from.id, {
        before: auditView(from),
        after: { merged_into_id: into.id, into_name: into.name, registrations_moved: moved, links_moved: relinked },
      });
      return { moved };
    });
  }

  /**
   * Stores the subjects read from a plan (by key: a subject read again is found, not doubled) and answers each
   * draft's id. Inside the caller's transaction.
   */
  static async ensure(
    trx: Kysely<Database>,
    municipalityId: string,
    drafts: SubjectDraft[],
    versionId: string | null,
    now: string,
  ): Promise<Map<string, string>> {
    const repository = new SubjectRepository(trx);
    const unique = [...new Map(drafts.map((d) => [d.key, d])).values()];
    const ids = new Map<string, string>();
    // A merged subject answers with the one it went into.
    const resolve = async (rows: SubjectTable[]) => {
      for (const row of rows) {
        let target = row;
        for (let hops = 0; target.merged_into_id && hops < 10; hops++) {
          target = (await repository.findById(municipalityId, target.merged_into_id)) ?? target;
        }
        ids.set(row.key, target.id);
      }
    };
    await resolve(
      await repository.findByKeys(
        municipalityId,
        unique.map((d) => d.key),
      ),
    );
    for (const d of unique) {
      if (ids.has(d.key)) continue;
      const existingReport = d.reportKind ? await repository.findByReportKind(municipalityId, d.reportKind) : undefined;
      if (existingReport) {
        ids.set(d.key, existingReport.id);
        continue;
      }
      const row: SubjectTable = {
        id: newId(),
        municipality_id: municipalityId,
        type_key: d.typeKey,
        kind: d.kind,
        key: d.key,
        name: d.name,
        section_number: d.sectionNumber,
        category: d.category ?? null,
        report_kind: d.reportKind ?? null,
        plan_version_id: versionId,
        state: 'proposed',
        active: 1,
        merged_into_id: null,
        created_at: now,
        updated_at: now,
      };
      await repository.insert(row);
      ids.set(d.key, row.id);
    }
    return ids;
  }

  /** A registration may name only an active subject of its own municipality and register. */
  static async assertUsable(
    db: Kysely<Database>,
    municipalityId: string,
    subjectId: string,
    typeKey: string,
  ): Promise<SubjectTable> {
    const subject = await new SubjectRepository(db).findById(municipalityId, subjectId);
    if (!subject) throw new AppError('SUBJECT_UNKNOWN');
    if (subject.active !== 1) {
      throw new AppError('SUBJECT_INACTIVE', subject.merged_into_id ? { mergedIntoId: subject.merged_into_id } : {});
    }
    if (subject.type_key !== typeKey) {
      throw new AppError('SUBJECT_WRONG_REGISTER', { subjectRegister: subject.type_key, register: typeKey });
    }
    return subject;
  }
}

const planOrder = (a: { id: string; number: string; text: string }, b: { id: string; number: string; text: string }) =>
  a.number.localeCompare(b.number, 'en', { numeric: true }) || a.text.localeCompare(b.text) || a.id.localeCompare(b.id);

function present(
  row: SubjectTable,
  registrations: number,
  indicators: { id: string; number: string; text: string }[],
): Subject {
  return {
    id: row.id,
    typeKey: row.type_key,
    kind: row.kind as SubjectKind,
    key: row.key,
    name: row.name,
    sectionNumber: row.section_number,
    category: row.category,
    reportKind: (row.report_kind as Subject['reportKind']) ?? null,
    state: row.state === 'confirmed' ? 'confirmed' : 'proposed',
    active: row.active === 1,
    mergedIntoId: row.merged_into_id,
    registrations,
    indicators,
  };
}

const auditView = (row: SubjectTable) => ({
  type_key: row.type_key,
  kind: row.kind,
  key: row.key,
  name: row.name,
  state: row.state,
  active: row.active,
});
