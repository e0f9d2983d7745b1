import {
  categoryLabels,
  finderLabels,
  type Finder,
  maximumFineCents,
  offenceCategories,
  type OffenceCategory,
  regulationLabels,
  type Regulation,
} from '../../../shared/enforcement/catalogue.js';
import {
  appealMonths,
  defenceDays,
  findingStatuses,
  findingStatusLabels,
  gasProcedure,
  paymentDays,
  statusAfterStep,
} from '../../../shared/enforcement/procedure.js';
import { formatEuroCents } from '../../../shared/i18n/format.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import {
  bullets,
  heading,
  keyValues,
  namedColumns,
  paragraph,
  sheetFromTable,
  table,
  type ReportDocument,
} from '../../../shared/reports/report-document.js';
import { workflowTexts } from './workflow-document-texts.js';

/** One article of the catalogue as the workflow document lists it. */
export interface WorkflowArticle {
  code: string;
  regulation: string;
  category: string;
  labelNl: string;
  labelFr: string;
  mixed: boolean;
  mediation: boolean;
  finders: string[];
  prescriptionMonths: number;
  validFrom: string;
  validTo: string | null;
}

export interface WorkflowAmount {
  category: string;
  validFrom: string;
  validTo: string | null;
  amountCents: number;
}

interface WorkflowInput {
  municipality: string;
  locale: Locale;
  generatedAt: string;
  articles: WorkflowArticle[];
  amounts: WorkflowAmount[];
}

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * The "description of the digital workflow" the plan's indicator asks for (issue 18), generated from gasProcedure
 * (steps, requirements, outcomes, deadlines, periods, closings, statuses) and the municipality's catalogue (who may
 * find what, amounts). Pure: the same definition the case engine runs.
 */
export function workflowDocument(input: WorkflowInput): ReportDocument {
  const { locale } = input;
  const t = workflowTexts[locale];
  const stepName = (key: string) => gasProcedure.steps.find((s) => s.key === key)?.labels[locale] ?? key;
  const outcomeName = (stepKey: string, key: string) =>
    gasProcedure.steps.find((s) => s.key === stepKey)?.outcomes?.find((o) => o.key === key)?.labels[locale] ?? key;
  const list = (items: string[]) => (items.length ? items.join('; ') : t.none);

  const steps = table(
    [
      { key: 'n', label: '#', kind: 'number', width: 0.05 },
      { key: 'step', label: t.step, width: 0.25 },
      { key: 'requires', label: t.requires, width: 0.2 },
      { key: 'outcomes', label: t.outcomes, width: 0.2 },
      { key: 'passes', label: t.passes, width: 0.15 },
      { key: 'notBefore', label: t.notBefore },
    ],
    gasProcedure.steps.map((s, i) => {
      const step = s;
      return {
        n: i + 1,
        step: step.labels[locale],
        requires: list(step.requires.map(stepName)),
        outcomes: list((step.outcomes ?? []).map((o) => o.labels[locale])),
        passes: list((step.passOutcomes ?? []).map((o) => outcomeName(step.key, o))),
        notBefore: step.notBefore ? t.notBeforeText(step.notBefore.days, stepName(step.notBefore.after)) : t.none,
      };
    }),
  );

  const deadlines = table(
    [
      { key: 'deadline', label: t.deadline, width: 0.3 },
      { key: 'anchor', label: t.anchor, width: 0.25 },
      { key: 'length', label: t.length, width: 0.12 },
      { key: 'metBy', label: t.metBy, width: 0.18 },
      { key: 'kind', label: t.kind },
    ],
    gasProcedure.deadlines.map((d) => {
      const rule = d;
      return {
        deadline: rule.labels[locale],
        anchor: stepName(rule.anchor),
        length:
          rule.days !== undefined ? t.days(rule.days) : rule.months !== undefined ? t.months(rule.months) : t.none,
        metBy: stepName(rule.metBy),
        kind: rule.period ? t.period : t.task,
      };
    }),
  );

  const closings = table(
    [
      { key: 'outcome', label: t.outcome, width: 0.4 },
      { key: 'requires', label: t.requires },
    ],
    gasProcedure.closeOutcomes.map((c) => ({ outcome: c.labels[locale], requires: list(c.requires.map(stepName)) })),
  );

  const reached = (status: string): string => {
    if (status === 'found') return t.statusFound;
    if (status === 'closed') return t.statusClosed;
    const ways = gasProcedure.steps.flatMap((s) => {
      const outcomes = (s as { outcomes?: { key: string }[] }).outcomes;
      const keys = outcomes ? outcomes.map((o) => o.key) : [null];
      return keys
        .filter((k) => statusAfterStep(s.key, k) === status)
        .map((k) => (k === null ? s.labels[locale] : `${s.labels[locale]}: ${outcomeName(s.key, k)}`));
    });
    return list(ways);
  };
  const statuses = table(
    [
      { key: 'status', label: t.status, width: 0.3 },
      { key: 'reachedBy', label: t.reachedBy },
    ],
    findingStatuses.map((s) => ({ status: findingStatusLabels[s][locale], reachedBy: reached(s) })),
  );

  const finderName = (f: string) => finderLabels[f as Finder]?.[locale] ?? f;
  const categoryName = (c: string) => categoryLabels[c as OffenceCategory]?.[locale] ?? c;
  const regulationName = (r: string) => regulationLabels[r as Regulation]?.[locale] ?? r;
  const articles = [...input.articles].sort(
    (a, b) =>
      offenceCategories.indexOf(a.category as OffenceCategory) -
        offenceCategories.indexOf(b.category as OffenceCategory) ||
      a.code.localeCompare(b.code) ||
      a.validFrom.localeCompare(b.validFrom),
  );
  const validity = (from: string, to: string | null) => (to ? `${dmy(from)} – ${dmy(to)}` : t.from(dmy(from)));
  // One row per article for both the printed table and the sheet; each shows the columns it names.
  const articleRows = articles.map((a) => ({
    article: a.code,
    regulation: regulationName(a.regulation),
    description: locale === 'fr' ? a.labelFr : a.labelNl,
    category: categoryName(a.category),
    finders: a.finders.map(finderName).join(', '),
    mixed: a.mixed ? t.yes : t.no,
    mediation: a.mediation ? t.yes : t.no,
    prescription: a.prescriptionMonths,
    validity: validity(a.validFrom, a.validTo),
    validFrom: a.validFrom,
    validTo: a.validTo,
  }));
  const catalogue = table(
    [
      { key: 'article', label: t.article, width: 0.12 },
      { key: 'description', label: t.description, width: 0.3 },
      { key: 'category', label: t.category, width: 0.14 },
      { key: 'finders', label: t.finders, width: 0.16 },
      { key: 'mixed', label: t.mixed, width: 0.07 },
      { key: 'mediation', label: t.mediation, width: 0.08 },
      { key: 'validity', label: t.validity },
    ],
    articleRows,
  );
  const catalogueSheet = {
    name: t.sheetCatalogue,
    columns: [
      ...namedColumns(
        t,
        ['article', 'regulation', 'description', 'category', 'finders', 'mixed', 'mediation', 'prescription'],
        {
          prescription: { kind: 'number' },
        },
      ),
      { key: 'validFrom', label: t.validity, kind: 'date' as const },
      { key: 'validTo', label: '…', kind: 'date' as const },
    ],
    rows: articleRows,
  };
  const amounts = table(
    [
      { key: 'category', label: t.category, width: 0.4 },
      { key: 'amount', label: t.amount, kind: 'euro-cents', width: 0.2 },
      { key: 'validity', label: t.validity },
    ],
    input.amounts.map((a) => ({
      category: categoryName(a.category),
      amount: a.amountCents,
      validity: validity(a.validFrom, a.validTo),
    })),
  );

  return {
    title: t.title,
    subtitle: `${t.subtitle} — ${input.municipality}`,
    locale,
    meta: { municipality: input.municipality, generatedAt: input.generatedAt },
    // The renderers print the title and subtitle above the blocks.
    blocks: [
      paragraph(t.intro),
      heading(t.flowHeading, 2),
      bullets(t.flow),
      heading(t.keyFigures, 2),
      keyValues([
        [t.defence, t.days(defenceDays)],
        [t.payment, t.days(paymentDays)],
        [t.appeal, t.months(appealMonths)],
        [t.maximum, formatEuroCents(maximumFineCents, locale)],
      ]),
      heading(t.stepsHeading, 2),
      steps,
      heading(t.deadlinesHeading, 2),
      deadlines,
      heading(t.statusesHeading, 2),
      statuses,
      heading(t.closeHeading, 2),
      closings,
      heading(t.catalogueHeading, 2),
      ...(articles.length ? [catalogue] : [paragraph(t.catalogueNone, 'muted')]),
      ...(input.amounts.length ? [heading(t.amountsHeading, 3), amounts] : []),
    ],
    sheets: [
      sheetFromTable(t.sheetSteps, steps),
      sheetFromTable(t.sheetDeadlines, deadlines),
      sheetFromTable(t.sheetClose, closings),
      catalogueSheet,
      sheetFromTable(t.sheetAmounts, amounts),
    ],
  };
}
