import type { GuardOverview, IncidentStats } from '../api/guards.schema.js';
import { guardRegisterTypes } from '../guards/guard-register-types.js';
import {
  injuryLabels,
  meldingStatusLabels,
  type MeldingStatus,
  violenceKindLabels,
  type InjuryLevel,
  type ViolenceKind,
} from '../guards/violence.js';
import type { Locale } from '../i18n/locale.js';
import { formatNumber } from '../i18n/format.js';
import type { Labels } from '../indicators/register-fields.js';
import { countBarChart, type ChartSvgRenderer } from './report-charts.js';
import * as model from './report-document.js';
import { guardReportTexts } from './guards-report-texts.js';

interface GuardsReportInput {
  municipality: string;
  locale: Locale;
  generatedAt: string;
  overview: GuardOverview;
  violence: IncidentStats;
  /** Wijk code → name (the shipped boundaries). */
  wijkNames: Record<string, string>;
  chartSvg: ChartSvgRenderer;
}

const blocks3h = [0, 3, 6, 9, 12, 15, 18, 21];

/** A register's option label (a melding kind, a city service, an offence) in the report's language. */
function optionLabel(typeKey: string, fieldKey: string, value: string, locale: Locale): string {
  const field = guardRegisterTypes.find((t) => t.key === typeKey)?.fields.find((f) => f.key === fieldKey);
  return field?.options?.find((o) => o.value === value)?.labels[locale] ?? value;
}
const taskLabel = (typeKey: string, locale: Locale) =>
  guardRegisterTypes.find((t) => t.key === typeKey)?.labels[locale] ?? typeKey;
const labelled = <K extends string>(labels: Record<K, Labels>, key: string, locale: Locale) =>
  (labels as Record<string, Labels | undefined>)[key]?.[locale] ?? key;

/** Counts as rows (label, number), largest first. */
function countRows(counts: Record<string, number>, label: (key: string) => string): model.ReportRow[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => ({ label: label(key), count: n }));
}

/** Sums a weekday × hour grid into three-hour blocks per weekday. */
function blockRows(grid: number[][], weekdays: string[]): model.ReportRow[] {
  return grid.map((row, day) => {
    const cells: Record<string, string | number> = { weekday: weekdays[day] ?? String(day) };
    for (const start of blocks3h) {
      cells[`h${start}`] = Math.round(row.slice(start, start + 3).reduce((sum, v) => sum + v, 0) * 10) / 10;
    }
    cells.total = Math.round(row.reduce((sum, v) => sum + v, 0) * 10) / 10;
    return cells;
  });
}

/**
 * The yearly community-guard report the plan asks for: tasks, meldingen, man-hours, place and time per core task;
 * prior warnings and GAS reports; bike engraving; violence against guards (counts only). XLSX: a sheet per table.
 */
export function guardsReport(input: GuardsReportInput): model.ReportDocument {
  const { overview: o, locale } = input;
  const t = guardReportTexts[locale];
  const num = (value: number, decimals?: number) => formatNumber(value, locale, decimals);
  const count = (key: string): model.ReportColumn => ({ key, label: t.count, kind: 'number', width: 0.2 });

  const tasks = model.table(
    [
      { key: 'task', label: t.coreTask, width: 0.46 },
      { key: 'records', label: t.records, kind: 'number', width: 0.18 },
      { key: 'hours', label: t.hours, kind: 'number', decimals: 1, width: 0.18 },
      { key: 'quantity', label: t.quantity, kind: 'number' },
    ],
    o.tasks.map((task) => ({
      task: taskLabel(task.typeKey, locale),
      records: task.records,
      hours: task.hours,
      quantity: task.quantity,
    })),
    { totals: { task: t.manHours, records: null, hours: o.shiftHours, quantity: null } },
  );
  const taskHours = o.tasks.filter((task) => task.hours > 0);

  const wijkTotals = new Map<string, { records: number; hours: number; top: { typeKey: string; records: number } }>();
  for (const row of o.byWijk) {
    const entry = wijkTotals.get(row.wijkCode) ?? { records: 0, hours: 0, top: { typeKey: row.typeKey, records: 0 } };
    entry.records += row.records;
    entry.hours += row.hours;
    if (row.records > entry.top.records) entry.top = { typeKey: row.typeKey, records: row.records };
    wijkTotals.set(row.wijkCode, entry);
  }
  const wijkName = (code: string) => input.wijkNames[code] ?? code;
  const wijken = [...wijkTotals.entries()].sort((a, b) => b[1].records - a[1].records);
  const wijkTable = model.table(
    [
      { key: 'wijk', label: t.wijk, width: 0.3 },
      { key: 'records', label: t.records, kind: 'number', width: 0.16 },
      { key: 'hours', label: t.hours, kind: 'number', decimals: 1, width: 0.14 },
      { key: 'top', label: t.topTask },
    ],
    wijken.map(([code, w]) => ({
      wijk: wijkName(code),
      records: w.records,
      hours: Math.round(w.hours * 10) / 10,
      top: taskLabel(w.top.typeKey, locale),
    })),
  );

  const blockColumns: model.ReportColumn[] = [
    { key: 'weekday', label: t.weekday, width: 0.16 },
    ...blocks3h.map((start) => ({
      key: `h${start}`,
      label: `${String(start).padStart(2, '0')}–${String(start + 3).padStart(2, '0')}`,
      kind: 'number' as const,
    })),
    { key: 'total', label: reportTotal(locale), kind: 'number' },
  ];
  const timeTable = model.table(blockColumns, blockRows(o.shiftHeatmap, t.weekdays));
  const taskTimeRows: model.ReportRow[] = o.tasks
    .filter((task) => o.recordHeatmap[task.typeKey])
    .map((task) => {
      const grid = o.recordHeatmap[task.typeKey] ?? [];
      const cells: Record<string, string | number> = { weekday: taskLabel(task.typeKey, locale) };
      for (const start of blocks3h) {
        cells[`h${start}`] = grid.reduce((sum, row) => sum + row.slice(start, start + 3).reduce((a, v) => a + v, 0), 0);
      }
      cells.total = grid.reduce((sum, row) => sum + row.reduce((a, v) => a + v, 0), 0);
      return cells;
    });
  const taskTimeTable = model.table(
    [{ ...blockColumns[0], key: 'weekday', label: t.coreTask, width: 0.22 }, ...blockColumns.slice(1)],
    taskTimeRows,
  );

  const meldingTotal = Object.values(o.meldingen.byStatus).reduce((sum, n) => sum + n, 0);
  const labelCol: model.ReportColumn = { key: 'label', label: t.kind, width: 0.8 };
  const meldingKinds = model.table(
    [labelCol, count('count')],
    countRows(o.meldingen.byKind, (k) => optionLabel('guard_report', 'kind', k, locale)),
  );
  const meldingServices = model.table(
    [{ ...labelCol, label: t.service }, count('count')],
    countRows(o.meldingen.byService, (k) => optionLabel('guard_report', 'service', k, locale)),
  );
  const meldingStatuses = model.table(
    [{ ...labelCol, label: t.status }, count('count')],
    countRows(o.meldingen.byStatus, (k) => labelled(meldingStatusLabels, k as MeldingStatus, locale)),
  );
  const gasTable = model.table(
    [{ ...labelCol, label: t.offence }, count('count')],
    countRows(o.gasReports.byOffence, (k) => optionLabel('gas_report', 'offence', k, locale)),
  );
  const v = input.violence;
  const violenceKinds = model.table(
    [labelCol, count('count')],
    countRows(v.byKind, (k) => labelled(violenceKindLabels, k as ViolenceKind, locale)),
  );
  const violenceInjuries = model.table(
    [{ ...labelCol, label: t.injuries }, count('count')],
    countRows(v.byInjuries, (k) => labelled(injuryLabels, k as InjuryLevel, locale)),
  );
  const orNone = (block: model.TableBlock): model.ReportBlock =>
    block.rows.length > 0 ? block : model.paragraph(t.none, 'muted');

  const blocks: model.ReportBlock[] = [
    model.keyValues([
      [t.municipality, input.municipality],
      [t.year, String(o.year)],
      [t.shifts, num(o.shifts)],
      [t.manHours, num(o.shiftHours, 1)],
      [t.guardsActive, num(o.guards)],
    ]),
    model.paragraph(t.intro, 'muted'),
    model.heading(t.tasksHeading),
    model.paragraph(t.tasksIntro),
    tasks,
    ...(taskHours.length > 0
      ? [
          countBarChart(input.chartSvg, {
            title: t.chartHours,
            categoryLabel: t.coreTask,
            seriesName: t.hours,
            categories: taskHours.map((task) => taskLabel(task.typeKey, locale)),
            values: taskHours.map((task) => task.hours),
            altText: t.altHours,
          }),
        ]
      : []),
    model.heading(t.placeHeading),
    orNone(wijkTable),
    ...(wijken.length > 0
      ? [
          countBarChart(input.chartSvg, {
            title: t.chartWijk,
            categoryLabel: t.wijk,
            seriesName: t.records,
            categories: wijken.map(([code]) => wijkName(code)),
            values: wijken.map(([, w]) => w.records),
            altText: t.altWijk,
          }),
        ]
      : []),
    model.heading(t.timeHeading),
    model.paragraph(t.timeIntro),
    timeTable,
    model.heading(t.timeByTaskHeading, 2),
    orNone(taskTimeTable),
    model.heading(t.meldingenHeading),
    model.paragraph(t.meldingenIntro(meldingTotal)),
    orNone(meldingKinds),
    orNone(meldingServices),
    orNone(meldingStatuses),
    model.heading(t.warningsHeading),
    model.keyValues([
      [t.warnings, num(o.warnings.records)],
      [t.peopleWarned, num(o.warnings.people)],
      [t.gasReports, `${num(o.gasReports.records)} (${t.gasMinors}: ${num(o.gasReports.minors)})`],
    ]),
    orNone(gasTable),
    model.heading(t.engravingHeading),
    model.keyValues([
      [t.engravingActions, num(o.engraving.actions)],
      [t.bikesEngraved, num(o.engraving.bikes)],
    ]),
    model.heading(t.violenceHeading),
    model.paragraph(t.violenceIntro),
    model.keyValues([
      [t.violenceTotal, num(v.total)],
      [t.violencePrevious, num(v.previousYearTotal)],
      [t.withPoliceReport, num(v.withPoliceReport)],
    ]),
    orNone(violenceKinds),
    orNone(violenceInjuries),
  ];

  const hourColumns: model.ReportColumn[] = [
    { key: 'weekday', label: t.weekday },
    ...Array.from({ length: 24 }, (_, h) => ({
      key: `h${h}`,
      label: `${t.hour} ${h}`,
      kind: 'number' as const,
      decimals: 2,
    })),
  ];
  const hourRows = o.shiftHeatmap.map(
    (row, day) =>
      Object.fromEntries([
        ['weekday', t.weekdays[day] ?? String(day)],
        ...row.map((value, h) => [`h${h}`, value]),
      ]) as model.ReportRow,
  );
  return {
    title: t.title(o.year),
    subtitle: t.subtitle,
    locale,
    meta: { municipality: input.municipality, generatedAt: input.generatedAt },
    blocks,
    sheets: [
      model.sheetFromTable(t.sheetTasks, tasks),
      model.sheetFromTable(t.sheetWijken, wijkTable),
      { name: t.sheetTime, columns: hourColumns, rows: hourRows },
      model.sheetFromTable(t.sheetTaskTime, taskTimeTable),
      {
        name: t.sheetMeldingen,
        columns: [
          { key: 'group', label: t.kind },
          { key: 'label', label: t.kind },
          { key: 'count', label: t.count, kind: 'number' },
        ],
        rows: [
          ...meldingKinds.rows.map((r) => ({ group: t.kind, ...r })),
          ...meldingServices.rows.map((r) => ({ group: t.service, ...r })),
          ...meldingStatuses.rows.map((r) => ({ group: t.status, ...r })),
        ],
      },
      {
        name: t.sheetGas,
        columns: [
          { key: 'label', label: t.offence },
          { key: 'count', label: t.count, kind: 'number' },
        ],
        rows: [
          { label: t.warnings, count: o.warnings.records },
          { label: t.peopleWarned, count: o.warnings.people },
          { label: t.gasReports, count: o.gasReports.records },
          { label: t.gasMinors, count: o.gasReports.minors },
          ...gasTable.rows,
        ],
      },
      {
        name: t.sheetViolence,
        columns: [
          { key: 'label', label: t.kind },
          { key: 'count', label: t.count, kind: 'number' },
        ],
        rows: [
          { label: t.violenceTotal, count: v.total },
          { label: t.violencePrevious, count: v.previousYearTotal },
          { label: t.withPoliceReport, count: v.withPoliceReport },
          ...violenceKinds.rows,
          ...violenceInjuries.rows,
        ],
      },
    ],
  };
}

const reportTotal = (locale: Locale) => ({ nl: 'Totaal', fr: 'Total', en: 'Total' })[locale];
