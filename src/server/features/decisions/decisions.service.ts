import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { DecisionInput, DecisionPath } from '../../../shared/api/decisions.schema.js';
import type { Deadline, DeadlineProvider } from '../../../shared/calendar/deadline.js';
import {
  decisionSteps,
  type DecidedReportKind,
  nextStep,
  parseReportKey,
  pathDue,
  reportApprovalStep,
  reportKey,
  stepFits,
  type DecisionStep,
} from '../../../shared/finance/decision-path.js';
import { planStepTitle, reportStepTitle, reportWord } from '../../../shared/finance/deadline-titles.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { FileService } from '../files/files.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import type { DecisionStepTable, PlanVersionTable } from '../../db/schema.js';
import { DecisionRepository } from './decisions.repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SubjectDraft } from '../../../shared/subjects/subject.js';
import { SubjectService } from '../subjects/subjects.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import {
  derivedRegistrationId,
  featureRegistrationRow,
  liveFeatureRegistration,
  syncFeatureRegistration,
} from '../registrations/feature-registration.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { files: Pick<FileService, 'assertExist'> };
/** The yearly reports whose path the calendar follows for every year of a plan. */
const followedReports: DecidedReportKind[] = ['evaluation', 'activity', 'finance'];

const yearsOf = (version: PlanVersionTable): number[] => {
  const start = Number((version.period_start ?? '').slice(0, 4));
  const end = Number((version.period_end ?? version.period_start ?? '').slice(0, 4));
  return start ? Array.from({ length: Math.max(1, end - start + 1) }, (_, i) => start + i) : [];
};
const localeOf = (versions: PlanVersionTable[]): 'nl' | 'fr' => (versions[0]?.language === 'fr' ? 'fr' : 'nl');

function toPath(
  kind: 'plan_version' | 'report',
  key: string,
  label: string,
  year: number | null,
  due: { step: DecisionStep; due: string },
  rows: DecisionStepTable[],
): DecisionPath {
  const steps = decisionSteps.map((step) => {
    const row = rows.find((r) => r.step === step);
    return {
      step,
      decidedOn: row?.decided_on ?? null,
      reference: row?.reference ?? null,
      fileId: row?.file_id ?? null,
    };
  });
  const done = steps.filter((s) => s.decidedOn !== null).map((s) => ({ step: s.step, decidedOn: s.decidedOn ?? '' }));
  return {
    subjectKind: kind,
    subjectKey: key,
    label,
    year,
    steps,
    stage: done.at(-1)?.step ?? null,
    next: nextStep(done),
    due: due.due,
    dueStep: due.step,
  };
}

/** The `decision` registration of a decision step, and the `document` registration of the report it approves. */
const decisionRegistrationId = (stepId: string): string => derivedRegistrationId('decisions', stepId);
const approvedReportRegistrationId = (stepId: string): string => derivedRegistrationId('reports', stepId);

/**
 * The registrations a decision step writes in its own transaction (pseudonymised: the step, the day, the report's or
 * plan's label — never the reference or the document):
 * - a `decision` registration, status = the step, naming the subject decided on: the one the step names (an active
 *   `decision` subject such as the yearly action programmes), else for a yearly report the report's own subject
 *   (`report.<kind>`), for a plan version none. A correction without `subjectId` keeps the subject named before.
 * - for a yearly report at its approval step (`reportApprovalStep`, the college), a `document` registration with
 *   status `approved` naming the report subject, dated on the decision: the report counts as approved from then on.
 * The report subject is created (proposed, like the plan import would) when the municipality has none yet.
 */
async function stepRegistrations(
  trx: Kysely<Database>,
  actor: Actor,
  row: DecisionStepTable,
  subjectId: string | null | undefined,
  label: string,
  locale: 'nl' | 'fr',
  now: string,
): Promise<{ decision: string; document?: string }> {
  const report = row.subject_kind === 'report' ? parseReportKey(row.subject_key) : null;
  const reportSubjectId = report
    ? await ensureReportSubject(trx, actor.municipalityId, report.kind, locale, now)
    : null;
  const decisionId = decisionRegistrationId(row.id);
  const before =
    subjectId === undefined ? await liveFeatureRegistration(trx, actor.municipalityId, decisionId) : undefined;
  const named = subjectId !== undefined ? subjectId : before ? (before.subject_id ?? null) : reportSubjectId;
  const title = label.slice(0, 200);
  const common = {
    municipalityId: actor.municipalityId,
    createdBy: actor.userId || null,
    now,
    occurredOn: row.decided_on,
  };
  await syncFeatureRegistration(
    trx,
    actor.municipalityId,
    decisionId,
    featureRegistrationRow({
      ...common,
      id: decisionId,
      typeKey: 'decision',
      values: { step: row.step, title },
      subjectId: named,
      source: 'decisions',
    }),
    now,
  );
  if (!report || row.step !== reportApprovalStep || !reportSubjectId) return { decision: decisionId };
  const documentId = approvedReportRegistrationId(row.id);
  await syncFeatureRegistration(
    trx,
    actor.municipalityId,
    documentId,
    featureRegistrationRow({
      ...common,
      id: documentId,
      typeKey: 'document',
      subjectId: reportSubjectId,
      source: 'reports',
      values: {
        kind: report.kind === 'evaluation' ? 'evaluation_report' : 'annual_report',
        status: 'approved',
        title,
        approved_by: locale === 'fr' ? 'Collège des bourgmestre et échevins' : 'College van burgemeester en schepenen',
      },
    }),
    now,
  );
  return { decision: decisionId, document: documentId };
}

/** The municipality's subject of a report svpp writes (`report.<kind>`), created when missing. */
async function ensureReportSubject(
  trx: Kysely<Database>,
  municipalityId: string,
  kind: DecidedReportKind,
  locale: 'nl' | 'fr',
  now: string,
): Promise<string | null> {
  const existing = await new SubjectRepository(trx).findByReportKind(municipalityId, kind);
  if (existing) return existing.id;
  const draft: SubjectDraft = {
    typeKey: 'document',
    kind: 'report',
    key: `report.${kind}`,
    name: reportWord(locale, kind),
    sectionNumber: null,
    reportKind: kind,
  };
  const id = (await SubjectService.ensure(trx, municipalityId, [draft], null, now)).get(draft.key);
  // A report subject a coordinator switched off is named by nothing new.
  const subject = id ? await new SubjectRepository(trx).findById(municipalityId, id) : undefined;
  return subject && subject.active === 1 ? subject.id : null;
}

/** Decisions on plan versions and yearly reports (college → council → ministry), dated, with their documents. */
export class DecisionService implements DeadlineProvider {
  constructor(private readonly deps: Deps) {}

  async list(
    actor: Actor,
    filter: { subjectKind?: string | undefined; subjectKey?: string | undefined } = {},
  ): Promise<DecisionPath[]> {
    const paths = await this.paths(actor.municipalityId);
    return paths.filter(
      (p) =>
        (!filter.subjectKind || p.subjectKind === filter.subjectKind) &&
        (!filter.subjectKey || p.subjectKey === filter.subjectKey),
    );
  }

  private async paths(municipalityId: string): Promise<DecisionPath[]> {
    const [versions, rows] = await Promise.all([
      new PlanRepository(this.deps.db.kysely).listVersions(municipalityId),
      new DecisionRepository(this.deps.db.kysely).all(municipalityId),
    ]);
    const locale = localeOf(versions);
    const rowsOf = (kind: string, key: string) => rows.filter((r) => r.subject_kind === kind && r.subject_key === key);
    const paths = versions.map((v) =>
      toPath(
        'plan_version',
        v.id,
        v.label,
        yearsOf(v)[0] ?? null,
        pathDue({ kind: 'plan_version', firstYear: yearsOf(v)[0] ?? Number(v.created_at.slice(0, 4)) }),
        rowsOf('plan_version', v.id),
      ),
    );
    const keys = new Set<string>();
    for (const year of new Set(versions.flatMap(yearsOf))) {
      for (const kind of followedReports) keys.add(reportKey(kind, year));
    }
    for (const row of rows) if (row.subject_kind === 'report') keys.add(row.subject_key);
    for (const key of [...keys].sort()) {
      const parsed = parseReportKey(key);
      if (parsed) {
        paths.push(
          toPath(
            'report',
            key,
            `${reportWord(locale, parsed.kind)} ${parsed.year}`,
            parsed.year,
            pathDue(parsed),
            rowsOf('report', key),
          ),
        );
      }
    }
    return paths;
  }

  async record(actor: SignedInActor, input: DecisionInput): Promise<DecisionPath> {
    const { db, clock } = this.deps;
    if (input.fileId) await this.deps.files.assertExist(actor.municipalityId, [input.fileId]);
    // What the step decides on, named in its registration: an active `decision` subject of the municipality.
    if (input.subjectId) {
      await SubjectService.assertUsable(db.kysely, actor.municipalityId, input.subjectId, 'decision');
    }
    const versions = await new PlanRepository(db.kysely).listVersions(actor.municipalityId);
    const locale = localeOf(versions);
    let label: string;
    if (input.subjectKind === 'plan_version') {
      const version = /^[0-9a-f-]{36}$/u.test(input.subjectKey)
        ? versions.find((v) => v.id === input.subjectKey)
        : undefined;
      if (!version) throw new AppError('DECISION_SUBJECT_UNKNOWN');
      label = version.label;
    } else {
      const parsed = parseReportKey(input.subjectKey);
      if (!parsed) throw new AppError('DECISION_SUBJECT_UNKNOWN');
      label = `${reportWord(locale, parsed.kind)} ${parsed.year}`;
    }
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new DecisionRepository(trx);
      const existing = await repository.ofSubject(actor.municipalityId, input.subjectKind, input.subjectKey);
      const others = existing
        .filter((r) => r.step !== input.step)
        .map((r) => ({ step: r.step as DecisionStep, decidedOn: r.decided_on }));
      if (!stepFits(others, input.step, input.decidedOn)) {
        throw new AppError('DECISION_STEP_OUT_OF_ORDER', { next: nextStep(others) });
      }
      const before = existing.find((r) => r.step === input.step) ?? null;
      const row = {
        id: before?.id ?? newId(),
        municipality_id: actor.municipalityId,
        subject_kind: input.subjectKind,
        subject_key: input.subjectKey,
        step: input.step,
        decided_on: input.decidedOn,
        reference: input.reference,
        file_id: input.fileId ?? null,
        created_by: actor.userId,
        created_at: clock.now().toISOString(),
      };
      await repository.upsert(row);
      const registrations = await stepRegistrations(trx, actor, row, input.subjectId, label, locale, row.created_at);
      await auditFor({ db, clock }, actor)(trx, 'decision.record', 'decision_step', row.id, {
        before,
        after: { ...row, registrations },
      });
    });
    const path = (await this.list(actor, { subjectKind: input.subjectKind, subjectKey: input.subjectKey }))[0];
    if (!path) throw new AppError('DECISION_SUBJECT_UNKNOWN');
    return path;
  }

  /** The calendar: per path its next step, due on the path's date (done once the due step is taken). */
  async deadlines(municipalityId: string, from: string, to: string): Promise<Deadline[]> {
    const versions = await new PlanRepository(this.deps.db.kysely).listVersions(municipalityId);
    const locale = localeOf(versions);
    const out: Deadline[] = [];
    for (const path of await this.paths(municipalityId)) {
      if (path.due < from || path.due > to) continue;
      const dueDone = path.steps.find((s) => s.step === path.dueStep)?.decidedOn != null;
      const step = dueDone ? path.dueStep : (path.next ?? path.dueStep);
      const parsed = parseReportKey(path.subjectKey);
      out.push({
        id: `decision:${path.subjectKind}:${path.subjectKey}`,
        source:
          path.subjectKind === 'plan_version'
            ? 'plan'
            : parsed?.kind === 'evaluation'
              ? 'evaluation'
              : parsed?.kind === 'finance'
                ? 'finance'
                : 'report',
        title:
          path.subjectKind === 'plan_version'
            ? planStepTitle(locale, path.label, step)
            : parsed
              ? reportStepTitle(locale, parsed.kind, parsed.year, step)
              : path.label,
        due: path.due,
        href:
          path.subjectKind === 'plan_version'
            ? '/plan'
            : parsed?.kind === 'finance'
              ? '/finance'
              : parsed?.kind === 'evaluation'
                ? '/evaluation'
                : '/calendar',
        ownerUserId: null,
        done: dueDone,
      });
    }
    return out;
  }
}
