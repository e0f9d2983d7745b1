import type { Locale } from '../../../shared/i18n/locale.js';
import {
  type CaseTypeDefinition,
  caseTypes,
  type FlowDefinition,
  isCaseTypeKey,
  stepOf,
} from '../../../shared/cases/case-types.js';

/**
 * Labels of the case types, steps, outcomes and deadlines come with their definitions (nl, fr, en); the step, outcome,
 * close and deadline labels take any flow (a case type, or the GAS procedure of enforcement at volume).
 */
export function typeLabel(typeKey: string, locale: Locale): string {
  return isCaseTypeKey(typeKey) ? caseTypes[typeKey].labels[locale] : typeKey;
}

export function typeOf(typeKey: string): CaseTypeDefinition | undefined {
  return isCaseTypeKey(typeKey) ? caseTypes[typeKey] : undefined;
}

export function stepLabel(type: FlowDefinition, key: string, locale: Locale): string {
  return stepOf(type, key)?.labels[locale] ?? key;
}

export function outcomeLabel(type: FlowDefinition, stepKey: string, outcome: string, locale: Locale): string {
  return stepOf(type, stepKey)?.outcomes?.find((o) => o.key === outcome)?.labels[locale] ?? outcome;
}

export function closeLabel(type: FlowDefinition, outcome: string, locale: Locale): string {
  return type.closeOutcomes.find((o) => o.key === outcome)?.labels[locale] ?? outcome;
}

export function deadlineLabel(type: FlowDefinition, key: string, locale: Locale): string {
  return type.deadlines.find((d) => d.key === key)?.labels[locale] ?? key;
}

export function roleLabel(type: CaseTypeDefinition, role: string, locale: Locale): string {
  return type.personRoles.find((r) => r.key === role)?.labels[locale] ?? role;
}

export function choiceLabel(
  type: CaseTypeDefinition,
  stepKey: string,
  choice: string,
  value: string,
  locale: Locale,
): string {
  const definition = stepOf(type, stepKey)?.choices?.find((c) => c.key === choice);
  return `${definition?.labels[locale] ?? choice}: ${definition?.options.find((o) => o.key === value)?.labels[locale] ?? value}`;
}
