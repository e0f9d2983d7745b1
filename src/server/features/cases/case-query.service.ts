import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { CaseDetail, CaseStatistics, CaseSummary, OverdueList } from '../../../shared/api/cases.schema.js';
import type { Deadline, DeadlineProvider } from '../../../shared/calendar/deadline.js';
import { availableSteps, hoursUsed } from '../../../shared/cases/case-engine.js';
import { maySeeNames, mayWriteCase, pseudonymFor } from '../../../shared/cases/case-privacy.js';
import { caseTypeKeys, caseTypes } from '../../../shared/cases/case-types.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { FileService } from '../files/files.service.js';
import { type CaseFilter, CaseRepository } from './case.repository.js';
import { personRoleLabel, presentPerson, presentStep } from './case.presenter.js';
import { planLocale } from '../plan/plan-locale.js';
import { deadlineView, type EvaluatedCase, evaluateCase, stateOf, stepsByCase, typeOf } from './case-state.js';
import type { CaseRetentionService } from './case-retention.service.js';
import { neroReport } from './nero-report.js';
import { neroAnnualReport } from '../../../shared/reports/nero-report.js';
import type { ReportFormat } from '../../../shared/reports/report-document.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { type RenderedReport, renderReport } from '../../adapters/documents/render-report.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { municipalityToday, timeZoneOf } from '../municipalities/municipality-calendar.js';
import { daysBetween } from '../../../shared/calendar/days.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  retention: CaseRetentionService;
  files: Pick<FileService, 'download'>;
};
/** Reading case work: lists without names, a case with names only for its owner and the roles its type allows. */
export class CaseQueryService implements DeadlineProvider {
  constructor(private readonly deps: Deps) {}

  /** Today on the municipality's calendar. */
  private today(municipalityId: string): Promise<string> {
    return municipalityToday(this.deps, municipalityId);
  }

  /** Every case of the municipality (filtered), evaluated against today. Retention runs first. */
  private async evaluated(municipalityId: string, filter: CaseFilter = {}): Promise<EvaluatedCase[]> {
    await this.deps.retention.sweepIfDue(municipalityId);
    const repository = new CaseRepository(this.deps.db.kysely);
    const rows = await repository.listCases(municipalityId, filter);
    const steps = stepsByCase(
      await repository.stepsOf(
        municipalityId,
        rows.map((r) => r.id),
      ),
    );
    const today = await this.today(municipalityId);
    return rows.map((row) => evaluateCase(row, steps.get(row.id) ?? [], today));
  }

  async list(
    actor: Actor,
    query: {
      type?: string | undefined;
      status?: 'open' | 'closed' | undefined;
      overdue?: boolean | undefined;
      mine?: boolean | undefined;
    },
    limit: number,
    offset: number,
  ) {
    const all = await this.evaluated(actor.municipalityId, {
      type: query.type,
      status: query.status,
      ownerUserId: query.mine ? actor.userId : undefined,
    });
    const matching = query.overdue === undefined ? all : all.filter((c) => c.summary.overdue === query.overdue);
    const page = matching.slice(offset, offset + limit);
    const names = await new CaseRepository(this.deps.db.kysely).userNames(
      actor.municipalityId,
      page.flatMap((c) => (c.row.owner_user_id ? [c.row.owner_user_id] : [])),
    );
    const items: CaseSummary[] = page.map((c) => ({
      ...c.summary,
      ownerName: c.row.owner_user_id ? (names.get(c.row.owner_user_id) ?? null) : null,
    }));
    return { items, total: matching.length, overdue: all.filter((c) => c.summary.overdue).length };
  }

  /** One case. Names are shown only to who may see them, and that read is written in the audit log. */
  async get(actor: SignedInActor, id: string, locale: Locale = 'nl'): Promise<CaseDetail> {
    const { db, clock } = this.deps;
    await this.deps.retention.sweepIfDue(actor.municipalityId);
    const repository = new CaseRepository(db.kysely);
    const row = await repository.findCase(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const type = typeOf(row);
    const steps = await repository.stepsOf(actor.municipalityId, [id]);
    const today = await this.today(actor.municipalityId);
    const evaluated = evaluateCase(row, steps, today);
    const namesVisible = maySeeNames(actor, type, row.owner_user_id);
    const [persons, documents, volunteers, owners] = await Promise.all([
      repository.personsOf(actor.municipalityId, id),
      namesVisible ? repository.documentsOf(actor.municipalityId, id) : Promise.resolve([]),
      repository.volunteersOf(actor.municipalityId, id),
      repository.userNames(actor.municipalityId, row.owner_user_id ? [row.owner_user_id] : []),
    ]);
    const personal = persons.filter((p) => p.erased_at === null);
    if (namesVisible && (personal.length > 0 || documents.length > 0 || steps.some((s) => s.note !== null))) {
      await db.kysely.transaction().execute((trx) =>
        auditFor({ db, clock }, actor)(trx, 'case.personal.read', 'case', id, {
          after: {
            persons: personal.map((p) => p.id),
            documents: documents.length,
            notes: steps.filter((s) => s.note !== null).length,
          },
        }),
      );
    }
    const state = stateOf(row, steps);
    return {
      ...evaluated.summary,
      ownerName: row.owner_user_id ? (owners.get(row.owner_user_id) ?? null) : null,
      summary: row.summary,
      namesVisible,
      canWrite: mayWriteCase(actor, row.owner_user_id) && row.closed_on === null,
      personalErasedAt: row.personal_erased_at,
      persons: persons.map((p) => presentPerson(p, namesVisible, personRoleLabel(type, p.role, locale))),
      steps: steps.map((s) => presentStep(s, namesVisible)),
      deadlines: evaluated.deadlines.map(deadlineView),
      availableSteps: availableSteps(type, state, today).map((s) => s.key),
      hoursUsed: hoursUsed(state),
      maxHours: type.maxHours ?? null,
      documents: documents.map((d) => ({
        fileId: d.file_id,
        name: d.name,
        contentType: d.content_type,
        size: Number(d.size),
        addedAt: d.added_at,
      })),
      volunteers: volunteers.map((v) => ({ id: v.id, fullName: v.full_name })),
    };
  }

  /** A case document: personal data, so only for who sees names, and audited. */
  async document(actor: SignedInActor, id: string, fileId: string) {
    const { db, clock } = this.deps;
    const repository = new CaseRepository(db.kysely);
    const row = await repository.findCase(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (!maySeeNames(actor, typeOf(row), row.owner_user_id)) throw new AppError('FORBIDDEN');
    const documents = await repository.documentsOf(actor.municipalityId, id);
    if (!documents.some((d) => d.file_id === fileId)) throw new AppError('NOT_FOUND');
    const file = await this.deps.files.download(actor, fileId, true);
    await db.kysely
      .transaction()
      .execute((trx) =>
        auditFor({ db, clock }, actor)(trx, 'case.document.read', 'case', id, { after: { file: fileId } }),
      );
    return file;
  }

  /** Every deadline past due on open cases, oldest first (the CLI, the dashboard). */
  async overdue(municipalityId: string): Promise<OverdueList> {
    const today = await this.today(municipalityId);
    const cases = await this.evaluated(municipalityId, { status: 'open' });
    const items = cases.flatMap((c) =>
      c.deadlines
        .filter((d) => d.overdue)
        .map((d) => ({
          id: c.row.id,
          reference: c.row.reference,
          typeKey: c.summary.typeKey,
          ownerUserId: c.row.owner_user_id,
          deadline: d.key,
          due: d.due,
          daysOverdue: daysBetween(d.due, today),
        })),
    );
    items.sort((a, b) => a.due.localeCompare(b.due) || a.reference.localeCompare(b.reference));
    return { today, items };
  }

  /** The calendar's view: every case deadline due in [from, to] (titles carry the reference, never a name). */
  async deadlines(municipalityId: string, from: string, to: string): Promise<Deadline[]> {
    const [cases, locale] = await Promise.all([
      this.evaluated(municipalityId),
      planLocale(this.deps.db.kysely, municipalityId),
    ]);
    return cases.flatMap((c) =>
      c.deadlines
        .filter((d) => d.due >= from && d.due <= to)
        .map((d) => ({
          id: `case:${c.row.id}:${d.key}`,
          source: 'case' as const,
          title: `${c.row.reference}: ${d.rule.labels[locale]}`,
          due: d.due,
          href: `/cases/${c.row.id}`,
          ownerUserId: c.row.owner_user_id,
          done: d.metOn !== null || c.row.closed_on !== null,
        })),
    );
  }

  /** Pseudonymised counts per case type for a year: what the college and the dashboard see. */
  async statistics(actor: Actor, year: number): Promise<CaseStatistics> {
    const cases = await this.evaluated(actor.municipalityId);
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const byType = caseTypeKeys.map((typeKey) => {
      const ofType = cases.filter((c) => c.summary.typeKey === typeKey);
      const closed = ofType.filter(
        (c) => c.row.closed_on !== null && c.row.closed_on >= start && c.row.closed_on <= end,
      );
      const outcomes: Record<string, number> = {};
      for (const c of closed) {
        outcomes[c.row.close_outcome ?? 'unknown'] = (outcomes[c.row.close_outcome ?? 'unknown'] ?? 0) + 1;
      }
      return {
        typeKey,
        opened: ofType.filter((c) => c.row.opened_on >= start && c.row.opened_on <= end).length,
        closed: closed.length,
        open: ofType.filter((c) => c.row.closed_on === null).length,
        overdue: ofType.filter((c) => c.summary.overdue).length,
        outcomes,
      };
    });
    return {
      year,
      openTotal: cases.filter((c) => c.row.closed_on === null).length,
      overdueTotal: cases.filter((c) => c.summary.overdue).length,
      byType,
    };
  }

  /** The yearly NERO report (indicator "Jaarrapport NERO-project") as a document: counts only. */
  async neroDocument(actor: Actor, year: number, format: ReportFormat, locale: Locale): Promise<RenderedReport> {
    const municipality =
      (await new MunicipalityRepository(this.deps.db.kysely).findById(actor.municipalityId))?.name ?? '';
    const report = neroReport(await this.casesOfType(actor.municipalityId, 'nero'), year);
    const doc = neroAnnualReport(report, locale, municipality, this.deps.clock.now().toISOString());
    return renderReport(
      { ...doc, meta: { ...doc.meta, timeZone: await timeZoneOf(this.deps.db.kysely, actor.municipalityId) } },
      format,
    );
  }

  /**
   * The list exactly as `list` gives it (same filters, same order), each case with its persons: names for the cases
   * whose names this actor may see (the owner and the roles the case type allows), the pseudonym ("Ouder 1") for the
   * others and for erased persons. `namesShown` says whether any name is in it (the export is then audited so).
   */
  async exportList(
    actor: Actor,
    query: Parameters<CaseQueryService['list']>[1],
    maxRows: number,
    locale: Locale = 'nl',
  ) {
    const { items, total } = await this.list(actor, query, maxRows + 1, 0);
    if (total > maxRows) throw new AppError('EXPORT_TOO_MANY_ROWS', { rows: total, max: maxRows });
    const repository = new CaseRepository(this.deps.db.kysely);
    let namesShown = false;
    const rows: (CaseSummary & { persons: string })[] = [];
    for (const item of items) {
      const type = caseTypes[item.typeKey];
      const namesVisible = maySeeNames(actor, type, item.ownerUserId);
      const persons = await repository.personsOf(actor.municipalityId, item.id);
      const described = persons.map((p) => {
        const pseudonym = pseudonymFor(personRoleLabel(type, p.role, locale), p.position);
        if (!namesVisible || p.erased_at !== null || !p.full_name) return pseudonym;
        namesShown = true;
        return `${pseudonym}: ${p.full_name}`;
      });
      rows.push({ ...item, persons: described.join('; ') });
    }
    return { items: rows, namesShown };
  }

  /** Cases and their steps for reports (no persons). */
  async casesOfType(municipalityId: string, typeKey: string): Promise<EvaluatedCase[]> {
    return this.evaluated(municipalityId, { type: typeKey });
  }
}
