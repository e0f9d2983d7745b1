/** The deadline calendar (features/calendar): feeds and reminders. Part of `Database` (../schema.ts). */

/** A user's secret calendar feed: only the sha256 of the token is kept. */
export interface CalendarFeedTable {
  id: string;
  municipality_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A reminder sent for a deadline (kind 'before' or 'overdue'), so each goes out once. */
export interface DeadlineReminderTable {
  id: string;
  municipality_id: string;
  deadline_id: string;
  due: string;
  kind: string;
  recipient: string;
  mail_id: string;
  sent_at: string;
}

export interface CalendarTables {
  calendar_feed: CalendarFeedTable;
  deadline_reminder: DeadlineReminderTable;
}
