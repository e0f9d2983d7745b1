import type { Actor } from '../../../shared/access/roles.js';
import type {
  IndicatorTable,
  IndicatorTableFormat,
  IndicatorTableRow,
  TableLink,
} from '../../../shared/api/indicator-table.schema.js';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { type IndicatorLinkInput, subjectIdsOf } from '../../../shared/indicators/indicator-query.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import type { RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import { explainStatus, statusWords } from '../../../shared/indicators/status-words.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import type { ReportColumn, ReportDocument, ReportRow } from '../../../shared/reports/report-document.js';
import { renderCsv, renderXlsx, reportContentTypes } from '../../adapters/documents/render-report.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { RegisterTypeService } from '../registrations/register-types.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import { flagInWords, linkInWords, manualReasonInWords, type WordsContext } from './indicator-table-words.js';
import type { IndicatorService } from './indicators.service.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { indicators: IndicatorService };

interface IndicatorTableFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

const columnWords: Record<
  Locale,
  Record<string, string> & { sheet: string; title: string; confirmed: string; proposed: string; none: string }
> = {
  nl: {
    sheet: 'Indicatoren',
    title: 'Indicatoren',
    section: 'Fenomeen',
    objective: 'Doelstelling',
    text: 'Indicator',
    target: 'Streefwaarde',
    computation: 'Berekening',
    linkState: 'Koppeling',
    manualReason: 'Reden manueel',
    value: 'Waarde',
    status: 'Status',
    statusReason: 'Toelichting status',
    sources: 'Registraties',
    flags: 'Na te kijken',
    confirmed: 'bevestigd',
    proposed: 'voorstel, wacht op bevestiging',
    none: 'geen',
  },
  fr: {
    sheet: 'Indicateurs',
    title: 'Indicateurs',
    section: 'Phénomène',
    objective: 'Objectif',
    text: 'Indicateur',
    target: 'Valeur cible',
    computation: 'Calcul',
    linkState: 'Liaison',
    manualReason: 'Raison manuelle',
    value: 'Valeur',
    status: 'Statut',
    statusReason: 'Explication du statut',
    sources: 'Enregistrements',
    flags: 'À vérifier',
    confirmed: 'confirmée',
    proposed: 'proposition, en attente de confirmation',
    none: 'aucune',
  },
  en: {
    sheet: 'Indicators',
    title: 'Indicators',
    section: 'Phenomenon',
    objective: 'Objective',
    text: 'Indicator',
    target: 'Target',
    computation: 'Computation',
    linkState: 'Link',
    manualReason: 'Why manual',
    value: 'Value',
    status: 'Status',
    statusReason: 'Status explained',
    sources: 'Registrations',
    flags: 'To review',
    confirmed: 'confirmed',
    proposed: 'proposal, waiting for confirmation',
    none: 'none',
  },
};

/**
 * The indicator table for scripts and spreadsheets: every indicator of the current plan version in plan order with
 * its section and objective numbers, target, computation (or why it is manual, or the proposal waiting), value,
 * status, the registrations behind it and its flags; as JSON, CSV (`;`, UTF-8 with BOM) or XLSX. Read from the
 * same overview as the dashboard, so the numbers are the dashboard's.
 */
export class IndicatorTableService {
  constructor(private readonly deps: Deps) {}

  async table(actor: Actor, options: { year?: number | undefined; lang: Locale }): Promise<IndicatorTable> {
    const db = this.deps.db.kysely;
    const [overview, subjects, types, municipality] = await Promise.all([
      this.deps.indicators.overview(actor, { year: options.year }),
      new SubjectRepository(db).list(actor.municipalityId, { includeInactive: true }),
      new RegisterTypeService(this.deps).list(actor),
      new MunicipalityRepository(db).findById(actor.municipalityId),
    ]);
    if (!municipality) throw new AppError('NOT_FOUND');
    const context: WordsContext = {
      locale: options.lang,
      types: new Map<string, RegisterTypeDefinition>(types.map((t) => [t.key, t.definition])),
      subjects: new Map(subjects.map((s) => [s.id, s.name])),
    };
    // Plan order: section, strategic objective, operational objective, indicator, as the overview holds them.
    const rows: IndicatorTableRow[] = overview.sections.flatMap((section) =>
      section.strategic.flatMap((strategic) =>
        strategic.operational.flatMap((operational) =>
          operational.indicators.map((indicator) =>
            row(
              indicator,
              {
                section: section.number,
                sectionTitle: section.title,
                objective: operational.number,
                objectiveTitle: operational.title,
              },
              overview.year,
              context,
            ),
          ),
        ),
      ),
    );
    return {
      municipality: municipality.slug,
      year: overview.year,
      asOf: overview.asOf,
      lang: options.lang,
      versionId: overview.versionId,
      indicators: rows,
    };
  }

  async file(
    actor: Actor,
    options: { year?: number | undefined; lang: Locale; format: IndicatorTableFormat },
  ): Promise<IndicatorTableFile> {
    const table = await this.table(actor, options);
    const base = `indicatoren-${table.municipality}-${table.year}`;
    if (options.format === 'json') {
      return {
        filename: `${base}.json`,
        contentType: 'application/json; charset=utf-8',
        data: Buffer.from(`${JSON.stringify(table, null, 2)}\n`, 'utf8'),
      };
    }
    const sheet = tableSheet(table);
    if (options.format === 'csv') {
      return {
        filename: `${base}.csv`,
        contentType: reportContentTypes.csv,
        data: renderCsv(sheet, { locale: table.lang }),
      };
    }
    const doc: ReportDocument = {
      title: `${columnWords[table.lang].title} ${table.municipality} ${table.year}`,
      locale: table.lang,
      meta: { municipality: table.municipality, generatedAt: this.deps.clock.now().toISOString() },
      blocks: [],
      sheets: [sheet],
    };
    return { filename: `${base}.xlsx`, contentType: reportContentTypes.xlsx, data: await renderXlsx(doc) };
  }
}

function tableLink(
  input: IndicatorLinkInput,
  state: TableLink['state'],
  because: string | null,
  context: WordsContext,
): TableLink {
  const subjects = subjectIdsOf(input).map((id) => ({ id, name: context.subjects.get(id) ?? id }));
  const computation = linkInWords(input, context);
  if (input.mode === 'query') {
    return {
      mode: 'query',
      query: input.query,
      subjects,
      computation,
      state,
      ...(because !== null ? { because } : {}),
    };
  }
  if (input.mode === 'ratio') {
    return {
      mode: 'ratio',
      ratio: input.ratio,
      subjects,
      computation,
      state,
      ...(because !== null ? { because } : {}),
    };
  }
  return {
    mode: 'manual',
    manualReason: input.manualReason ?? null,
    subjects,
    computation,
    state,
    ...(because !== null ? { because } : {}),
  };
}

/** The confirmed link of an indicator's state as link input (the state carries query, ratio or manual reason). */
function confirmedInput(indicator: IndicatorState): IndicatorLinkInput | null {
  const link = indicator.link;
  if (!link || link.state !== 'confirmed') return null;
  if (link.mode === 'query' && link.query) return { mode: 'query', query: link.query };
  if (link.mode === 'ratio' && link.ratio) return { mode: 'ratio', ratio: link.ratio };
  if (link.mode === 'manual') {
    return { mode: 'manual', ...(link.manualReason ? { manualReason: link.manualReason } : {}) };
  }
  return null;
}

function row(
  indicator: IndicatorState,
  place: { section: string; sectionTitle: string; objective: string; objectiveTitle: string },
  year: number,
  context: WordsContext,
): IndicatorTableRow {
  const { locale } = context;
  const yearTarget = targetForYear(indicator.targets, year);
  const target = yearTarget
    ? describeTarget(yearTarget, locale)
    : indicator.targets.length > 0
      ? indicator.targets.map((t) => describeTarget(t, locale)).join('; ')
      : null;
  const linked = confirmedInput(indicator);
  const link = linked ? tableLink(linked, 'confirmed', null, context) : null;
  const proposal = indicator.proposal
    ? tableLink(indicator.proposal.link, 'proposed', indicator.proposal.because || null, context)
    : null;
  const manualOf =
    linked?.mode === 'manual'
      ? linked
      : !linked && indicator.proposal?.link.mode === 'manual'
        ? indicator.proposal.link
        : null;
  return {
    section: place.section,
    objective: place.objective,
    text: indicator.text,
    target,
    link,
    proposal,
    manualReason: manualOf ? manualReasonInWords(manualOf.manualReason, locale) : null,
    value: indicator.value,
    status: statusWords[locale][indicator.status],
    sources: indicator.sources ?? null,
    indicatorId: indicator.id,
    sectionTitle: place.sectionTitle,
    objectiveTitle: place.objectiveTitle,
    statusCode: indicator.status,
    statusReason: safeExplain(indicator, locale),
    flags: (indicator.flags ?? []).map((flag) => ({ ...flag, words: flagInWords(flag, locale) })),
  };
}

function safeExplain(indicator: IndicatorState, locale: Locale): string {
  try {
    return explainStatus(indicator.reason, locale);
  } catch {
    return indicator.reason.rule;
  }
}

/** The table as one sheet: the same rows as the JSON, the link or proposal in words. */
function tableSheet(table: IndicatorTable) {
  const words = columnWords[table.lang];
  const keys = [
    'section',
    'objective',
    'text',
    'target',
    'computation',
    'linkState',
    'manualReason',
    'value',
    'status',
    'statusReason',
    'sources',
    'flags',
  ] as const;
  const columns: ReportColumn[] = keys.map((key) => ({
    key,
    label: words[key] ?? key,
    ...(key === 'value' || key === 'sources' ? { kind: 'number' as const } : {}),
  }));
  const rows: ReportRow[] = table.indicators.map((r) => ({
    section: r.section,
    objective: r.objective,
    text: r.text,
    target: r.target,
    computation: (r.link ?? r.proposal)?.computation ?? null,
    linkState: r.link ? words.confirmed : r.proposal ? words.proposed : words.none,
    manualReason: r.manualReason,
    value: r.value,
    status: r.status,
    statusReason: r.statusReason,
    sources: r.sources,
    flags: r.flags.map((f) => f.words).join(' ') || null,
  }));
  return { name: words.sheet, columns, rows };
}
