import type { CloseOutcomeDefinition, DeadlineRule, OutcomeDefinition, StepDefinition } from './flow-types.js';
import type { Labels } from '../indicators/register-fields.js';
import { labels } from '../i18n/labels.js';

/**
 * Constructors for the flows the case engine runs (the case types, the GAS procedure): each entry states only what
 * differs. Keys come out in the order the definitions always had, so the data stays what it was written out as.
 */

type StepDetails = Omit<StepDefinition, 'key' | 'labels' | 'requires'>;
type ChoiceDefinition = NonNullable<StepDefinition['choices']>[number];

/** An outcome, a person's role or a choice's option (`o`: short, it stands on every line of a flow): key and names. */
export const o = (key: string, nl: string, fr: string, en: string): OutcomeDefinition => ({
  key,
  labels: labels(nl, fr, en),
});

/** A step, one line when it is only a name and what it waits for; the details in the order they are given. */
export const step = (key: string, names: Labels, requires: string[], details: StepDetails = {}): StepDefinition => ({
  key,
  labels: names,
  requires,
  ...details,
});

/** An extra choice recorded with a step. */
export const choice = (key: string, names: Labels, options: OutcomeDefinition[]): ChoiceDefinition => ({
  key,
  labels: names,
  options,
});

/** A deadline: its name, then when it runs (anchor, days or months, what meets it, whether it is a waiting period). */
export const deadline = (key: string, names: Labels, rule: Omit<DeadlineRule, 'key' | 'labels'>): DeadlineRule => ({
  key,
  labels: names,
  ...rule,
});

/** A way to close a case: its name and the steps that must have been recorded for it. */
export const closeOutcome = (
  key: string,
  nl: string,
  fr: string,
  en: string,
  requires: string[],
): CloseOutcomeDefinition => ({
  ...o(key, nl, fr, en),
  requires,
});
