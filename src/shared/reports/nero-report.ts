import type { NeroReport } from '../api/cases.schema.js';
import type { Locale } from '../i18n/locale.js';
import { caseTypes } from '../cases/case-types.js';
import { heading, keyValues, paragraph, type ReportDocument, type ReportRow, table } from './report-document.js';

const words = {
  nl: {
    title: 'Jaarrapport NERO-project {year}',
    subtitle: 'Herstelgericht aanbod aan minderjarige overlastplegers',
    intro: 'Pseudonieme cijfers uit svpp: aantallen, geen namen.',
    figures: 'Kerncijfers',
    started: 'Trajecten opgestart (aangemeld)',
    granted: 'Toestemming jeugdparket gegeven',
    refused: 'Geen toestemming jeugdparket',
    invited: 'Ouders uitgenodigd',
    agreements: 'Overeenkomsten op maat',
    hours: 'Uren gemeenschapsdienst',
    within: 'Afgesloten binnen 5 maanden na het eerste gesprek',
    late: 'Afgesloten na meer dan 5 maanden',
    overdue: 'Open trajecten over tijd',
    modules: 'Modules',
    module: 'Module',
    closures: 'Afsluitingen',
    closure: 'Afsluiting',
    count: 'Aantal',
    none: 'Geen.',
  },
  fr: {
    title: 'Rapport annuel du projet NERO {year}',
    subtitle: 'Offre restauratrice aux mineurs auteurs de nuisances',
    intro: 'Chiffres pseudonymes issus de svpp : des nombres, aucun nom.',
    figures: 'Chiffres clés',
    started: 'Trajets démarrés (signalés)',
    granted: 'Accord du parquet de la jeunesse',
    refused: 'Refus du parquet de la jeunesse',
    invited: 'Parents invités',
    agreements: 'Conventions sur mesure',
    hours: 'Heures de prestation citoyenne',
    within: 'Clôturés dans les 5 mois du premier entretien',
    late: 'Clôturés après plus de 5 mois',
    overdue: 'Trajets ouverts en retard',
    modules: 'Modules',
    module: 'Module',
    closures: 'Clôtures',
    closure: 'Clôture',
    count: 'Nombre',
    none: 'Aucun.',
  },
  en: {
    title: 'NERO project annual report {year}',
    subtitle: 'Restorative offer to minors causing nuisance',
    intro: 'Pseudonymised figures from svpp: counts, no names.',
    figures: 'Key figures',
    started: 'Trajectories started (referred)',
    granted: 'Youth prosecutor consented',
    refused: 'Youth prosecutor refused',
    invited: 'Parents invited',
    agreements: 'Tailored agreements',
    hours: 'Community service hours',
    within: 'Closed within 5 months of the first talk',
    late: 'Closed after more than 5 months',
    overdue: 'Open trajectories overdue',
    modules: 'Modules',
    module: 'Module',
    closures: 'Closures',
    closure: 'Closure',
    count: 'Count',
    none: 'None.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The yearly NERO report (indicator "Jaarrapport NERO-project") as a report model: DOCX, PDF or XLSX. */
export function neroAnnualReport(
  report: NeroReport,
  locale: Locale,
  municipality: string,
  generatedAt: string,
): ReportDocument {
  const w = words[locale];
  const nero = caseTypes.nero;
  const moduleLabel = (key: string) =>
    nero.steps.find((s) => s.key === 'module')?.choices?.[0]?.options.find((o) => o.key === key)?.labels[locale] ?? key;
  const closeLabel = (key: string) => nero.closeOutcomes.find((o) => o.key === key)?.labels[locale] ?? key;
  const figures: [string, number][] = [
    [w.started, report.started],
    [w.granted, report.consentGranted],
    [w.refused, report.consentRefused],
    [w.invited, report.parentsInvited],
    [w.agreements, report.agreements],
    [w.hours, report.communityServiceHours],
    [w.within, report.closedWithinFiveMonths],
    [w.late, report.closedLate],
    [w.overdue, report.openOverdue],
  ];
  const modules: ReportRow[] = Object.entries(report.modules).map(([key, n]) => ({
    label: moduleLabel(key),
    count: n,
  }));
  const closures: ReportRow[] = Object.entries(report.closed).map(([key, n]) => ({ label: closeLabel(key), count: n }));
  const countColumn = { key: 'count', label: w.count, kind: 'number' as const, width: 0.2 };
  const title = w.title.replace('{year}', String(report.year));
  return {
    title,
    subtitle: w.subtitle,
    locale,
    meta: { municipality, generatedAt },
    blocks: [
      heading(title, 1),
      paragraph(w.intro, 'muted'),
      heading(w.figures, 2),
      keyValues(figures.map(([label, value]): [string, string] => [label, String(value)])),
      heading(w.modules, 2),
      modules.length ? table([{ key: 'label', label: w.module }, countColumn], modules) : paragraph(w.none, 'muted'),
      heading(w.closures, 2),
      closures.length ? table([{ key: 'label', label: w.closure }, countColumn], closures) : paragraph(w.none, 'muted'),
    ],
    sheets: [
      {
        name: w.figures,
        columns: [{ key: 'label', label: w.figures }, countColumn],
        rows: figures.map(([label, count]) => ({ label, count })),
      },
      { name: w.modules, columns: [{ key: 'label', label: w.module }, countColumn], rows: modules },
      { name: w.closures, columns: [{ key: 'label', label: w.closure }, countColumn], rows: closures },
    ],
  };
}
