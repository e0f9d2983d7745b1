import type { Overview } from '../api/indicators.schema.js';
import type { Locale } from '../i18n/locale.js';
import { rollupRule } from '../indicators/status-words.js';
import { heading, paragraph, table, type ReportBlock } from './report-document.js';
import {
  countsText,
  groupName,
  groupRollup,
  statusCell,
  statusCountsChart,
  type ChartSvgRenderer,
  type ProgrammeGroup,
} from './report-common.js';
import { reportTexts } from './report-texts.js';

/** Pieces several plan reports (activity, evaluation) build the same way. */

type OverviewSection = Overview['sections'][number];

/** The summary per action programme: a table (programme, phenomena, rolled-up status, counts) and its bar chart. */
export function programmeSummary(
  groups: ProgrammeGroup<OverviewSection>[],
  overview: Overview,
  locale: Locale,
  chartSvg: ChartSvgRenderer,
): ReportBlock[] {
  const t = reportTexts[locale];
  return [
    table(
      [
        { key: 'programme', label: t.programme, width: 0.3 },
        { key: 'sections', label: t.phenomena, width: 0.14 },
        { key: 'status', label: t.status, kind: 'status', width: 0.16 },
        { key: 'counts', label: t.indicators },
      ],
      groups.map((group) => {
        const rolled = groupRollup(group, overview);
        return {
          programme: groupName(group, locale),
          sections: group.sections.map((section) => section.number).join(', '),
          status: statusCell(rolled.status, locale),
          counts: countsText(rolled.counts, locale),
        };
      }),
    ),
    statusCountsChart(chartSvg, locale, {
      title: t.chartProgrammes,
      categoryLabel: t.programme,
      categories: groups.map((group) => groupName(group, locale)),
      counts: groups.map((group) => groupRollup(group, overview).counts),
      altWhat: t.programmes.toLowerCase(),
    }),
  ];
}

/** How statuses roll up, in words: a heading and the two rules. */
export function rollupExplanation(locale: Locale): ReportBlock[] {
  const t = reportTexts[locale];
  return [heading(t.rollupHeading, 2), paragraph(rollupRule[locale]), paragraph(t.indicatorRule)];
}
