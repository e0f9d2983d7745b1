/** Mail (features/mail): the outbox. Part of `Database` (../schema.ts). */

/** Mail waiting to be sent (or sent): see features/mail. */
export interface MailOutboxTable {
  id: string;
  municipality_id: string;
  /** What caused it, e.g. `complaint.answer`, `deadline.reminder`. */
  kind: string;
  entity_id: string | null;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  /** [{filename, contentType, contentBase64}] */
  attachments_json: string | null;
  /** pending | sent | failed (gave up after the last attempt) */
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  created_at: string;
  sent_at: string | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
