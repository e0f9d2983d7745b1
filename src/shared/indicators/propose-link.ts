import type { IndicatorLinkInput, IndicatorQuery } from './indicator-query.js';
import { readIndicator } from '../subjects/read-indicator.js';
import { type IndicatorContext, type IndicatorReading, type QueryPart } from '../subjects/read-indicator-parts.js';
import type { SubjectDraft } from '../subjects/subject.js';

/** What svpp reads in an indicator: the link to propose once its subjects have ids, and those subjects. */
interface ProposalDraft {
  reading: IndicatorReading;
  subjects: SubjectDraft[];
  /** The link with the subjects' ids filled in (from `ids`: subject key → id). */
  link(ids: Map<string, string>): IndicatorLinkInput;
}

const withSubject = (part: QueryPart, ids: Map<string, string>): IndicatorQuery => {
  const id = part.subject ? ids.get(part.subject.key) : undefined;
  return { ...part.query, ...(id ? { subjectId: id } : {}) };
};

/**
 * Proposes how to compute an indicator from its text and its place in the plan: "Aantal vergaderingen van de CPR"
 * → count of meetings of the subject "CPR"; qualitative and outside data → manual, with the reason. A person confirms.
 */
export function proposeLink(context: IndicatorContext | string): ProposalDraft {
  const reading = readIndicator(typeof context === 'string' ? { text: context, sectionNumber: null } : context);
  switch (reading.mode) {
    case 'manual':
      return { reading, subjects: [], link: () => ({ mode: 'manual', manualReason: reading.manualReason }) };
    case 'query':
      return {
        reading,
        subjects: reading.subject ? [reading.subject] : [],
        link: (ids) => ({ mode: 'query', query: withSubject(reading, ids) }),
      };
    case 'ratio':
      return {
        reading,
        subjects: [reading.numerator.subject, reading.denominator.subject].filter(
          (s): s is SubjectDraft => s !== undefined,
        ),
        link: (ids) => ({
          mode: 'ratio',
          ratio: {
            numerator: withSubject(reading.numerator, ids),
            denominator: withSubject(reading.denominator, ids),
            scale: reading.scale,
          },
        }),
      };
  }
}
