import type { Locale } from '../i18n/locale.js';

/**
 * Every fixed text of the plan, evaluation and activity reports, in nl, fr and en. The plan's own texts (titles,
 * indicators) stay in the plan's language; only these words follow the report's language. The type makes a missing
 * text in one language a compile error.
 */
interface ReportTexts {
  /** ": " in nl and en, " : " (no-break space) in fr. */
  colon: string;
  municipality: string;
  plan: string;
  period: string;
  year: string;
  month: string;
  asOf: string;
  version: (no: number, confirmedOn: string | null) => string;
  scope: (counts: {
    sections: number;
    general: number;
    strategic: number;
    operational: number;
    results: number;
    indicators: number;
  }) => string;
  section: string;
  phenomenon: string;
  phenomena: string;
  programme: string;
  programmes: string;
  /** Group of the sections no action programme holds (the coordination section). */
  outsideProgrammes: string;
  inProgramme: (names: string) => string;
  notInProgramme: string;
  generalObjectives: string;
  strategicObjective: string;
  strategicNo: string;
  operationalObjective: string;
  operationalNo: string;
  results: string;
  indicator: string;
  indicators: string;
  targets: string;
  owner: string;
  partners: string;
  status: string;
  explanation: string;
  value: (year: number) => string;
  noIndicators: string;
  total: string;
  rollupHeading: string;
  indicatorRule: string;
  planTitle: (years: string) => string;
  planSubtitle: string;
  planContext: string;
  planSource: string;
  planScope: string;
  funding: string;
  fundingScheme: string;
  fundingAmount: string;
  fundingFte: string;
  fundingCaption: string;
  noFunding: string;
  programmesIntro: string;
  noProgrammes: string;
  targetColumns: {
    kind: string;
    op: string;
    value: string;
    per: string;
    year: string;
    from: string;
    until: string;
    due: string;
  };
  evaluationTitle: (year: number) => string;
  evaluationSubtitle: (label: string) => string;
  addressee: string;
  addresseeValue: string;
  dueBy: string;
  planStatus: string;
  summary: string;
  summaryIntro: (year: number, asOf: string) => string;
  computedStatus: string;
  evaluatorStatus: string;
  done: string;
  bottlenecks: string;
  adjustments: string;
  notEvaluated: (year: number) => string;
  writtenBy: (who: string, on: string) => string;
  evaluator: string;
  writtenOn: string;
  chartProgrammes: string;
  chartSections: (programme: string) => string;
  chartTrend: (programme: string) => string;
  altCounts: (what: string) => string;
  altTrend: (what: string, series: number) => string;
  objectives: string;
  activityTitle: (year: number) => string;
  activitySubtitle: (label: string) => string;
  fundingTotal: string;
  perProgramme: string;
  perSection: string;
  keyFigures: string;
  keyFiguresIntro: string;
  evaluationShort: string;
  evaluationNone: (year: number) => string;
  evaluated: (written: number, of: number) => string;
}

export const reportTexts: Record<Locale, ReportTexts> = {
  nl: {
    colon: ': ',
    municipality: 'Gemeente',
    plan: 'Plan',
    period: 'Periode',
    year: 'Jaar',
    month: 'Maand',
    asOf: 'Stand op',
    version: (no, on) => (on ? `versie ${no}, bevestigd op ${on}` : `versie ${no}, ontwerp (nog niet bevestigd)`),
    scope: (c) =>
      `${c.sections} secties, ${c.general} algemene, ${c.strategic} strategische en ${c.operational} operationele doelstellingen, ${c.results} resultaten, ${c.indicators} indicatoren`,
    section: 'Sectie',
    phenomenon: 'Fenomeen',
    phenomena: 'Fenomenen',
    programme: 'Actieprogramma',
    programmes: "Actieprogramma's",
    outsideProgrammes: "Buiten de actieprogramma's",
    inProgramme: (names) => `Actieprogramma: ${names}`,
    notInProgramme: 'Niet in een actieprogramma',
    generalObjectives: 'Algemene doelstellingen',
    strategicObjective: 'Strategische doelstelling',
    strategicNo: 'SD',
    operationalObjective: 'Operationele doelstelling',
    operationalNo: 'OD',
    results: 'Resultaten',
    indicator: 'Indicator',
    indicators: 'Indicatoren',
    targets: 'Streefwaarde',
    owner: 'Trekker',
    partners: 'Partners',
    status: 'Status',
    explanation: 'Toelichting',
    value: (year) => `Waarde ${year}`,
    noIndicators: 'Geen indicatoren.',
    total: 'Totaal',
    rollupHeading: 'Hoe de status bepaald wordt',
    indicatorRule:
      'Per indicator vergelijkt svpp de gemeten waarde met de streefwaarde van het jaar, rekening houdend met de verstreken tijd; de toelichting bij elke indicator geeft de regel en de cijfers.',
    planTitle: (years) => `Strategisch veiligheids- en preventieplan ${years}`,
    planSubtitle: 'Bijlage bij de overeenkomst met de minister van Binnenlandse Zaken',
    planContext:
      'Dit plan is de bijlage bij de overeenkomst tussen de gemeente en de minister van Binnenlandse Zaken (FOD Binnenlandse Zaken, directie Lokale Integrale Veiligheid). Het college van burgemeester en schepenen verwijst het plan naar de gemeenteraad; de gemeenteraad keurt het goed; de gemeente dient het samen met de beslissing van de gemeenteraad in bij de FOD Binnenlandse Zaken.',
    planSource: 'Bron',
    planScope: 'Omvang',
    funding: 'Financiering',
    fundingScheme: 'Regeling',
    fundingAmount: 'Bedrag',
    fundingFte: 'VTE',
    fundingCaption: 'Bedragen per jaar zoals in de algemene bepalingen van het plan.',
    noFunding: 'De plantekst vermeldt geen bedragen.',
    programmesIntro: "De fenomenen worden jaarlijks gebundeld in actieprogramma's.",
    noProgrammes: "Het plan vermeldt geen actieprogramma's.",
    targetColumns: {
      kind: 'Soort',
      op: 'Operator',
      value: 'Waarde',
      per: 'Per',
      year: 'In jaar',
      from: 'Vanaf',
      until: 'Tot en met',
      due: 'Uiterlijk',
    },
    evaluationTitle: (year) => `Evaluatie van de actieprogramma's ${year}`,
    evaluationSubtitle: (label) => `${label} · voor het college van burgemeester en schepenen`,
    addressee: 'Voor',
    addresseeValue: 'het college van burgemeester en schepenen',
    dueBy: 'In te dienen uiterlijk',
    planStatus: 'Status van het plan',
    summary: 'Samenvatting',
    summaryIntro: (year, asOf) => `De status van de indicatoren in ${year}, stand op ${asOf}, per actieprogramma.`,
    computedStatus: 'Berekende status',
    evaluatorStatus: 'Status volgens de evaluator',
    done: 'Wat werd gedaan',
    bottlenecks: 'Knelpunten',
    adjustments: 'Bijsturingen',
    notEvaluated: (year) => `Nog geen evaluatie geschreven voor ${year}.`,
    writtenBy: (who, on) => `geschreven door ${who} op ${on}`,
    evaluator: 'Evaluator',
    writtenOn: 'Geschreven op',
    chartProgrammes: 'Status van de indicatoren per actieprogramma',
    chartSections: (programme) => `Status van de indicatoren per fenomeen — ${programme}`,
    chartTrend: (programme) => `Maandelijks verloop van berekende indicatoren — ${programme}`,
    altCounts: (what) => `Gestapeld staafdiagram: aantal indicatoren per status, ${what}.`,
    altTrend: (what, series) => `Lijndiagram: waarde per maand van ${series} berekende indicator(en), ${what}.`,
    objectives: 'Doelstellingen',
    activityTitle: (year) => `Activiteitenverslag ${year}`,
    activitySubtitle: (label) => `${label} · voor de FOD Binnenlandse Zaken, directie Lokale Integrale Veiligheid`,
    fundingTotal: 'Financiering (totaal per jaar)',
    perProgramme: 'Per actieprogramma',
    perSection: 'Per fenomeen',
    keyFigures: 'Kerncijfers',
    keyFiguresIntro: 'De waarde van elke indicator in het jaar, naast de streefwaarde en de status.',
    evaluationShort: 'De evaluatie in het kort',
    evaluationNone: (year) => `Voor ${year} is nog geen evaluatie geschreven.`,
    evaluated: (written, of) => `${written} van ${of} operationele doelstellingen geëvalueerd.`,
  },
  fr: {
    colon: '\u00a0: ',
    municipality: 'Commune',
    plan: 'Plan',
    period: 'Période',
    year: 'Année',
    month: 'Mois',
    asOf: 'Situation au',
    version: (no, on) => (on ? `version ${no}, confirmée le ${on}` : `version ${no}, projet (pas encore confirmé)`),
    scope: (c) =>
      `${c.sections} sections, ${c.general} objectifs généraux, ${c.strategic} stratégiques et ${c.operational} opérationnels, ${c.results} résultats, ${c.indicators} indicateurs`,
    section: 'Section',
    phenomenon: 'Phénomène',
    phenomena: 'Phénomènes',
    programme: 'Programme d’action',
    programmes: 'Programmes d’action',
    outsideProgrammes: 'Hors des programmes d’action',
    inProgramme: (names) => `Programme d’action\u00a0: ${names}`,
    notInProgramme: 'Dans aucun programme d’action',
    generalObjectives: 'Objectifs généraux',
    strategicObjective: 'Objectif stratégique',
    strategicNo: 'OS',
    operationalObjective: 'Objectif opérationnel',
    operationalNo: 'OO',
    results: 'Résultats',
    indicator: 'Indicateur',
    indicators: 'Indicateurs',
    targets: 'Valeur cible',
    owner: 'Responsable',
    partners: 'Partenaires',
    status: 'Statut',
    explanation: 'Explication',
    value: (year) => `Valeur ${year}`,
    noIndicators: 'Aucun indicateur.',
    total: 'Total',
    rollupHeading: 'Comment le statut est établi',
    indicatorRule:
      'Pour chaque indicateur, svpp compare la valeur mesurée à la valeur cible de l’année, en tenant compte du temps écoulé\u00a0; l’explication de chaque indicateur donne la règle et les chiffres.',
    planTitle: (years) => `Plan stratégique de sécurité et de prévention ${years}`,
    planSubtitle: 'Annexe à la convention avec le ministre de l’Intérieur',
    planContext:
      'Ce plan est l’annexe à la convention entre la commune et le ministre de l’Intérieur (SPF Intérieur, direction Sécurité locale intégrale). Le collège communal soumet le plan au conseil communal\u00a0; le conseil communal l’approuve\u00a0; la commune le transmet au SPF Intérieur avec la décision du conseil communal.',
    planSource: 'Source',
    planScope: 'Contenu',
    funding: 'Financement',
    fundingScheme: 'Dispositif',
    fundingAmount: 'Montant',
    fundingFte: 'ETP',
    fundingCaption: 'Montants annuels tels que dans les dispositions générales du plan.',
    noFunding: 'Le texte du plan ne mentionne aucun montant.',
    programmesIntro: 'Les phénomènes sont regroupés chaque année en programmes d’action.',
    noProgrammes: 'Le plan ne mentionne aucun programme d’action.',
    targetColumns: {
      kind: 'Type',
      op: 'Opérateur',
      value: 'Valeur',
      per: 'Par',
      year: 'Année',
      from: 'À partir de',
      until: 'Jusqu’en',
      due: 'Échéance',
    },
    evaluationTitle: (year) => `Évaluation des programmes d’action ${year}`,
    evaluationSubtitle: (label) => `${label} · pour le collège communal`,
    addressee: 'Destinataire',
    addresseeValue: 'le collège communal',
    dueBy: 'À remettre au plus tard le',
    planStatus: 'Statut du plan',
    summary: 'Synthèse',
    summaryIntro: (year, asOf) => `Le statut des indicateurs en ${year}, situation au ${asOf}, par programme d’action.`,
    computedStatus: 'Statut calculé',
    evaluatorStatus: 'Statut retenu par l’évaluateur',
    done: 'Réalisations',
    bottlenecks: 'Difficultés',
    adjustments: 'Ajustements',
    notEvaluated: (year) => `Pas encore d’évaluation rédigée pour ${year}.`,
    writtenBy: (who, on) => `rédigé par ${who} le ${on}`,
    evaluator: 'Évaluateur',
    writtenOn: 'Rédigé le',
    chartProgrammes: 'Statut des indicateurs par programme d’action',
    chartSections: (programme) => `Statut des indicateurs par phénomène — ${programme}`,
    chartTrend: (programme) => `Évolution mensuelle des indicateurs calculés — ${programme}`,
    altCounts: (what) => `Barres empilées\u00a0: nombre d’indicateurs par statut, ${what}.`,
    altTrend: (what, series) =>
      `Graphique linéaire\u00a0: valeur mensuelle de ${series} indicateur(s) calculé(s), ${what}.`,
    objectives: 'Objectifs',
    activityTitle: (year) => `Rapport d’activités ${year}`,
    activitySubtitle: (label) => `${label} · pour le SPF Intérieur, direction Sécurité locale intégrale`,
    fundingTotal: 'Financement (total annuel)',
    perProgramme: 'Par programme d’action',
    perSection: 'Par phénomène',
    keyFigures: 'Chiffres clés',
    keyFiguresIntro: 'La valeur de chaque indicateur pour l’année, à côté de la valeur cible et du statut.',
    evaluationShort: 'L’évaluation en bref',
    evaluationNone: (year) => `Aucune évaluation n’a encore été rédigée pour ${year}.`,
    evaluated: (written, of) => `${written} objectifs opérationnels évalués sur ${of}.`,
  },
  en: {
    colon: ': ',
    municipality: 'Municipality',
    plan: 'Plan',
    period: 'Period',
    year: 'Year',
    month: 'Month',
    asOf: 'As of',
    version: (no, on) => (on ? `version ${no}, confirmed on ${on}` : `version ${no}, draft (not confirmed yet)`),
    scope: (c) =>
      `${c.sections} sections, ${c.general} general, ${c.strategic} strategic and ${c.operational} operational objectives, ${c.results} results, ${c.indicators} indicators`,
    section: 'Section',
    phenomenon: 'Phenomenon',
    phenomena: 'Phenomena',
    programme: 'Action programme',
    programmes: 'Action programmes',
    outsideProgrammes: 'Outside the action programmes',
    inProgramme: (names) => `Action programme: ${names}`,
    notInProgramme: 'In no action programme',
    generalObjectives: 'General objectives',
    strategicObjective: 'Strategic objective',
    strategicNo: 'SO',
    operationalObjective: 'Operational objective',
    operationalNo: 'OO',
    results: 'Results',
    indicator: 'Indicator',
    indicators: 'Indicators',
    targets: 'Target',
    owner: 'Owner',
    partners: 'Partners',
    status: 'Status',
    explanation: 'Explanation',
    value: (year) => `Value ${year}`,
    noIndicators: 'No indicators.',
    total: 'Total',
    rollupHeading: 'How the status is set',
    indicatorRule:
      'For each indicator svpp compares the measured value with the target of the year, taking the time elapsed into account; the explanation beside each indicator gives the rule and the figures.',
    planTitle: (years) => `Strategic security and prevention plan ${years}`,
    planSubtitle: 'Annex to the convention with the Minister of the Interior',
    planContext:
      'This plan is the annex to the convention between the municipality and the Minister of the Interior (FPS Home Affairs, Local Integral Security directorate). The college of mayor and aldermen refers the plan to the municipal council; the council approves it; the municipality submits it to the FPS Home Affairs together with the council’s decision.',
    planSource: 'Source',
    planScope: 'Scope',
    funding: 'Funding',
    fundingScheme: 'Scheme',
    fundingAmount: 'Amount',
    fundingFte: 'FTE',
    fundingCaption: 'Yearly amounts as in the general provisions of the plan.',
    noFunding: 'The plan text gives no amounts.',
    programmesIntro: 'The phenomena are grouped each year into action programmes.',
    noProgrammes: 'The plan names no action programmes.',
    targetColumns: {
      kind: 'Kind',
      op: 'Operator',
      value: 'Value',
      per: 'Per',
      year: 'In year',
      from: 'From',
      until: 'Until',
      due: 'Due',
    },
    evaluationTitle: (year) => `Evaluation of the action programmes ${year}`,
    evaluationSubtitle: (label) => `${label} · for the college of mayor and aldermen`,
    addressee: 'For',
    addresseeValue: 'the college of mayor and aldermen',
    dueBy: 'Due by',
    planStatus: 'Plan status',
    summary: 'Summary',
    summaryIntro: (year, asOf) => `The status of the indicators in ${year}, as of ${asOf}, per action programme.`,
    computedStatus: 'Computed status',
    evaluatorStatus: 'Evaluator’s status',
    done: 'What was done',
    bottlenecks: 'Bottlenecks',
    adjustments: 'Adjustments',
    notEvaluated: (year) => `No evaluation written for ${year} yet.`,
    writtenBy: (who, on) => `written by ${who} on ${on}`,
    evaluator: 'Evaluator',
    writtenOn: 'Written on',
    chartProgrammes: 'Indicator status per action programme',
    chartSections: (programme) => `Indicator status per phenomenon — ${programme}`,
    chartTrend: (programme) => `Monthly trend of computed indicators — ${programme}`,
    altCounts: (what) => `Stacked bar chart: number of indicators per status, ${what}.`,
    altTrend: (what, series) => `Line chart: monthly value of ${series} computed indicator(s), ${what}.`,
    objectives: 'Objectives',
    activityTitle: (year) => `Activity report ${year}`,
    activitySubtitle: (label) => `${label} · for the FPS Home Affairs, Local Integral Security directorate`,
    fundingTotal: 'Funding (yearly total)',
    perProgramme: 'Per action programme',
    perSection: 'Per phenomenon',
    keyFigures: 'Key figures',
    keyFiguresIntro: 'Each indicator’s value in the year, beside its target and status.',
    evaluationShort: 'The evaluation in short',
    evaluationNone: (year) => `No evaluation has been written for ${year} yet.`,
    evaluated: (written, of) => `${written} of ${of} operational objectives evaluated.`,
  },
};
