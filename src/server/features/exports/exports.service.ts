import type { SignedInActor } from '../../../shared/access/roles.js';
import type { AuditEntry } from '../../../shared/api/audit.schema.js';
import type { CaseSummary } from '../../../shared/api/cases.schema.js';
import type { ComplaintSummary } from '../../../shared/api/complaints.schema.js';
import type { Melding } from '../../../shared/api/guards.schema.js';
import { type ListExportFormat, maxExportRows } from '../../../shared/api/list-export.schema.js';
import type { Registration } from '../../../shared/api/registrations.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ServiceDeps } from '../context.js';
import { auditPage } from '../audit/audit.service.js';
import type { CaseQueryService } from '../cases/case-query.service.js';
import type { ComplaintService } from '../complaints/complaints.service.js';
import type { GuardsService } from '../guards/guards.service.js';
import type { RegistrationService } from '../registrations/registration.service.js';
import { checkRowCap, collectPages, type ExportColumn, type ExportFile, exportList } from './list-export.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  registrations: Pick<RegistrationService, 'list'>;
  complaints: Pick<ComplaintService, 'exportPage'>;
  cases: Pick<CaseQueryService, 'exportList'>;
  guards: Pick<GuardsService, 'meldingen'>;
};

export interface ExportOptions {
  format: ListExportFormat;
  locale: Locale;
}

type RegistrationFilter = Parameters<RegistrationService['list']>[1];
type ComplaintFilter = Parameters<ComplaintService['exportPage']>[1];
type CaseFilter = Parameters<CaseQueryService['exportList']>[1];
type MeldingFilter = Parameters<GuardsService['meldingen']>[1];

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

const registrationColumns: ExportColumn<Registration>[] = [
  { key: 'occurredOn', kind: 'date', value: (r) => r.occurredOn },
  { key: 'occurredUntil', kind: 'date', value: (r) => r.occurredUntil },
  { key: 'typeKey', value: (r) => r.typeKey },
  { key: 'category', value: (r) => r.category },
  { key: 'status', value: (r) => r.status },
  { key: 'quantity', kind: 'number', value: (r) => r.quantity },
  { key: 'hours', kind: 'number', value: (r) => r.hours },
  { key: 'title', value: (r) => r.title },
  { key: 'wijkCode', value: (r) => r.wijkCode },
  { key: 'address', value: (r) => r.address },
  { key: 'lat', kind: 'number', value: (r) => r.lat },
  { key: 'lon', kind: 'number', value: (r) => r.lon },
  { key: 'values', value: (r) => (Object.keys(r.values).length ? json(r.values) : null) },
  { key: 'source', value: (r) => r.source },
  { key: 'createdAt', kind: 'timestamp', value: (r) => r.createdAt },
  { key: 'id', value: (r) => r.id },
];

type ExportedComplaint = ComplaintSummary & { contactName: string | null; contactEmail: string | null };
const complaintColumns: ExportColumn<ExportedComplaint>[] = [
  { key: 'reference', value: (c) => c.reference },
  { key: 'receivedAt', kind: 'timestamp', value: (c) => c.receivedAt },
  { key: 'occurredAt', kind: 'timestamp', value: (c) => c.occurredAt },
  { key: 'category', value: (c) => c.category },
  { key: 'status', value: (c) => c.status },
  { key: 'dueOn', kind: 'date', value: (c) => c.dueOn },
  { key: 'overdue', value: (c) => c.overdue },
  { key: 'channel', value: (c) => c.channel },
  { key: 'wijkCode', value: (c) => c.wijkCode },
  { key: 'street', value: (c) => c.street },
  { key: 'serviceName', value: (c) => c.serviceName },
  { key: 'mergedIntoReference', value: (c) => c.mergedIntoReference },
];
const contactColumns: ExportColumn<ExportedComplaint>[] = [
  { key: 'contactName', value: (c) => c.contactName },
  { key: 'contactEmail', value: (c) => c.contactEmail },
];

const caseColumns: ExportColumn<CaseSummary & { persons: string }>[] = [
  { key: 'reference', value: (c) => c.reference },
  { key: 'typeKey', value: (c) => c.typeKey },
  { key: 'status', value: (c) => c.status },
  { key: 'ownerName', value: (c) => c.ownerName },
  { key: 'wijkCode', value: (c) => c.wijkCode },
  { key: 'openedOn', kind: 'date', value: (c) => c.openedOn },
  { key: 'closedOn', kind: 'date', value: (c) => c.closedOn },
  { key: 'closeOutcome', value: (c) => c.closeOutcome },
  { key: 'lastStepKey', value: (c) => c.lastStepKey },
  { key: 'nextDeadline', kind: 'date', value: (c) => c.nextDeadline?.due ?? null },
  { key: 'overdue', value: (c) => c.overdue },
  { key: 'persons', value: (c) => c.persons || null },
];

const auditColumns: ExportColumn<AuditEntry>[] = [
  { key: 'seq', kind: 'number', value: (e) => e.seq },
  { key: 'at', kind: 'timestamp', value: (e) => e.at },
  { key: 'actorEmail', value: (e) => e.actorEmail },
  { key: 'action', value: (e) => e.action },
  { key: 'entity', value: (e) => e.entity },
  { key: 'entityId', value: (e) => e.entityId },
  { key: 'before', value: (e) => json(e.before) },
  { key: 'after', value: (e) => json(e.after) },
];

const meldingColumns: ExportColumn<Melding>[] = [
  { key: 'occurredOn', kind: 'date', value: (m) => m.occurredOn },
  { key: 'time', value: (m) => m.time },
  { key: 'kind', value: (m) => m.kind },
  { key: 'service', value: (m) => m.service },
  { key: 'description', value: (m) => m.description },
  { key: 'wijkCode', value: (m) => m.wijkCode },
  { key: 'status', value: (m) => m.status },
  { key: 'note', value: (m) => m.note },
  { key: 'updatedAt', kind: 'timestamp', value: (m) => m.updatedAt },
];

/**
 * The exports of the lists: each one pages through the list's own service call with the filters on screen, so the
 * rows and the privacy rules are those of the list (a complaint's contact data only for complaint.contact, a case's
 * names only where the case type shows them to this actor). Every export is written in the audit log.
 */
export class ListExportService {
  constructor(private readonly deps: Deps) {}

  async registrations(actor: SignedInActor, filter: RegistrationFilter, options: ExportOptions): Promise<ExportFile> {
    const rows = await collectPages((limit, offset) => this.deps.registrations.list(actor, filter, limit, offset));
    return exportList(this.deps, actor, {
      list: 'registrations',
      ...options,
      columns: registrationColumns,
      rows,
      filter,
      personal: true,
    });
  }

  async complaints(actor: SignedInActor, filter: ComplaintFilter, options: ExportOptions): Promise<ExportFile> {
    let showContact = false;
    const rows = await collectPages(async (limit, offset) => {
      const page = await this.deps.complaints.exportPage(actor, filter, limit, offset);
      showContact = page.showContact;
      return page;
    });
    return exportList(this.deps, actor, {
      list: 'complaints',
      ...options,
      columns: showContact ? [...complaintColumns, ...contactColumns] : complaintColumns,
      rows,
      filter,
      personal: showContact,
    });
  }

  async cases(actor: SignedInActor, filter: CaseFilter, options: ExportOptions): Promise<ExportFile> {
    const { items, namesShown } = await this.deps.cases.exportList(actor, filter, maxExportRows, options.locale);
    return exportList(this.deps, actor, {
      list: 'cases',
      ...options,
      columns: caseColumns,
      rows: items,
      filter,
      personal: namesShown,
    });
  }

  /** The audit log, newest first, as the audit page pages it. */
  async audit(actor: SignedInActor, options: ExportOptions): Promise<ExportFile> {
    const rows: AuditEntry[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await auditPage(this.deps.db, actor.municipalityId, { limit: 1000, beforeSeq });
      rows.push(...page);
      checkRowCap(rows.length);
      const last = page.at(-1);
      if (page.length < 1000 || !last) break;
      beforeSeq = Number(last.seq);
    }
    return exportList(this.deps, actor, {
      list: 'audit',
      ...options,
      columns: auditColumns,
      rows,
      filter: {},
      personal: true,
    });
  }

  async meldingen(actor: SignedInActor, filter: MeldingFilter, options: ExportOptions): Promise<ExportFile> {
    const { items, total } = await this.deps.guards.meldingen(actor, filter, maxExportRows + 1);
    checkRowCap(total);
    return exportList(this.deps, actor, {
      list: 'meldingen',
      ...options,
      columns: meldingColumns,
      rows: items,
      filter,
      personal: true,
    });
  }
}
