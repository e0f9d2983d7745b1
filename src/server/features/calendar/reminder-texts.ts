import type { Deadline } from '../../../shared/calendar/deadline.js';
import { formatDate } from '../../../shared/i18n/format.js';
import { isLocale, type Locale } from '../../../shared/i18n/locale.js';

export type ReminderKind = 'before' | 'overdue';

/** The reminder mail in the recipient's language. */
export function reminderMail(
  localeText: string,
  kind: ReminderKind,
  deadline: Deadline,
  daysLeft: number,
): { subject: string; text: string } {
  const locale: Locale = isLocale(localeText) ? localeText : 'nl';
  const day = formatDate(`${deadline.due}T12:00:00Z`, locale);
  const texts: Record<Locale, { before: string; overdue: string; body: (when: string) => string; left: string }> = {
    nl: {
      before: 'Herinnering',
      overdue: 'Te laat',
      body: (when) =>
        `${deadline.title}\n\nTe doen tegen ${day} (${when}).\n\nDeze herinnering wordt één keer verstuurd door svpp.`,
      left: daysLeft === 0 ? 'vandaag' : daysLeft > 0 ? `nog ${daysLeft} dagen` : `${-daysLeft} dagen te laat`,
    },
    fr: {
      before: 'Rappel',
      overdue: 'En retard',
      body: (when) =>
        `${deadline.title}\n\nÀ faire pour le ${day} (${when}).\n\nCe rappel est envoyé une seule fois par svpp.`,
      left: daysLeft === 0 ? 'aujourd’hui' : daysLeft > 0 ? `encore ${daysLeft} jours` : `${-daysLeft} jours de retard`,
    },
    en: {
      before: 'Reminder',
      overdue: 'Overdue',
      body: (when) => `${deadline.title}\n\nDue on ${day} (${when}).\n\nsvpp sends this reminder once.`,
      left: daysLeft === 0 ? 'today' : daysLeft > 0 ? `${daysLeft} days left` : `${-daysLeft} days late`,
    },
  };
  const t = texts[locale];
  return { subject: `${kind === 'before' ? t.before : t.overdue}: ${deadline.title} (${day})`, text: t.body(t.left) };
}
