import { addDays, isoWeekday } from '../../../shared/calendar/days.js';
import type { SeededRandom } from '../../../shared/indicators/random.js';
import type { GasArticleTable, GasFindingTable } from '../../db/schema.js';

/** What a walk through the procedure writes beside the finding: its steps, letter batches, holder and payments. */
export interface Recorder {
  step: (key: string, day: string, outcome?: string | null, batchId?: string | null) => void;
  batch: (kind: 'notification' | 'reminder' | 'decision', day: string) => string;
  holder: () => string;
  pay: (day: string, cents: number, match: 'matched' | 'partial') => void;
}

/** The next day on or after `day` that is the given ISO weekday (the post room's batch days). */
const onOrAfter = (day: string, weekday: number) => addDays(day, (weekday - isoWeekday(day) + 7) % 7);

/**
 * Walks one finding through the procedure as far as its age allows, writing each step with the status columns the
 * procedure gives it (src/shared/enforcement/procedure.ts: statusAfterStep), never past today.
 */
export function walk(
  r: SeededRandom,
  f: GasFindingTable,
  article: GasArticleTable,
  today: string,
  rec: Recorder,
): void {
  const close = (day: string, reason: string) => {
    f.status = 'closed';
    f.closed_on = day;
    f.close_reason = reason;
  };
  const paid = (day: string, cents: number) => {
    rec.step('paid', day);
    rec.pay(day, cents, 'matched');
    f.paid_cents = cents;
    f.paid_on = day;
    close(day, 'paid');
  };
  const identifiedOn = addDays(f.observed_on, r.int(4, 9));
  if (identifiedOn > today) return;
  const foreign = f.plate_country !== 'BE';
  if (r.next() < (foreign ? 0.7 : 0.03)) {
    rec.step('holder_identified', identifiedOn, 'not_found');
    close(identifiedOn, 'unidentified');
    return;
  }
  rec.step('holder_identified', identifiedOn, 'found');
  f.holder_id = rec.holder();
  f.status = 'identified';

  const notifiedOn = onOrAfter(addDays(identifiedOn, 2), 2);
  if (notifiedOn > today) return;
  const notice = rec.batch('notification', notifiedOn);
  rec.step('notified', notifiedOn, null, notice);
  f.status = 'notified';
  f.notified_on = notifiedOn;
  f.notification_batch_id = notice;
  f.defence_until = addDays(notifiedOn, 15);

  // Most pay the proposed fixed amount within the defence period (not for ABP: its amount is decided).
  if (f.amount_cents !== null && r.next() < 0.62) {
    const day = addDays(notifiedOn, r.int(2, 14));
    if (day <= today) paid(day, f.amount_cents);
    return;
  }
  const defence = r.next() < 0.1;
  if (defence) {
    const day = addDays(notifiedOn, r.int(3, 12));
    if (day > today) return;
    rec.step('defence_received', day);
  }
  const decidedOn = onOrAfter(addDays(f.defence_until, 1), 4);
  if (decidedOn > today) return;
  const roll = r.next();
  const outcome =
    defence && roll < 0.4
      ? 'dismissal'
      : article.mediation === 1 && roll < 0.3
        ? 'mediation'
        : roll > 0.93
          ? 'dismissal'
          : 'fine';
  rec.step('decided', decidedOn, outcome, rec.batch('decision', decidedOn));
  f.decision = outcome;
  f.decided_on = decidedOn;
  if (outcome === 'dismissal') {
    close(decidedOn, 'dismissed');
    return;
  }
  if (outcome === 'mediation') {
    f.status = 'mediation';
    const day = addDays(decidedOn, r.int(30, 60));
    if (day > today) return;
    rec.step('mediation_result', day, 'succeeded');
    close(day, 'mediated');
    return;
  }
  f.status = 'decided';
  if (f.amount_cents === null) f.amount_cents = r.pick([5_000, 7_500, 10_000]);
  const amount = f.amount_cents;
  const next = r.next();
  if (next < 0.03) {
    const day = addDays(decidedOn, r.int(5, 25));
    if (day > today) return;
    rec.step('appealed', day, 'pending');
    f.appeal_on = day;
    f.appeal_outcome = 'pending';
    return;
  }
  if (next < 0.06) {
    // A partial transfer: the rest is still due.
    const day = addDays(decidedOn, r.int(3, 25));
    if (day > today) return;
    const part = Math.round(amount / 2);
    rec.pay(day, part, 'partial');
    f.paid_cents = part;
    f.paid_on = day;
    return;
  }
  if (next < 0.75) {
    const day = addDays(decidedOn, r.int(3, 28));
    if (day <= today) paid(day, amount);
    return;
  }
  const remindedOn = onOrAfter(addDays(decidedOn, 31), 2);
  if (remindedOn > today) return;
  rec.step('reminded', remindedOn, null, rec.batch('reminder', remindedOn));
  f.status = 'reminded';
  f.reminder_on = remindedOn;
  if (r.next() < 0.45) {
    const day = addDays(remindedOn, r.int(4, 25));
    if (day <= today) paid(day, amount);
    return;
  }
  const collection = addDays(remindedOn, 60);
  if (collection <= today) close(collection, 'collection');
}
