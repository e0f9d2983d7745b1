import { z } from 'zod';
import { targetSchema } from '../../../shared/api/plan.schema.js';
import { statusSchema } from '../../../shared/api/indicators.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { statusWords } from '../../../shared/indicators/status-words.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import { interpolate, type Messages } from '../../i18n/messages.js';
import type { HistoryEntry } from './plan.api.js';

/** One changed field of an audited correction, in words: "Titel: «old» → «new»". */
export interface HistoryChange {
  field: string;
  before: string;
  after: string;
}

export interface HistoryLine {
  at: string;
  actor: string | null;
  action: string;
  changes: HistoryChange[];
}

const record = z.record(z.string(), z.unknown());

/** The audit log stores the database columns; these are the ones a person corrects, in the order shown. */
const fieldOrder = ['number', 'title', 'description', 'owner', 'partners_json', 'text', 'targets_json'] as const;
type KnownField = (typeof fieldOrder)[number];

function fieldName(field: KnownField, t: Messages): string {
  const names = t.planWorkspace.history.fields;
  switch (field) {
    case 'number':
      return names.number;
    case 'title':
      return names.title;
    case 'description':
      return names.description;
    case 'owner':
      return names.owner;
    case 'partners_json':
      return names.partners;
    case 'text':
      return names.text;
    case 'targets_json':
      return names.targets;
  }
}

function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function valueInWords(field: KnownField, value: unknown, locale: Locale, t: Messages): string {
  const empty = t.planWorkspace.history.empty;
  if (value === null || value === undefined || value === '') return empty;
  if (field === 'targets_json') {
    const targets = z.array(targetSchema).safeParse(parsedJson(value));
    if (!targets.success) return asText(value);
    return targets.data.length === 0
      ? t.planWorkspace.history.noTargets
      : targets.data.map((target) => describeTarget(target, locale)).join('; ');
  }
  if (field === 'partners_json') {
    const partners = z.array(z.string()).safeParse(parsedJson(value));
    if (!partners.success) return asText(value);
    return partners.data.length === 0 ? empty : partners.data.join(', ');
  }
  return asText(value);
}

/**
 * An audited change of a plan element in words: what was corrected, from what to what; an evaluation by year and
 * status.
 */
export function historyLine(entry: HistoryEntry, locale: Locale, t: Messages): HistoryLine {
  const words = t.planWorkspace.history;
  const before = record.safeParse(entry.before);
  const after = record.safeParse(entry.after);
  const beforeFields = before.success ? before.data : {};
  const afterFields = after.success ? after.data : {};

  if (entry.action === 'evaluation.write') {
    const status = statusSchema.safeParse(afterFields.status);
    const year = typeof afterFields.year === 'number' ? String(afterFields.year) : '';
    return {
      at: entry.at,
      actor: entry.actorEmail,
      action: interpolate(words.actions.evaluation, { year }),
      changes: status.success
        ? [{ field: words.fields.status, before: '', after: statusWords[locale][status.data] }]
        : [],
    };
  }

  const changes: HistoryChange[] = [];
  for (const field of fieldOrder) {
    if (!Object.hasOwn(afterFields, field)) continue;
    changes.push({
      field: fieldName(field, t),
      before: valueInWords(field, beforeFields[field], locale, t),
      after: valueInWords(field, afterFields[field], locale, t),
    });
  }
  const action = entry.action.endsWith('.update') ? words.actions.corrected : entry.action;
  return { at: entry.at, actor: entry.actorEmail, action, changes };
}
