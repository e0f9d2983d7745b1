import type { IndicatorQuery } from '../indicators/indicator-query.js';
import { slug, type SubjectDraft, type SubjectKind, type SvppReportKind } from './subject.js';
import wordLists from './read-indicator.words.json';

/**
 * What readIndicator (read-indicator.ts) reads with: the shapes of a reading, and its vocabulary (the plan's words for
 * meetings, bodies and documents, the quantifiers that say nothing about a subject, dates to strip) and the subject
 * draft a phrase becomes.
 */

export interface IndicatorContext {
  text: string;
  sectionNumber: string | null;
  sectionTitle?: string | undefined;
  /** The texts of the other indicators of the same operational objective. */
  siblings?: string[] | undefined;
  /** The municipality's name, which says nothing about the subject ("deelnames Mechelen aan …"). */
  municipalityName?: string | undefined;
  /** The operational objective's title and results: what "het overleg" is when the indicator does not say. */
  objectiveText?: string | undefined;
}

export interface QueryPart {
  query: Omit<IndicatorQuery, 'subjectId'>;
  subject?: SubjectDraft;
}

export type ManualReason = 'qualitative' | 'external' | 'judgment';

export type IndicatorReading =
  | ({ mode: 'query'; because: string } & QueryPart)
  | { mode: 'ratio'; numerator: QueryPart; denominator: QueryPart; scale: 1 | 100; because: string }
  | { mode: 'manual'; manualReason: ManualReason; because: string };

export const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'");

// Words that say how much, how often or when — never what (nl and fr, folded: read-indicator.words.json).
export const quantifiers = new Set(wordLists.quantifiers);

// Generic heads: the kind of thing, not which one. They pick the register; they are dropped from the subject.
export const meetingHeads =
  /^(vergaderingen?|overlegmomenten?|overlegmoment|verslagen|verslag|werkverslagen|werkverslag|deelnames?|deelname|reunions?|rencontres?|vergadermomenten?|bijeenkomsten?)$/;
export const bodyWords =
  /(overleg|stuurgroep|overlegplatform|platform|raad|werkgroep|comite|commissie|cpr|netwerk|cel\b|intervisie|vergadering)/;
export const documentHeads =
  /^(plan|actieplan|draaiboek|rapport|verslag|evaluatie|evaluatierapport|evaluatieverslag|evaluatienota|jaarrapport|jaarverslag|jaaroverzicht|rapportage|overzicht|overzichtsrapport|beschrijving|nota|voorstel|voorstellen|beleidsvoorstellen|studie|haalbaarheidsstudie|analyse|catalogus|organogram|handleiding|richtlijnen|protocol|convenant|overeenkomst|samenwerkingsovereenkomst|samenwerkingsafspraken|samenwerkingsverband|charter|buurtcharter|informatiepakket|formule|functieprofiel|diagnostiek|actualisatie|opvolgingsverslagen|programma|trainingsprogramma|spijbelactieplan|communicatieplan|handhavingsplan|handavingsplan|wijkbarometer|productencatalogus|verspreiding)$/;

export const stripDates = (t: string) =>
  t
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ' ')
    .replace(
      /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)( \d{4})?\b/g,
      ' ',
    )
    .replace(/\b(19|20)\d{2}(-(19|20)?\d{2})?\b/g, ' ');

/** The words that say what an indicator is about, in order; the parenthesised asides and the target removed. */
export function contentWords(text: string, municipalityName?: string): string[] {
  let t = fold(text);
  t = t.replace(/\([^)]*\)/g, ' ');
  // "Op 1 januari 2014 bestaat er een X", "… is er een X opgesteld", "… zijn er 4 X": the subject follows.
  const inner =
    /\b(?:bestaat|bestaan|is|zijn) er (?:een )?(.+)$/.exec(t) ??
    /\b(?:is|zijn) (?:een )(.+?) (?:opgemaakt|opgesteld|goedgekeurd|gerealiseerd|uitgewerkt)\b/.exec(t);
  if (inner?.[1]) t = inner[1];
  // The target part: "is minstens 3 per jaar", "is groter of gelijk aan 26 vanaf …", "groeit jaarlijks …".
  t = t.replace(
    /\b(is|zijn|bedraagt|groeit|daalt|stijgt)\s+(minstens|groter|gelijk|kleiner|maximaal|jaarlijks|\d).*$/,
    ' ',
  );
  t = t.replace(/\b(minstens|ten minste|au moins)\b.*?\b(per|par)\s+\w+/g, ' ');
  t = stripDates(t);
  t = t.replace(/\b\d+([.,]\d+)?\s*(u|uur|uren|%|procent)?\b/g, ' ');
  // A clause after the subject: "… bestaat en wordt …", "… wijst op …", ": plaatsen, …".
  t = t
    .replace(/[:;].*$/, ' ')
    .replace(
      /\b(waarbij|waarin|die|dat|wijst|kadert|vermeldt|bestaat|wordt|worden|werd|goedgekeurd door|ondertekend door)\b.*$/,
      ' ',
    );
  const municipality = municipalityName ? fold(municipalityName) : undefined;
  return t
    .split(/[^a-z0-9'+-]+/)
    .map((w) => w.replace(/^[-'+]+|[-'+]+$/g, ''))
    .filter((w) => w.length > 1 && !quantifiers.has(w) && w !== municipality);
}

export const draft = (
  context: IndicatorContext,
  typeKey: string,
  kind: SubjectKind,
  words: string[],
  extra: Partial<SubjectDraft> = {},
): SubjectDraft => {
  const phrase = words.join(' ').trim();
  // The name keeps the plan's own spelling (CPR, CGG – De Pont), the key the folded words.
  const original = new Map(
    context.text
      .split(/[^\p{L}\p{N}'’+-]+/u)
      .map((w) => [fold(w).replace(/^[-'+]+|[-'+]+$/g, ''), w.replace(/^[-'’+]+|[-'’+]+$/g, '')] as const),
  );
  const shown = words.map((w) => original.get(w) ?? w).join(' ');
  const name = shown ? shown.charAt(0).toUpperCase() + shown.slice(1) : (context.sectionTitle ?? typeKey);
  const section = context.sectionNumber ?? '0';
  return {
    typeKey,
    kind,
    key: `${section}.${typeKey}.${slug(phrase || 'general')}`.slice(0, 160),
    name: name.slice(0, 200),
    sectionNumber: context.sectionNumber,
    ...extra,
  };
};

/** Svpp's own reports: approved, they count as a document of their kind (one subject per municipality). */
export const reportReading = (reportKind: SvppReportKind, name: string, because: string): IndicatorReading => ({
  mode: 'query',
  query: { typeKey: 'document', statuses: ['approved'], measure: 'count' },
  subject: { typeKey: 'document', kind: 'report', key: `report.${reportKind}`, name, sectionNumber: null, reportKind },
  because,
});

export const reached =
  /(bereikte?|deelnemers?|deelnemen|aangesproken|personen bereikt|participants|personnes touchees)/;
export const hoursWord = /\b(uren|uur|heures)\b/;
