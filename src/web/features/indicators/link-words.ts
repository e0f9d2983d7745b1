/**
 * Links and review flags in the user's words: which register, which kinds, which subject, what is added up; a ratio
 * as "numerator per denominator"; a manual indicator with its reason; a flag with what to check. Pure.
 */
import type { IndicatorFlag, IndicatorState } from '../../../shared/api/indicators.schema.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { IndicatorLinkInput, IndicatorQuery } from '../../../shared/indicators/indicator-query.js';
import { interpolate, type Messages } from '../../i18n/messages.js';
import { linkWords } from './overview-model.js';

export interface Words {
  t: Messages;
  locale: Locale;
  number: (value: number) => string;
  date: (value: string) => string;
}

/** Subject names by id, from a link's `subjects` and any list of subjects at hand. */
export type SubjectNames = ReadonlyMap<string, string>;

export function subjectNamesOf(...lists: ({ id: string; name: string }[] | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const list of lists) for (const subject of list ?? []) names.set(subject.id, subject.name);
  return names;
}

/** "Vergadering · Preventieraad (CPR) · aantal registraties · onderwerp: CPR". */
export function queryInWords(query: IndicatorQuery, types: RegisterType[], names: SubjectNames, words: Words): string {
  const { t } = words;
  const parts = linkWords(query, types, words.locale);
  const out = [parts.register];
  if (parts.categories.length > 0) out.push(parts.categories.join(', '));
  if (parts.statuses.length > 0) out.push(parts.statuses.join(', '));
  const field = parts.measureField ?? parts.measure;
  if (parts.measure === 'count') out.push(t.dashboard.link.measureCount);
  else if (parts.measure === 'latest') out.push(`${t.subjects.link.measureLatest} (${field})`);
  else {
    out.push(
      `${parts.measure === 'hours' ? t.dashboard.link.measureHours : t.dashboard.link.measureQuantity} (${field})`,
    );
  }
  if (query.subjectId) {
    const name = names.get(query.subjectId);
    if (name) out.push(interpolate(t.subjects.link.subject, { name }));
  }
  return out.join(' · ');
}

export function manualReasonInWords(reason: string | null | undefined, t: Messages): string {
  const reasons = t.subjects.manualReasons;
  return reason && Object.hasOwn(reasons, reason) ? reasons[reason as keyof typeof reasons] : reasons.none;
}

/** Any link in words: a query, a ratio ("… per …", "… in % van …") or manual with its reason. */
export function linkInWords(
  link: IndicatorLinkInput,
  types: RegisterType[],
  names: SubjectNames,
  words: Words,
): string {
  const { t } = words;
  if (link.mode === 'manual') {
    return interpolate(t.subjects.link.manual, { reason: manualReasonInWords(link.manualReason, t) });
  }
  if (link.mode === 'query') return queryInWords(link.query, types, names, words);
  const { numerator, denominator, scale } = link.ratio;
  const below =
    'typeKey' in denominator
      ? queryInWords(denominator, types, names, words)
      : interpolate(t.subjects.link.constant, { value: words.number(denominator.constant) });
  return interpolate(scale === 100 ? t.subjects.link.ratioPercent : t.subjects.link.ratioPer, {
    numerator: queryInWords(numerator, types, names, words),
    denominator: below,
  });
}

/** The confirmed link as the API's link input (null when there is none, or it is only proposed). */
export function confirmedLinkInput(indicator: IndicatorState): IndicatorLinkInput | null {
  const link = indicator.link;
  if (!link || link.state !== 'confirmed') return null;
  if (link.mode === 'manual') {
    return { mode: 'manual', ...(link.manualReason ? { manualReason: link.manualReason } : {}) };
  }
  if (link.mode === 'ratio') return link.ratio ? { mode: 'ratio', ratio: link.ratio } : null;
  return link.query ? { mode: 'query', query: link.query } : null;
}

/**
 * What a flag asks a person to check, in words (the other indicators' texts hold commas: they are set apart by
 * semicolons).
 */
export function flagInWords(flag: IndicatorFlag, words: Words): string {
  const { t } = words;
  if (flag.kind === 'shared_computation') {
    return interpolate(t.subjects.flags.shared, { others: (flag.others ?? []).join('; ') || '–' });
  }
  return interpolate(t.subjects.flags.farAbove, {
    value: flag.value === undefined ? '–' : words.number(flag.value),
    required: flag.required === undefined ? '–' : words.number(flag.required),
  });
}

/** How many registrations are behind a value, in words (null for manual indicators). */
export function sourcesInWords(sources: number | null | undefined, words: Words): string | null {
  if (sources === null || sources === undefined) return null;
  const { t } = words;
  if (sources === 0) return t.subjects.link.sourcesNone;
  if (sources === 1) return t.subjects.link.sourcesOne;
  return interpolate(t.subjects.link.sources, { count: words.number(sources) });
}
