import { type Actor, can } from '../../../shared/access/roles.js';
import type { Home, HomeItem, HomeList } from '../../../shared/api/home.schema.js';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import { quarterPeriod } from '../../../shared/barometer/disclosure.js';
import { addDays, isoWeekday } from '../../../shared/calendar/days.js';
import { AppError } from '../../http/app-error.js';
import type { Db } from '../../db/database.js';
import { BarometerService } from '../barometer/barometer.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { CaseQueryService } from '../cases/case-query.service.js';
import type { ComplaintService } from '../complaints/complaints.service.js';
import type { GuardsService } from '../guards/guards.service.js';
import type { IndicatorService } from '../indicators/indicators.service.js';
import { jobStatuses } from '../jobs/job-status.service.js';

/** How many items a card lists (the count says how many there are in all). */
export const homeTopItems = 5;

interface Deps {
  db: Db;
  calendar: Pick<CalendarService, 'list' | 'today'>;
  indicators: Pick<IndicatorService, 'overview'>;
  complaints: Pick<ComplaintService, 'list'>;
  cases: Pick<CaseQueryService, 'list'>;
  guards: Pick<GuardsService, 'listShifts'>;
  barometer: Pick<BarometerService, 'protectedQuarter' | 'wijkNames'>;
  /** Whether the mail outbox can send (SMTP configured). */
  mailConfigured: () => boolean;
}

const list = (items: HomeItem[], href: string, count = items.length): HomeList => ({
  count,
  items: items.slice(0, homeTopItems),
  href,
});

/** The last complete calendar quarter before `today`. */
export function lastCompleteQuarter(today: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (current - 1) as 1 | 2 | 3 };
}

/**
 * The home page's work per role: each section is gathered from its feature's own service (which applies that
 * feature's rules) and only when the policy lets the role see it; the rest stays null.
 */
export class HomeService {
  constructor(private readonly deps: Deps) {}

  async home(actor: Actor): Promise<Home> {
    const today = await this.deps.calendar.today(actor.municipalityId);
    const [deadlines, indicators, complaints, cases, shifts, problems, barometer] = await Promise.all([
      can(actor, 'calendar.read') ? this.deadlines(actor, today) : null,
      // A guard's home is the day's work: shifts, not the plan's indicators.
      can(actor, 'plan.read') && !can(actor, 'guard.duty') ? this.indicators(actor) : null,
      can(actor, 'complaint.write') ? this.complaints(actor) : null,
      can(actor, 'case.read') ? this.cases(actor) : null,
      can(actor, 'guard.app') ? this.shifts(actor, today) : null,
      can(actor, 'system.status') ? this.problems(actor) : null,
      can(actor, 'barometer.read') && !BarometerService.insideDepartment(actor) ? this.barometer(actor, today) : null,
    ]);
    return { today, deadlines, indicators, complaints, cases, shifts, problems, barometer };
  }

  /** Not done: due from today to Sunday, and overdue (the calendar's default window: 90 days back). */
  private async deadlines(actor: Actor, today: string): Promise<NonNullable<Home['deadlines']>> {
    const sunday = addDays(today, 7 - isoWeekday(today));
    const { deadlines } = await this.deps.calendar.list(actor, { to: sunday });
    const item = (d: (typeof deadlines)[number]): HomeItem => ({
      id: d.id,
      title: d.title,
      detail: d.source,
      day: d.due,
      overdue: d.due < today,
      href: d.href ?? '/calendar',
    });
    const open = deadlines.filter((d) => !d.done);
    const thisWeek = open.filter((d) => d.due >= today).map(item);
    // Overdue: the most recent first (the oldest may be long forgotten; the list page has them all).
    const overdue = open
      .filter((d) => d.due < today)
      .reverse()
      .map(item);
    return { thisWeek: list(thisWeek, '/calendar'), overdue: list(overdue, '/calendar') };
  }

  private async indicators(actor: Actor): Promise<NonNullable<Home['indicators']>> {
    let overview;
    try {
      overview = await this.deps.indicators.overview(actor, {});
    } catch (error) {
      if (error instanceof AppError && error.code === 'PLAN_NONE') {
        return { year: null, atRisk: list([], '/dashboard'), flagged: list([], '/dashboard') };
      }
      throw error;
    }
    const all: { number: string; indicator: IndicatorState }[] = overview.sections.flatMap((section) =>
      section.strategic.flatMap((st) =>
        st.operational.flatMap((op) => op.indicators.map((indicator) => ({ number: op.number, indicator }))),
      ),
    );
    const item = ({ number, indicator }: (typeof all)[number]): HomeItem => ({
      id: indicator.id,
      title: `${number} ${indicator.text}`,
      detail: indicator.status,
      day: null,
      overdue: indicator.status === 'missed',
      href: '/dashboard',
    });
    // Missed first, then at risk; within each the plan's order.
    const atRisk = [
      ...all.filter((x) => x.indicator.status === 'missed'),
      ...all.filter((x) => x.indicator.status === 'at_risk'),
    ].map(item);
    const flagged = all
      .filter((x) => (x.indicator.flags ?? []).some((f) => f.accepted === null))
      .map((x) => ({ ...item(x), detail: (x.indicator.flags ?? []).find((f) => f.accepted === null)!.kind }));
    return { year: overview.year, atRisk: list(atRisk, '/dashboard'), flagged: list(flagged, '/dashboard') };
  }

  /** References and streets only: never the complaint's text nor the citizen's contact data. */
  private async complaints(actor: Actor): Promise<NonNullable<Home['complaints']>> {
    const [fresh, late] = await Promise.all([
      this.deps.complaints.list(actor, { status: 'new' }, homeTopItems * 2, 0),
      this.deps.complaints.list(actor, { overdue: true }, homeTopItems, 0),
    ]);
    const item = (c: (typeof fresh.items)[number]): HomeItem => ({
      id: c.id,
      title: c.reference,
      detail: c.street,
      day: c.dueOn,
      overdue: c.overdue,
      href: `/complaints/${c.id}`,
    });
    const unmerged = fresh.items.filter((c) => c.mergedIntoId === null);
    return {
      toAssign: list(unmerged.map(item), '/complaints', fresh.total - (fresh.items.length - unmerged.length)),
      overdue: list(late.items.map(item), '/complaints', late.total),
    };
  }

  /** The user's own open cases, by reference (case lists never carry names). */
  private async cases(actor: Actor): Promise<NonNullable<Home['cases']>> {
    const mine = await this.deps.cases.list(actor, { status: 'open', mine: true }, 1000, 0);
    const ordered = [...mine.items].sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.nextDeadline?.due ?? '9999').localeCompare(b.nextDeadline?.due ?? '9999') ||
        a.reference.localeCompare(b.reference),
    );
    return {
      mine: list(
        ordered.map((c) => ({
          id: c.id,
          title: c.reference,
          detail: c.typeKey,
          day: c.nextDeadline?.due ?? null,
          overdue: c.overdue,
          href: `/cases/${c.id}`,
        })),
        '/cases?status=open&mine=true',
        mine.total,
      ),
      overdue: mine.overdue,
    };
  }

  /** Shifts started today: all of them for the coordinator, one's own for a guard. */
  private async shifts(actor: Actor, today: string): Promise<HomeList> {
    const coordinator = can(actor, 'guard.coordinate');
    const all = await this.deps.guards.listShifts(actor, { from: today, to: today }, 500);
    const shown = coordinator ? all : all.filter((s) => s.userId === actor.userId);
    const href = coordinator ? '/guards' : '/guard';
    return list(
      shown.map((s) => ({
        id: s.id,
        title: s.guardName,
        detail: s.endedAt ? 'ended' : 'running',
        day: s.day,
        overdue: false,
        href,
      })),
      href,
    );
  }

  private async problems(actor: Actor): Promise<NonNullable<Home['problems']>> {
    const jobs = await jobStatuses(this.deps.db, actor.municipalityId);
    return { mailConfigured: this.deps.mailConfigured(), failedJobs: jobs.filter((j) => j.ok === false) };
  }

  /** Outside the department: the last complete calendar quarter's protected table (shared/barometer/disclosure.ts). */
  private async barometer(actor: Actor, today: string): Promise<NonNullable<Home['barometer']>> {
    const quarter = lastCompleteQuarter(today);
    const period = quarterPeriod(quarter.year, quarter.quarter);
    const [table, names] = await Promise.all([
      this.deps.barometer.protectedQuarter(actor.municipalityId, period),
      this.deps.barometer.wijkNames(actor.municipalityId),
    ]);
    const topWijken = [...names.entries()]
      .map(([wijkCode, name]) => ({ wijkCode, name, total: table.wijkTotal(wijkCode) }))
      .filter(
        (w): w is { wijkCode: string; name: string; total: number } => typeof w.total === 'number' && w.total >= 5,
      )
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
      .slice(0, homeTopItems);
    return {
      period,
      quarter,
      total: table.total,
      topWijken,
      href: `/barometer?from=${period.from}&to=${period.to}`,
    };
  }
}
