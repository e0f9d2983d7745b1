import { type Actor, grants, roleMay, type SignedInActor } from '../../../shared/access/roles.js';
import type { Deadline, DeadlineProvider } from '../../../shared/calendar/deadline.js';
import { deadlinesToIcs } from '../../../shared/calendar/ics.js';
import { AppError } from '../../http/app-error.js';
import { newId, newToken, sha256Hex } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { entityAudit } from '../audit/audit.service.js';
import { enqueueMail, type MailOutbox } from '../mail/mail-outbox.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { isUniqueViolation } from '../../db/db-errors.js';
import { exclusively, type JobLog, JobRecorder, silentJobLog } from '../jobs/job-runner.js';
import { CalendarRepository, type Recipient, reminderKey } from './calendar.repository.js';
import { type ReminderKind, reminderMail } from './reminder-texts.js';
import { addDays as shiftDay, daysBetween } from '../../../shared/calendar/days.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  providers: DeadlineProvider[];
  /** Sends the reminders after they are enqueued; without it they wait in the outbox for its timer. */
  outbox?: Pick<MailOutbox, 'dispatchSoon'>;
  /** Remind this many days before the due day (default 7). */
  remindDaysBefore?: number;
  /** Where failures of the reminder job are logged (with the municipality). */
  log?: JobLog;
};
/**
 * The college (viewer, `calendar.plan.read`) reads the plan's, reports' and agreements' deadlines, never those of cases
 * or complaints.
 */
const viewerSources = new Set(['plan', 'evaluation', 'report', 'decision', 'agreement', 'finance']);
/** Overdue reminders go out for deadlines missed within this many days (not for every year-old one on a first run). */
const overdueWindowDays = 30;

/** Whether a user may see a deadline: their own; the department's for coordinators; plan-cycle ones for the college. */
function maySee(actor: Pick<Actor, 'userId' | 'role'>, deadline: Deadline): boolean {
  if (deadline.ownerUserId !== null && deadline.ownerUserId === actor.userId) return true;
  if (roleMay(actor.role, 'calendar.department.read')) return true;
  return (
    roleMay(actor.role, 'calendar.plan.read') && deadline.ownerUserId === null && viewerSources.has(deadline.source)
  );
}

/**
 * One calendar of what is due, gathered from every feature's DeadlineProvider: the page, a secret ICS feed per user
 * (token kept hashed), and e-mail reminders N days before and when overdue, each sent once.
 */
export class CalendarService {
  private running: Promise<{ enqueued: number }> | null = null;
  private timer: NodeJS.Timeout | null = null;

  private readonly jobs: JobRecorder;

  constructor(private readonly deps: Deps) {
    this.jobs = new JobRecorder({ db: deps.db, clock: deps.clock, log: deps.log ?? silentJobLog });
  }

  /** Audits a change of a user's feed: `this.audit(trx, actor, action, id)`. */
  private get audit() {
    return entityAudit(this.deps, 'calendar_feed');
  }

  /** Today on the municipality's calendar. */
  today(municipalityId: string): Promise<string> {
    return municipalityToday(this.deps, municipalityId);
  }

  private async gather(municipalityId: string, from: string, to: string): Promise<Deadline[]> {
    const lists = await Promise.all(this.deps.providers.map((p) => p.deadlines(municipalityId, from, to)));
    return lists
      .flat()
      .filter((d) => d.due >= from && d.due <= to)
      .sort((a, b) => (a.due === b.due ? a.title.localeCompare(b.title) : a.due < b.due ? -1 : 1));
  }

  /** The deadlines the actor may see in [from, to] (default: 90 days back to a year ahead; at most three years). */
  async list(
    actor: Actor,
    range: { from?: string | undefined; to?: string | undefined } = {},
  ): Promise<{ from: string; to: string; today: string; deadlines: Deadline[] }> {
    const today = await this.today(actor.municipalityId);
    const from = range.from ?? shiftDay(today, -90);
    let to = range.to ?? shiftDay(today, 365);
    if (to < from) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ location: 'querystring', path: 'to', message: 'to < from' }],
      });
    }
    if (daysBetween(from, to) > 3 * 366) to = shiftDay(from, 3 * 366);
    const deadlines = (await this.gather(actor.municipalityId, from, to)).filter((d) => maySee(actor, d));
    return { from, to, today, deadlines };
  }

  async feedStatus(actor: Actor): Promise<{ active: boolean; createdAt: string | null }> {
    const feed = await new CalendarRepository(this.deps.db.kysely).activeFeedOf(actor.municipalityId, actor.userId);
    return { active: feed !== undefined, createdAt: feed?.created_at ?? null };
  }

  /** A new secret feed token (the old one stops working); the token is shown once and only its hash is kept. */
  async regenerateFeed(actor: SignedInActor): Promise<{ token: string; path: string; createdAt: string }> {
    const { db, clock } = this.deps;
    const token = newToken();
    const now = clock.now().toISOString();
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new CalendarRepository(trx);
      await repository.revokeFeeds(actor.municipalityId, actor.userId, now);
      const row = {
        id: newId(),
        municipality_id: actor.municipalityId,
        user_id: actor.userId,
        token_hash: sha256Hex(token),
        created_at: now,
        revoked_at: null,
      };
      await repository.insertFeed(row);
      await this.audit(trx, actor, 'calendar.feed.regenerate', row.id);
    });
    return { token, path: `/api/calendar/ics/${token}`, createdAt: now };
  }

  async revokeFeed(actor: SignedInActor): Promise<{ revoked: number }> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const revoked = await new CalendarRepository(trx).revokeFeeds(
        actor.municipalityId,
        actor.userId,
        clock.now().toISOString(),
      );
      if (revoked > 0) {
        await this.audit(trx, actor, 'calendar.feed.revoke', null);
      }
      return { revoked };
    });
  }

  /** The ICS of a feed token: the deadlines its (still active) user may see, a year back to two years ahead. */
  async feed(token: string, baseUrl: string | null): Promise<string> {
    const repository = new CalendarRepository(this.deps.db.kysely);
    const feed = /^[A-Za-z0-9_-]{20,100}$/u.test(token)
      ? await repository.activeFeedByHash(sha256Hex(token))
      : undefined;
    const user = feed ? await repository.activeUser(feed.municipality_id, feed.user_id) : undefined;
    if (!feed || !user) throw new AppError('CALENDAR_FEED_INVALID');
    const municipality = await new MunicipalityRepository(this.deps.db.kysely).findById(feed.municipality_id);
    const actor = { userId: user.id, role: user.role as Actor['role'], municipalityId: feed.municipality_id };
    const today = await this.today(feed.municipality_id);
    const deadlines = (await this.gather(feed.municipality_id, shiftDay(today, -365), shiftDay(today, 730))).filter(
      (d) => maySee(actor, d),
    );
    const doneWord = user.locale === 'fr' ? 'Fait' : user.locale === 'en' ? 'Done' : 'Klaar';
    return deadlinesToIcs(deadlines, {
      name: `svpp – ${municipality?.name ?? ''}`.trim(),
      now: this.deps.clock.now(),
      baseUrl,
      doneWord,
    });
  }

  /**
   * Sends the reminders due now in one municipality (or all); each deadline × kind × recipient once. Across server
   * processes on one PostgreSQL database one run at a time (an advisory lock; a process that finds it taken does
   * nothing), and the reminder's unique key keeps a reminder from being sent twice whatever happens.
   */
  remind(municipalityId?: string): Promise<{ enqueued: number }> {
    if (!this.running) {
      this.running = exclusively(this.deps.db, 'calendar.reminders', () => this.runReminders(municipalityId))
        .then((run) => (run.ran ? run.result : { enqueued: 0 }))
        .finally(() => (this.running = null));
    }
    return this.running;
  }

  /** The server's timer: a failed run is logged (each municipality's failure is logged and recorded in its run). */
  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.remindInBackground(), intervalMs);
    this.timer.unref();
  }

  remindInBackground(): void {
    this.remind().catch((error: unknown) => this.jobs.failed('calendar.reminders', null, error));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async runReminders(only?: string): Promise<{ enqueued: number }> {
    const { db } = this.deps;
    const before = this.deps.remindDaysBefore ?? 7;
    const municipalities = only ? [{ id: only }] : await new MunicipalityRepository(db.kysely).listIds();
    let enqueued = 0;
    for (const { id: municipalityId } of municipalities) {
      const run = await this.jobs.record('calendar.reminders', municipalityId, async () =>
        this.remindIn(municipalityId, await this.today(municipalityId), before),
      );
      if (run.ok) enqueued += run.result.enqueued;
    }
    if (enqueued > 0) this.deps.outbox?.dispatchSoon();
    return { enqueued };
  }

  private async remindIn(municipalityId: string, today: string, before: number): Promise<{ enqueued: number }> {
    const { db, clock } = this.deps;
    let enqueued = 0;
    const repository = new CalendarRepository(db.kysely);
    const sent = await repository.sentReminderKeys(municipalityId);
    const department = await repository.activeUsersWithRoles(municipalityId, grants['calendar.department.read']);
    for (const deadline of await this.gather(
      municipalityId,
      shiftDay(today, -overdueWindowDays),
      shiftDay(today, before),
    )) {
      if (deadline.done) continue;
      const kind: ReminderKind = deadline.due < today ? 'overdue' : 'before';
      const owner = deadline.ownerUserId
        ? await repository.activeUser(municipalityId, deadline.ownerUserId)
        : undefined;
      const recipients: Recipient[] = owner ? [owner] : deadline.ownerUserId ? [] : department;
      for (const recipient of recipients) {
        if (sent.has(reminderKey(deadline.id, deadline.due, kind, recipient.email))) continue;
        const mail = reminderMail(recipient.locale, kind, deadline, daysBetween(today, deadline.due));
        try {
          await db.kysely.transaction().execute(async (trx) => {
            const mailId = await enqueueMail(trx, clock, {
              municipalityId,
              kind: 'deadline.reminder',
              entityId: deadline.id,
              to: recipient.email,
              subject: mail.subject,
              text: mail.text,
            });
            await new CalendarRepository(trx).insertReminder({
              id: newId(),
              municipality_id: municipalityId,
              deadline_id: deadline.id,
              due: deadline.due,
              kind,
              recipient: recipient.email,
              mail_id: mailId,
              sent_at: clock.now().toISOString(),
            });
          });
          enqueued += 1;
        } catch (error) {
          // Another run recorded the same reminder first (unique key): it is sent once, by that run.
          if (!isUniqueViolation(error)) throw error;
        }
      }
    }
    return { enqueued };
  }
}
