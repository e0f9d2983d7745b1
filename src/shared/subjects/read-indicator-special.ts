import { type SubjectDraft } from './subject.js';
import {
  type IndicatorContext,
  type QueryPart,
  type IndicatorReading,
  fold,
  quantifiers,
  contentWords,
  draft,
  hoursWord,
} from './read-indicator-parts.js';

/**
 * The readings readIndicator (read-indicator.ts) tries before the general grammar: the enforcement steering group's
 * indicators, the guards' tasks that sibling indicators name, and ratios ("X in verhouding tot Z", "% van").
 */

const steeringGroup = /stuurgroep\W{0,2}bestuurlijke?\W{0,2}handhav/;

export function steeringReading(context: IndicatorContext, t: string): IndicatorReading | undefined {
  const subject = () => draft(context, 'enforcement_steering', 'body', ['stuurgroep', 'bestuurlijk', 'handhaven'], {});
  if (steeringGroup.test(t) && /(verslag|vergadering|bijeenkomst|overleg)/.test(t)) {
    return {
      mode: 'query',
      query: { typeKey: 'enforcement_steering', categories: ['meeting'], measure: 'count' },
      subject: subject(),
      because: 'stuurgroep bestuurlijk handhaven',
    };
  }
  if (
    /beleidsvoorstel/.test(t) &&
    (steeringGroup.test(t) ||
      siblingMatches(context, steeringGroup) ||
      steeringGroup.test(fold(context.objectiveText ?? '')))
  ) {
    return {
      mode: 'query',
      query: { typeKey: 'enforcement_steering', categories: ['policy_proposal'], measure: 'count' },
      subject: subject(),
      because: 'beleidsvoorstellen stuurgroep',
    };
  }
  return undefined;
}

export function siblingMatches(context: IndicatorContext, pattern: RegExp): boolean {
  return (context.siblings ?? []).some((s) => pattern.test(fold(s)));
}

/** A guard task for the section's phenomenon: supervision against burglary is not supervision against bike theft. */
export function guardTask(context: IndicatorContext): SubjectDraft {
  const phenomenon = context.sectionTitle ? fold(context.sectionTitle) : '';
  return draft(context, 'supervision', 'guard_task', [
    'toezicht',
    ...phenomenon.split(/[^a-z0-9']+/).filter((w) => w.length > 1 && !quantifiers.has(w)),
  ]);
}

export function readRatio(context: IndicatorContext, t: string): IndicatorReading | undefined {
  const percent = /%|procent|percentage/.test(t);
  let m = /^(?:aantal )?(.+?) in verhouding tot (?:het aantal |de |het )?(.+?)(?: is | bedraagt |$)/.exec(t);
  if (m?.[1] && m[2]) {
    return {
      mode: 'ratio',
      scale: percent ? 100 : 1,
      because: 'in verhouding tot',
      numerator: activityPart(context, m[1]),
      denominator: {
        query: { typeKey: 'headcount', categories: ['total'], measure: 'latest' },
        subject: draft(context, 'headcount', 'pool', contentWords(m[2], context.municipalityName)),
      },
    };
  }
  m = /verhouding tussen (?:nieuw )?(?:gestarte )?(.+?) en (.+?)(?:$|\.)/.exec(t);
  if (m && /(vrijwilliger|medewerker)/.test(t)) {
    const pool = draft(
      context,
      'headcount',
      'pool',
      contentWords(/^(?:aantal )?(\w+)/.exec(t)?.[1] ?? 'vrijwilligers'),
    );
    return {
      mode: 'ratio',
      scale: percent ? 100 : 1,
      because: 'verhouding tussen',
      numerator: { query: { typeKey: 'headcount', categories: ['new'], measure: 'latest' }, subject: pool },
      denominator: { query: { typeKey: 'headcount', categories: ['long_term'], measure: 'latest' }, subject: pool },
    };
  }
  m = /^(?:aantal )?(uren .+?) per (.+?)$/.exec(t.replace(/[.]$/, ''));
  if (m?.[1] && m[2] && !/^(jaar|schooljaar|werkjaar|werkingsjaar|maand|week|dag)\b/.test(m[2])) {
    return {
      mode: 'ratio',
      scale: 1,
      because: 'per',
      numerator: activityPart(context, m[1]),
      denominator: {
        query: { typeKey: 'headcount', categories: ['total'], measure: 'latest' },
        subject: draft(context, 'headcount', 'pool', contentWords(m[2], context.municipalityName)),
      },
    };
  }
  return undefined;
}

function activityPart(context: IndicatorContext, phrase: string): QueryPart {
  const measure = hoursWord.test(phrase) ? 'hours' : 'count';
  const words = contentWords(phrase, context.municipalityName).filter((w) => !/^(uren|uur)$/.test(w));
  return { query: { typeKey: 'activity', measure }, subject: draft(context, 'activity', 'activity', words) };
}
