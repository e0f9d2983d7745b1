import type { ComplaintPlace } from '../../../shared/api/complaints.schema.js';
import { dayOf } from '../../../shared/calendar/days.js';
import type { ServiceDeps } from '../context.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import {
  checkOccurredAt,
  defaultResponseDays,
  dueOn,
  hashAccessCode,
  newAccessCode,
  newReference,
  resolvePlace,
} from './complaint-core.js';
import type { ComplaintRow, ComplaintsRepository } from './complaints.repository.js';

/**
 * How a new complaint comes in, at the desk or by the public form: checked, placed and given its access code before
 * its transaction; its row is made in it.
 */
export interface ReceivedComplaint {
  occurredAt: string;
  place: ReturnType<typeof resolvePlace>;
  receivedAt: string;
  /** The municipality's: the reference's year and the due day are days of its calendar. */
  timeZone: string;
  accessCode: string;
}

/** Checks when and where a complaint happened (in the municipality) and receives it now with a new access code. */
export async function receiveComplaint(
  deps: Pick<ServiceDeps, 'db' | 'geo'>,
  municipalityId: string,
  body: { occurredAt: string; place: ComplaintPlace },
  now: Date,
): Promise<ReceivedComplaint> {
  const occurredAt = checkOccurredAt(body.occurredAt, now);
  const place = resolvePlace(await geoOf(deps).of(municipalityId), body.place);
  const timeZone = await timeZoneOf(deps.db.kysely, municipalityId);
  return { occurredAt, place, receivedAt: now.toISOString(), timeZone, accessCode: newAccessCode() };
}

/** What the citizen said and how it came in: the parts of a new complaint's row that differ by channel. */
export interface ComplaintIntake {
  id: string;
  municipalityId: string;
  channel: 'desk' | 'web';
  locale: string;
  category: string;
  description: string;
  contactName?: string | null | undefined;
  contactEmail?: string | null | undefined;
  createdBy: string | null;
}

/** The row of a new complaint: a fresh reference, the hash of its access code, due by its category's response days. */
export async function newComplaintRow(
  repository: ComplaintsRepository,
  intake: ComplaintIntake,
  received: ReceivedComplaint,
): Promise<ComplaintRow> {
  const { receivedAt, timeZone } = received;
  const days = (await repository.responseDays(intake.municipalityId)).get(intake.category) ?? defaultResponseDays;
  return {
    id: intake.id,
    municipality_id: intake.municipalityId,
    reference: newReference(dayOf(receivedAt, timeZone)),
    access_code_hash: hashAccessCode(received.accessCode),
    channel: intake.channel,
    locale: intake.locale,
    category: intake.category,
    status: 'new',
    occurred_at: received.occurredAt,
    received_at: receivedAt,
    due_on: dueOn(receivedAt, days, timeZone),
    ...received.place,
    description: intake.description,
    contact_name: intake.contactName?.trim() || null,
    contact_email: intake.contactEmail ?? null,
    service_id: null,
    answer_text: null,
    answered_at: null,
    closed_at: null,
    merged_into_id: null,
    created_by: intake.createdBy,
    created_at: receivedAt,
    updated_at: receivedAt,
  };
}
