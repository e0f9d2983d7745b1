import type { homeWork as nlHomeWork, search as nlSearch } from '../nl/home.js';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The home page's work cards and the header's search box. */
export const homeWork: Shape<typeof nlHomeWork> = {
  loadFailed: 'Your work could not be loaded.',
  workTitle: 'Your work',
  none: 'Nothing.',
  openAll: 'See all ({count})',
  open: 'Open',
  overdueBadge: 'overdue',
  deadlinesTitle: 'Deadlines',
  deadlinesThisWeek: 'This week ({count})',
  deadlinesOverdue: 'Overdue ({count})',
  indicatorsTitle: 'Indicators {year}',
  indicatorsTitleNoYear: 'Indicators',
  indicatorsAtRisk: 'At risk or missed ({count})',
  indicatorsFlagged: 'To review ({count})',
  flagShared: 'shared computation',
  flagFar: 'far above target',
  complaintsTitle: 'Complaints',
  complaintsToAssign: 'New, to assign ({count})',
  complaintsOverdue: 'Answer overdue ({count})',
  dueOn: 'answer due {date}',
  casesTitle: 'My open cases ({count})',
  casesOverdue: '{count} overdue',
  shiftsTitle: 'Shifts today ({count})',
  shiftRunning: 'running',
  shiftEnded: 'ended',
  problemsTitle: 'For the administrator',
  mailNotConfigured: 'E-mail is not configured (SVPP_SMTP_URL): reminders and answers wait in the outbox.',
  noProblems: 'No problems.',
  barometerTitle: 'Barometer, quarter {quarter} of {year}',
  barometerTotal: 'Nuisance events: {total}',
  barometerHidden: 'not shown',
  barometerSmall: 'fewer than 5',
  barometerTop: 'Neighbourhoods with the most events',
  barometerRule: 'Per quarter; counts from 1 to 4 are not shown.',
  barometerOpen: 'To the barometer',
};

export const search: Shape<typeof nlSearch> = {
  label: 'Search',
  placeholder: 'Search…',
  hint: 'At least 2 characters',
  none: 'Nothing found for “{q}”.',
  failed: 'The search failed.',
  searching: 'Searching…',
  more: 'more found: refine your search',
  results: '{count} results',
  kinds: {
    plan: 'Plan',
    registration: 'Registrations',
    complaint: 'Complaints',
    case: 'Cases',
    partner: 'Partners',
  },
};
