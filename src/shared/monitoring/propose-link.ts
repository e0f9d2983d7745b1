import type { IndicatorLinkInput } from './indicator-query.js';

export interface LinkProposal {
  link: IndicatorLinkInput;
  /** The words in the text that led to the proposal, for the person who confirms it. */
  because: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

interface Rule {
  pattern: RegExp;
  link: (text: string) => IndicatorLinkInput;
}

const reached = /(bereik|deelnemer|personen|bezoekers|participants|personnes|touche)/;
const meeting = (category?: string): IndicatorLinkInput => ({ mode: 'query', query: { typeKey: 'meeting', ...(category ? { categories: [category] } : {}), measure: 'count' } });
const activity = (category: string) => (text: string): IndicatorLinkInput => ({ mode: 'query', query: { typeKey: 'activity', categories: [category], measure: reached.test(text) ? 'quantity' : 'count' } });
const guard = (typeKey: string, measure: 'count' | 'quantity' | 'hours'): IndicatorLinkInput => ({ mode: 'query', query: { typeKey, measure } });
const caseWork = (caseType: string, event: string): IndicatorLinkInput => ({ mode: 'query', query: { typeKey: 'case_work', categories: [caseType], statuses: [event], measure: 'count' } });
const document = (category: string): IndicatorLinkInput => ({ mode: 'query', query: { typeKey: 'document', categories: [category], statuses: ['approved'], measure: 'count' } });

/** Ordered: the first rule that matches wins, so specific words come before general ones. */
const rules: Rule[] = [
  { pattern: /\b(cpr|preventieraad|conseil consultatif)/, link: () => meeting('cpr') },
  { pattern: /(overleg (met )?(de )?politie|politie.?preventie|concertation police|police.?prevention)/, link: () => meeting('police_prevention') },
  { pattern: /(stuurgroep|comite de pilotage|comite d.accompagnement)/, link: () => meeting('steering_group') },
  { pattern: /(intervisie|intervision)/, link: () => meeting('intervision') },
  { pattern: /(draaiboek|protocole d.intervention|\bplaybook)/, link: () => document('playbook') },
  { pattern: /(evaluatierapport|evaluatieverslag|rapport d.evaluation)/, link: () => document('evaluation_report') },
  { pattern: /(jaarrapport|jaarverslag|rapport annuel)/, link: () => document('annual_report') },
  { pattern: /(samenwerkingsovereenkomst|samenwerkingsakkoord|protocolakkoord|convention de (collaboration|partenariat))/, link: () => document('agreement') },
  { pattern: /(actieplan|plan d.action)/, link: () => document('action_plan') },
  { pattern: /(veiligheidsdiagnos|diagnostic (local )?de securite)/, link: () => document('diagnosis') },
  // The community guards' registers (src/shared/guards): engraving actions, supervision moments, hours per task.
  { pattern: /(graveer|gravure)/, link: (text) => guard('bike_engraving', /(gegraveerde fietsen|velos graves)/.test(text) ? 'quantity' : 'count') },
  { pattern: /(toezichtmoment|moments? de surveillance)/, link: () => guard('supervision', 'count') },
  { pattern: /(uren.*gemachtigd(e)? opzichter|heures.*surveillants? habilites?)/, link: () => guard('school_crossing', 'hours') },
  { pattern: /(uren.*verkeerspark|heures.*parc de circulation)/, link: () => guard('traffic_park', 'hours') },
  { pattern: /(bewaakte fietsenstalling|parkings? velos? surveille)/, link: () => guard('bike_parking', 'count') },
  { pattern: /(voorafgaande waarschuwing|avertissements? prealables?)/, link: () => guard('prior_warning', 'count') },
  { pattern: /(infosessie|informatiesessie|infomoment|informatiemoment|seance d.information|sessions? d.information)/, link: activity('information_session') },
  { pattern: /(campagne)/, link: activity('campaign') },
  { pattern: /(opleiding|vorming|formation)/, link: activity('training') },
  { pattern: /(bezoekers|visiteurs)/, link: () => ({ mode: 'query', query: { typeKey: 'visitors', measure: 'quantity' } }) },
  // Case work (src/shared/cases): pseudonymised events of street-corner work and early detection.
  { pattern: /(doorverwijzingen|toeleidingen)/, link: () => caseWork('street_corner', 'referral') },
  { pattern: /(contacten.{0,12}vroegdetectie)/, link: () => caseWork('street_corner', 'early_detection') },
  { pattern: /(adviezen|adviesbezoek|technopreventi|conseils? en (techno)?prevention|hercosi)/, link: () => ({ mode: 'query', query: { typeKey: 'advice_visit', statuses: ['done', 'reported'], measure: 'count' } }) },
  { pattern: /(vergadering|verslagen van het overleg|werkverslagen|\breunions?\b)/, link: () => meeting() },
];

/**
 * Proposes how to compute an indicator from its text, only where the text is clear
 * ("Aantal vergaderingen van de CPR" → count of meetings of kind CPR). A person confirms it.
 */
export function proposeLink(indicatorText: string): LinkProposal | undefined {
  const text = fold(indicatorText);
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match) return { link: rule.link(text), because: match[0] };
  }
  return undefined;
}
