import type { Consultation } from '../api/consultations.schema.js';
import type { Locale } from '../i18n/locale.js';
import { formatDate } from '../i18n/format.js';
import { isNuisanceCategory, nuisanceCategoryLabels } from '../barometer/categories.js';
import { bullets, heading, keyValues, paragraph, type ReportDocument, table } from './report-document.js';

const words = {
  nl: {
    subtitle: 'Overleg politie–preventie',
    held: 'Datum',
    period: 'Periode van de agenda',
    status: 'Verslag',
    draft: 'ontwerp',
    final: 'definitief',
    agenda: 'Agenda',
    hotSpots: 'Hotspots',
    rising: 'Stijgende trends',
    open: 'Open meldingen per soort',
    overdue: 'Meldingen over tijd',
    openActions: 'Open acties van vorige overleggen',
    minutes: 'Verslag',
    attendees: 'Aanwezigen',
    actions: 'Afspraken',
    action: 'Afspraak',
    owner: 'Wie',
    due: 'Tegen',
    done: 'Gedaan',
    yes: 'ja',
    no: 'nee',
    nothing: 'Niets.',
    wijk: 'Wijk',
    kind: 'Soort',
    count: 'Aantal',
    city: 'hele stad',
  },
  fr: {
    subtitle: 'Concertation police–prévention',
    held: 'Date',
    period: 'Période de l’ordre du jour',
    status: 'Procès-verbal',
    draft: 'projet',
    final: 'définitif',
    agenda: 'Ordre du jour',
    hotSpots: 'Points chauds',
    rising: 'Tendances à la hausse',
    open: 'Signalements ouverts par type',
    overdue: 'Signalements en retard',
    openActions: 'Actions ouvertes des concertations précédentes',
    minutes: 'Procès-verbal',
    attendees: 'Présents',
    actions: 'Accords',
    action: 'Accord',
    owner: 'Qui',
    due: 'Pour le',
    done: 'Fait',
    yes: 'oui',
    no: 'non',
    nothing: 'Rien.',
    wijk: 'Quartier',
    kind: 'Type',
    count: 'Nombre',
    city: 'toute la ville',
  },
  en: {
    subtitle: 'Police–prevention consultation',
    held: 'Date',
    period: 'Agenda period',
    status: 'Minutes',
    draft: 'draft',
    final: 'final',
    agenda: 'Agenda',
    hotSpots: 'Hot spots',
    rising: 'Rising trends',
    open: 'Open complaints per kind',
    overdue: 'Overdue complaints',
    openActions: 'Open actions of earlier consultations',
    minutes: 'Minutes',
    attendees: 'Attendees',
    actions: 'Agreed actions',
    action: 'Action',
    owner: 'Who',
    due: 'By',
    done: 'Done',
    yes: 'yes',
    no: 'no',
    nothing: 'Nothing.',
    wijk: 'Wijk',
    kind: 'Kind',
    count: 'Count',
    city: 'whole city',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The agenda and minutes of one consultation as a report (DOCX or PDF). Counts are already suppressed ("<5"). */
export function consultationReport(
  consultation: Consultation,
  locale: Locale,
  municipality: string,
  generatedAt: string,
): ReportDocument {
  const w = words[locale];
  const day = (iso: string) => formatDate(iso, locale);
  const kind = (key: string) => (isNuisanceCategory(key) ? nuisanceCategoryLabels[key][locale] : key);
  const list = (items: string[]) => (items.length ? bullets(items) : paragraph(w.nothing, 'muted'));
  const agenda = consultation.agenda;
  return {
    title: consultation.title,
    subtitle: w.subtitle,
    locale,
    meta: { municipality, generatedAt },
    blocks: [
      keyValues([
        [w.held, day(consultation.heldOn)],
        [w.period, `${day(agenda.from)} – ${day(agenda.to)}`],
        [w.status, consultation.status === 'final' ? w.final : w.draft],
      ]),
      heading(w.agenda, 2),
      heading(w.hotSpots, 3),
      agenda.hotSpots.length
        ? table(
            [
              { key: 'wijk', label: w.wijk },
              { key: 'kind', label: w.kind },
              { key: 'count', label: w.count, align: 'right', width: 0.15 },
            ],
            agenda.hotSpots.map((h) => ({ wijk: h.wijkName ?? h.wijkCode, kind: kind(h.category), count: h.count })),
          )
        : paragraph(w.nothing, 'muted'),
      heading(w.rising, 3),
      list(
        agenda.risingTrends.map(
          (r) =>
            `${r.wijkName ?? w.city} · ${kind(r.category)}: ${r.count}${r.ratio !== null ? ` (×${r.ratio.toFixed(1)})` : ''}`,
        ),
      ),
      heading(w.open, 3),
      list(agenda.openComplaints.map((o) => `${kind(o.category)}: ${o.count}`)),
      heading(w.overdue, 3),
      list(agenda.overdueComplaints.map((o) => `${o.reference} · ${kind(o.category)} · ${day(o.dueOn)}`)),
      heading(w.openActions, 3),
      list(agenda.openActions.map((a) => `${a.description} · ${a.owner} · ${day(a.dueOn)}`)),
      heading(w.minutes, 2),
      heading(w.attendees, 3),
      list(
        consultation.attendees
          .split('\n')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
      ),
      ...consultation.minutes
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== '')
        .map((p) => paragraph(p.trim())),
      heading(w.actions, 3),
      consultation.actions.length
        ? table(
            [
              { key: 'action', label: w.action, width: 0.5 },
              { key: 'owner', label: w.owner },
              { key: 'due', label: w.due, kind: 'date' },
              { key: 'done', label: w.done, width: 0.1 },
            ],
            consultation.actions.map((a) => ({
              action: a.description,
              owner: a.owner,
              due: a.dueOn,
              done: a.done ? w.yes : w.no,
            })),
          )
        : paragraph(w.nothing, 'muted'),
    ],
    sheets: [],
  };
}
