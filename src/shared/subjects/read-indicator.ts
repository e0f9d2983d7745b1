import type { IndicatorQuery } from '../indicators/indicator-query.js';
import { slug, type SubjectDraft, type SubjectKind, type SvppReportKind } from './subject.js';
import wordLists from './read-indicator.words.json';

/**
 * Reads an indicator's text as svpp proposes to compute it: which register, which subject, which measure — or why
 * it stays manual. Pure and general: it reads the grammar of plan indicators ("Aantal vergaderingen van X",
 * "Bestaan van een X", "Aantal uren Y", "X in verhouding tot Z"), not a list of one city's indicators.
 * The subject key holds the section: the same words in two sections are two subjects until a person merges them.
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
const quantifiers = new Set(wordLists.quantifiers);

// Generic heads: the kind of thing, not which one. They pick the register; they are dropped from the subject.
const meetingHeads =
  /^(vergaderingen?|overlegmomenten?|overlegmoment|verslagen|verslag|werkverslagen|werkverslag|deelnames?|deelname|reunions?|rencontres?|vergadermomenten?|bijeenkomsten?)$/;
const bodyWords =
  /(overleg|stuurgroep|overlegplatform|platform|raad|werkgroep|comite|commissie|cpr|netwerk|cel\b|intervisie|vergadering)/;
const documentHeads =
  /^(plan|actieplan|draaiboek|rapport|verslag|evaluatie|evaluatierapport|evaluatieverslag|evaluatienota|jaarrapport|jaarverslag|jaaroverzicht|rapportage|overzicht|overzichtsrapport|beschrijving|nota|voorstel|voorstellen|beleidsvoorstellen|studie|haalbaarheidsstudie|analyse|catalogus|organogram|handleiding|richtlijnen|protocol|convenant|overeenkomst|samenwerkingsovereenkomst|samenwerkingsafspraken|samenwerkingsverband|charter|buurtcharter|informatiepakket|formule|functieprofiel|diagnostiek|actualisatie|opvolgingsverslagen|programma|trainingsprogramma|spijbelactieplan|communicatieplan|handhavingsplan|handavingsplan|wijkbarometer|productencatalogus|verspreiding)$/;

const stripDates = (t: string) =>
  t
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ' ')
    .replace(
      /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)( \d{4})?\b/g,
      ' ',
    )
    .replace(/\b(19|20)\d{2}(-(19|20)?\d{2})?\b/g, ' ');

/** The words that say what an indicator is about, in order; the parenthesised asides and the target removed. */
function contentWords(text: string, municipalityName?: string): string[] {
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

const draft = (
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
const reportReading = (reportKind: SvppReportKind, name: string, because: string): IndicatorReading => ({
  mode: 'query',
  query: { typeKey: 'document', statuses: ['approved'], measure: 'count' },
  subject: { typeKey: 'document', kind: 'report', key: `report.${reportKind}`, name, sectionNumber: null, reportKind },
  because,
});

const reached = /(bereikte?|deelnemers?|deelnemen|aangesproken|personen bereikt|participants|personnes touchees)/;
const hoursWord = /\b(uren|uur|heures)\b/;

/**
 * Proposes how to compute one indicator. Always answers: a query (with the subject it counts), a ratio, or a manual
 * value with the reason — so a person confirms or corrects, and nothing is left for a spreadsheet by accident.
 */
export function readIndicator(context: IndicatorContext): IndicatorReading {
  const t = fold(context.text);
  const words = () => contentWords(context.text, context.municipalityName);
  /** A register query whose subject is named by the indicator's own words. */
  const ofOwnWords = (query: QueryPart['query'], kind: SubjectKind, because: string): IndicatorReading => ({
    mode: 'query',
    query,
    subject: draft(context, query.typeKey, kind, words()),
    because,
  });

  // A person's judgment, or data that only exists outside svpp.
  if (/(kwalitatieve indicator|indicateur qualitatif|qualitative indicator)/.test(t)) {
    return { mode: 'manual', manualReason: 'qualitative', because: 'kwalitatieve indicator' };
  }
  if (/(webpagina|website|web ?statistiek|bezoekers per pagina|visites? (du|sur le) site)/.test(t)) {
    return { mode: 'manual', manualReason: 'external', because: /webpagina|website/.exec(t)?.[0] ?? 'website' };
  }
  if (/(attitude|competenties|in kaart gebracht)/.test(t) && !/^aantal/.test(t)) {
    return {
      mode: 'manual',
      manualReason: 'judgment',
      because: /attitude|competenties|in kaart gebracht/.exec(t)?.[0] ?? '',
    };
  }

  // Reports svpp writes itself.
  if (/activiteitenrapport|rapports? d.activite/.test(t)) {
    return reportReading('activity', 'Activiteitenrapport', 'activiteitenrapport');
  }
  if (/(jaarrapport|jaarverslag|rapport annuel).{0,20}nero|nero.{0,20}(jaarrapport|jaarverslag|rapport)/.test(t)) {
    return reportReading('nero', 'Jaarrapport NERO', 'jaarrapport NERO');
  }
  if (
    /(jaarverslag|jaarrapport|rapportage|rapport annuel).{0,60}gemeenschapswacht|gemeenschapswacht.{0,40}(jaarverslag|jaarrapport)|(rapportage|statistische gegevens).{0,120}kerntaak/.test(
      t,
    )
  ) {
    return reportReading('guards', 'Jaarverslag gemeenschapswachten', 'jaarverslag gemeenschapswachten');
  }

  // The steering group for administrative enforcement (its own register, one subject): its reports count its
  // meetings, its policy proposals (said of it, or beside it in the same objective) count the proposals.
  const steering = steeringReading(context, t);
  if (steering) return steering;

  // Registers of other features.
  if (/geweldsfeiten|faits de violence|violence incidents/.test(t)) {
    return { mode: 'query', query: { typeKey: 'violence_incident', measure: 'count' }, because: 'geweldsfeiten' };
  }
  if (/collegeverslag|ter goedkeuring (aan|van|voorgelegd)|goedkeuring door het college/.test(t)) {
    const about = words().filter((w) => !/^(collegeverslagen|collegeverslag|goedkeuring|ter)$/.test(w));
    return {
      mode: 'query',
      query: { typeKey: 'decision', statuses: ['college_referral', 'college_approval'], measure: 'count' },
      subject: draft(context, 'decision', 'decision', about),
      because: 'collegeverslagen',
    };
  }

  // Ratios: "X in verhouding tot Y", "verhouding tussen X en Y", "uren vorming per Y".
  const ratio = readRatio(context, t);
  if (ratio) return ratio;

  // Street-corner work and case events (the case engine counts them).
  if (/(doorverwijzingen|toeleidingen)/.test(t)) {
    return {
      mode: 'query',
      query: { typeKey: 'case_work', categories: ['street_corner'], statuses: ['referral'], measure: 'count' },
      because: /(doorverwijzingen|toeleidingen)/.exec(t)?.[0] ?? '',
    };
  }
  if (/contacten.{0,12}vroegdetectie/.test(t)) {
    return {
      mode: 'query',
      query: { typeKey: 'case_work', categories: ['street_corner'], statuses: ['early_detection'], measure: 'count' },
      because: 'contacten vroegdetectie',
    };
  }
  if (/^(aantal )?(werkrelaties|beinvloedende relaties|relaties)/.test(t)) {
    return ofOwnWords(
      { typeKey: 'case_work', categories: ['street_corner'], statuses: ['contact'], measure: 'count' },
      'case_event',
      /(werkrelaties|beinvloedende relaties|relaties)/.exec(t)?.[0] ?? '',
    );
  }
  // Burglary-prevention advice by the city's adviser; advice by other advisers is an activity of its own.
  if (/(adviezen|adviesbezoek|technopreventi|conseils? en (techno)?prevention|hercosi)/.test(t)) {
    if (
      /(vormingsmedewerker|medewerker|expert|adviseur) (omgaan|drug|voor|van|inzake)/.test(t) ||
      /vormingsmedewerker/.test(t)
    ) {
      return ofOwnWords({ typeKey: 'activity', measure: 'count' }, 'adviser', 'adviezen vormingsmedewerker');
    }
    return {
      mode: 'query',
      query: { typeKey: 'advice_visit', statuses: ['done', 'reported'], measure: 'count' },
      because: /(adviezen|adviesbezoek|technopreventi|hercosi)/.exec(t)?.[0] ?? '',
    };
  }

  // The community guards' registers.
  if (/(toezichtmoment|toezichtsmoment|moments? de surveillance)/.test(t)) {
    if (/^(aantal )?(risico|risicosituaties)/.test(t)) {
      return ofOwnWords({ typeKey: 'supervision', measure: 'count' }, 'guard_task', 'risico’s tijdens toezicht');
    }
    return {
      mode: 'query',
      query: { typeKey: 'supervision', measure: 'count' },
      subject: guardTask(context),
      because: 'toezichtmomenten',
    };
  }
  if (
    reached.test(t) &&
    /(slachtoffers|victimes)/.test(t) &&
    siblingMatches(context, /(toezichtmoment|toezichtsmoment)/)
  ) {
    return {
      mode: 'query',
      query: { typeKey: 'supervision', measure: 'quantity' },
      subject: guardTask(context),
      because: 'aangesproken tijdens toezicht',
    };
  }
  if (/(gecontroleerde wagens|gecontroleerde voertuigen)/.test(t)) {
    return ofOwnWords({ typeKey: 'supervision', measure: 'quantity' }, 'guard_task', 'gecontroleerde wagens');
  }
  if (/(uren.*gemachtigd(e)? opzichter|heures.*surveillants? habilites?)/.test(t)) {
    return {
      mode: 'query',
      query: { typeKey: 'school_crossing', measure: 'hours' },
      because: 'uren gemachtigd opzichter',
    };
  }
  if (/(uren.*verkeerspark|heures.*parc de circulation)/.test(t)) {
    return { mode: 'query', query: { typeKey: 'traffic_park', measure: 'hours' }, because: 'uren verkeerspark' };
  }
  if (/(bewaakte fietsenstalling|parkings? velos? surveille)/.test(t)) {
    return {
      mode: 'query',
      query: { typeKey: 'bike_parking', measure: 'count' },
      because: 'bewaakte fietsenstallingen',
    };
  }
  if (/(voorafgaande waarschuwing|avertissements? prealables?)/.test(t)) {
    return {
      mode: 'query',
      query: { typeKey: 'prior_warning', measure: 'count' },
      because: 'voorafgaande waarschuwingen',
    };
  }
  if (/(fietsgraveer|gegraveerde fietsen|gravure de velos|velos graves)/.test(t)) {
    return {
      mode: 'query',
      query: {
        typeKey: 'bike_engraving',
        measure: /(gegraveerde fietsen|velos graves)/.test(t) ? 'quantity' : 'count',
      },
      because: 'fietsgraveeracties',
    };
  }

  // People in a pool (volunteers, staff): the last count recorded.
  if (/^(aantal )?(vrijwilligers|medewerkers|benevoles)\b/.test(t)) {
    return ofOwnWords(
      { typeKey: 'headcount', categories: ['total'], measure: 'latest' },
      'pool',
      /(vrijwilligers|medewerkers|benevoles)/.exec(t)?.[0] ?? '',
    );
  }
  if (/(bezoekers|visiteurs)/.test(t)) {
    return { mode: 'query', query: { typeKey: 'visitors', measure: 'quantity' }, because: 'bezoekers' };
  }

  return readByHead(context, t, words());
}

const steeringGroup = /stuurgroep\W{0,2}bestuurlijke?\W{0,2}handhav/;

function steeringReading(context: IndicatorContext, t: string): IndicatorReading | undefined {
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

function siblingMatches(context: IndicatorContext, pattern: RegExp): boolean {
  return (context.siblings ?? []).some((s) => pattern.test(fold(s)));
}

/** A guard task for the section's phenomenon: supervision against burglary is not supervision against bike theft. */
function guardTask(context: IndicatorContext): SubjectDraft {
  const phenomenon = context.sectionTitle ? fold(context.sectionTitle) : '';
  return draft(context, 'supervision', 'guard_task', [
    'toezicht',
    ...phenomenon.split(/[^a-z0-9']+/).filter((w) => w.length > 1 && !quantifiers.has(w)),
  ]);
}

function readRatio(context: IndicatorContext, t: string): IndicatorReading | undefined {
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

/** The generic grammar: the head noun picks the register (meeting, document, activity); the rest is the subject. */
function readByHead(context: IndicatorContext, t: string, words: string[]): IndicatorReading {
  const head = words[0] ?? '';
  const rest = words.slice(1);
  const headIsMeeting = meetingHeads.test(head);
  const firstBody = words.findIndex((w) => bodyWords.test(w));
  const meetingLike = /(vergadering|overlegmoment|overleg\b|deelnames? aan|intervisie|reunion)/.test(t);

  // "Verslagen van de stuurgroep X", "Aantal vergaderingen van de CPR", "Aantal deelnames aan de handelsadviesraad",
  // "Bestaan van een stuurgroep …": a body that meets.
  if (
    (headIsMeeting && (firstBody >= 0 || /^(vergadering|overlegmoment|deelname|reunion|bijeenkomst)/.test(head))) ||
    (!documentHeads.test(head) && firstBody === 0) ||
    (meetingLike && !documentHeads.test(head) && /^(aantal|verslagen|bestaan)/.test(t))
  ) {
    const subjectWords = words.filter(
      (w, i) =>
        !(i === 0 && meetingHeads.test(w)) &&
        !/^(vergaderingen|vergadering|overlegmomenten|overlegmoment|verslagen|werkverslagen|deelnames|deelname)$/.test(
          w,
        ),
    );
    const kindIn = (x: string) =>
      /\bcpr\b|preventieraad/.test(x)
        ? 'cpr'
        : /stuurgroep/.test(x)
          ? 'steering_group'
          : /intervisie/.test(x)
            ? 'intervision'
            : /operationeel overleg/.test(x)
              ? 'operational'
              : /(politie (en|-|–) ?preventie|preventie (en|-|–) ?politie|overleg (met|tussen) (de )?politie)/.test(x)
                ? 'police_prevention'
                : undefined;
    const generic = subjectWords.every((w) => /^(overleg|overlegmoment|overlegmomenten)$/.test(w));
    const meetingKind =
      kindIn(t) ?? (generic && context.objectiveText ? kindIn(fold(context.objectiveText)) : undefined);
    const measure = hoursWord.test(t) ? 'hours' : 'count';
    return {
      mode: 'query',
      query: { typeKey: 'meeting', measure },
      subject: draft(
        context,
        'meeting',
        'body',
        subjectWords.length ? subjectWords : ['overleg'],
        meetingKind ? { category: meetingKind } : {},
      ),
      because: head || 'overleg',
    };
  }

  const counted =
    /^(aantal|nombre)\b/.test(t) ||
    /^(jaarlijks|minstens)\b.*\b(acties|sessies|campagne|vormingsmomenten|initiatieven)/.test(t) ||
    /\b\d+\s*(u|uur|uren)\b/.test(t);
  const namesDocument =
    documentHeads.test(head) ||
    (words.some((w) => documentHeads.test(w)) && !/(acties|sessies|momenten|initiatieven|gesprekken)$/.test(head));
  if (!namesDocument && counted) {
    // People reached by an activity of the same objective count on that activity's subject.
    if (reached.test(t)) {
      const sibling = (context.siblings ?? [])
        .map((s) => ({ s, r: readIndicator({ ...context, text: s, siblings: [] }) }))
        .find(
          (x) => x.r.mode === 'query' && x.r.query.typeKey === 'activity' && x.r.subject && !reached.test(fold(x.s)),
        );
      if (sibling && sibling.r.mode === 'query') {
        return {
          mode: 'query',
          query: { typeKey: 'activity', measure: 'quantity' },
          ...(sibling.r.subject ? { subject: sibling.r.subject } : {}),
          because: reached.exec(t)?.[0] ?? '',
        };
      }
    }
    const measure =
      hoursWord.test(t) || /\b\d+\s*(u|uur|uren)\b/.test(t) ? 'hours' : reached.test(t) ? 'quantity' : 'count';
    const subjectWords = words.filter((w) => !/^(uren|uur)$/.test(w));
    const category = /(vorming|opleiding|training)/.test(t)
      ? 'training'
      : /(infosessie|informatiesessie|infomoment|seance)/.test(t)
        ? 'information_session'
        : /campagne/.test(t)
          ? 'campaign'
          : undefined;
    return {
      mode: 'query',
      query: { typeKey: 'activity', measure },
      subject: draft(context, 'activity', 'activity', subjectWords, category ? { category } : {}),
      because: head || 'aantal',
    };
  }
  if (/(campagne|sensibiliseringsactie|acties|sessies)/.test(head)) {
    return {
      mode: 'query',
      query: { typeKey: 'activity', measure: 'count' },
      subject: draft(context, 'activity', 'activity', words, /campagne/.test(head) ? { category: 'campaign' } : {}),
      because: head,
    };
  }

  // Everything else names a deliverable: a document of that kind, counted once approved.
  const category = /draaiboek/.test(t)
    ? 'playbook'
    : /(evaluatierapport|evaluatieverslag|evaluatienota|evaluatie)/.test(head)
      ? 'evaluation_report'
      : /(jaarrapport|jaarverslag|jaaroverzicht)/.test(head)
        ? 'annual_report'
        : /(samenwerkingsovereenkomst|overeenkomst|convenant|samenwerkingsafspraken|samenwerkingsverband)/.test(head)
          ? 'agreement'
          : /(actieplan|plan$)/.test(head)
            ? 'action_plan'
            : /(diagnostiek)/.test(t)
              ? 'diagnosis'
              : undefined;
  return {
    mode: 'query',
    query: { typeKey: 'document', statuses: ['approved'], measure: 'count' },
    subject: draft(context, 'document', 'document', words.length ? words : rest, category ? { category } : {}),
    because: head || 'document',
  };
}
