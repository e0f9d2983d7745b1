import { finders, offenceCategories, type OffenceCategory } from '../../../shared/enforcement/catalogue.js';
import type { YearFigureRow } from './analysis.repository.js';

/** A year of the GAS report: its findings' figure rows and the mediation outcomes, by municipality. */
export interface GasReportYear {
  year: number;
  rows: YearFigureRow[];
  mediation: { municipalityId: string; outcome: string; n: number }[];
}

/** A year's figures (for the whole report or one municipality). */
export interface GasFigures {
  findings: number;
  byCategory: Record<OffenceCategory, number>;
  byArticle: Map<string, { category: string; n: number }>;
  bySource: Record<string, number>;
  decisions: { fine: number; mediation: number; dismissal: number; pending: number };
  mediation: { referred: number; succeeded: number; failed: number; ongoing: number };
  closed: number;
  invoicedCents: number;
  paidCents: number;
  outstandingCents: number;
}

/** Sums the year's rows (of one municipality when `unit` is given). */
export function gasFigures(year: GasReportYear, unit?: string): GasFigures {
  const rows = unit === undefined ? year.rows : year.rows.filter((r) => r.municipalityId === unit);
  const mediationRows = unit === undefined ? year.mediation : year.mediation.filter((r) => r.municipalityId === unit);
  const f: GasFigures = {
    findings: 0,
    byCategory: Object.fromEntries(offenceCategories.map((c) => [c, 0])) as Record<OffenceCategory, number>,
    byArticle: new Map(),
    bySource: Object.fromEntries(finders.map((s) => [s, 0])),
    decisions: { fine: 0, mediation: 0, dismissal: 0, pending: 0 },
    mediation: { referred: 0, succeeded: 0, failed: 0, ongoing: 0 },
    closed: 0,
    invoicedCents: 0,
    paidCents: 0,
    outstandingCents: 0,
  };
  for (const r of rows) {
    f.findings += r.n;
    if (r.category in f.byCategory) f.byCategory[r.category as OffenceCategory] += r.n;
    const article = f.byArticle.get(r.article) ?? { category: r.category, n: 0 };
    article.n += r.n;
    f.byArticle.set(r.article, article);
    f.bySource[r.source] = (f.bySource[r.source] ?? 0) + r.n;
    if (r.decision === 'fine' || r.decision === 'mediation' || r.decision === 'dismissal') {
      f.decisions[r.decision] += r.n;
    } else f.decisions.pending += r.n;
    if (r.status === 'closed') f.closed += r.n;
    f.invoicedCents += r.invoicedCents;
    f.paidCents += r.paidCents;
    f.outstandingCents += r.outstandingCents;
  }
  f.mediation.referred = f.decisions.mediation;
  for (const m of mediationRows) {
    if (m.outcome === 'succeeded') f.mediation.succeeded += m.n;
    if (m.outcome === 'failed') f.mediation.failed += m.n;
  }
  f.mediation.ongoing = Math.max(0, f.mediation.referred - f.mediation.succeeded - f.mediation.failed);
  return f;
}
