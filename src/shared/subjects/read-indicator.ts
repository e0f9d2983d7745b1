import { type SubjectKind } from './subject.js';
import {
  type IndicatorContext,
  type QueryPart,
  type IndicatorReading,
  fold,
  meetingHeads,
  bodyWords,
  documentHeads,
  contentWords,
  draft,
  reportReading,
  reached,
  hoursWord,
} from './read-indicator-parts.js';
import { steeringReading, siblingMatches, guardTask, readRatio } from './read-indicator-special.js';

/**
 * Reads an indicator's text as svpp proposes to compute it: which register, which subject, which measure — or why
 * it stays manual. Pure and general: it reads the grammar of plan indicators ("Aantal vergaderingen van X",
 * "Bestaan van een X", "Aantal uren Y", "X in verhouding tot Z"), not a list of one city's indicators.
 * The subject key holds the section: the same words in two sections are two subjects until a person merges them.
 */

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
