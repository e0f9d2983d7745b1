import type { ComplaintDetail, ComplaintSummary } from '../../../shared/api/complaints.schema.js';
import { type ComplaintStatus, isOverdue, nextStatuses } from '../../../shared/complaints/complaint-status.js';
import type { NuisanceCategory } from '../../../shared/barometer/categories.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ComplaintListRow, ComplaintRow } from './complaints.repository.js';

export function presentSummary(row: ComplaintListRow, today: string): ComplaintSummary {
  const status = row.status as ComplaintStatus;
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel === 'desk' ? 'desk' : 'web',
    category: row.category as NuisanceCategory,
    status,
    occurredAt: row.occurred_at,
    receivedAt: row.received_at,
    dueOn: row.due_on,
    overdue: row.merged_into_id === null && isOverdue(status, row.due_on, today),
    wijkCode: row.wijk_code,
    street: row.street,
    serviceId: row.service_id,
    serviceName: row.service_name,
    mergedIntoId: row.merged_into_id,
    mergedIntoReference: row.merged_into_reference,
  };
}

interface DetailExtras {
  showContact: boolean;
  duplicates: ComplaintRow[];
  attachments: { id: string; name: string; content_type: string; size: number | string }[];
  notes: { id: string; text: string; created_by_email: string | null; created_at: string }[];
  mails: { recipient: string; subject: string; status: string; created_at: string; sent_at: string | null }[];
}

/** The desk's view; the citizen's contact data (and the addresses mail went to) only for roles that may see it. */
export function presentDetail(row: ComplaintListRow, today: string, extras: DetailExtras): ComplaintDetail {
  const summary = presentSummary(row, today);
  return {
    ...summary,
    locale: (['nl', 'fr', 'en'].includes(row.locale) ? row.locale : 'nl') as Locale,
    description: row.description,
    address: row.address,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    contactName: extras.showContact ? row.contact_name : null,
    contactEmail: extras.showContact ? row.contact_email : null,
    contactHidden: !extras.showContact && (row.contact_name !== null || row.contact_email !== null),
    answer: row.answer_text,
    answeredAt: row.answered_at,
    closedAt: row.closed_at,
    nextStatuses: row.merged_into_id ? [] : [...nextStatuses(summary.status)],
    duplicates: extras.duplicates.map((d) => ({ id: d.id, reference: d.reference, receivedAt: d.received_at })),
    attachments: extras.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      contentType: a.content_type,
      size: Number(a.size),
    })),
    notes: extras.notes.map((n) => ({ id: n.id, text: n.text, by: n.created_by_email, at: n.created_at })),
    mails: extras.mails.map((m) => ({
      to: extras.showContact ? m.recipient : '—',
      subject: m.subject,
      status: m.status,
      createdAt: m.created_at,
      sentAt: m.sent_at,
    })),
  };
}
