import type { Locale } from '../i18n/locale.js';
import type { ConventionFinding } from '../finance/convention-check.js';
import type { DecisionStep } from '../finance/decision-path.js';

/** The fixed texts of the financial justification, in nl, fr and en. */
interface FinanceReportTexts {
  title: (year: number) => string;
  subtitle: string;
  municipality: string;
  plan: string;
  year: string;
  generated: string;
  conventions: string;
  conventionsIntro: string;
  scheme: string;
  fte: string;
  amount: string;
  wageRule: string;
  equipment: string;
  equipmentCap: string;
  check: string;
  agrees: string;
  finding: (f: ConventionFinding, euro: (cents: number) => string) => string;
  staff: string;
  staffIntro: string;
  person: string;
  regime: string;
  start: string;
  end: string;
  eligible: string;
  noStaff: string;
  spending: string;
  pot: Record<'wages' | 'equipment_training' | 'all', string>;
  cap: string;
  spent: string;
  remaining: string;
  state: Record<'ok' | 'near' | 'over', string>;
  expenses: string;
  date: string;
  category: Record<'wages' | 'equipment' | 'training' | 'operating', string>;
  categoryLabel: string;
  description: string;
  evidence: string;
  overCap: string;
  noExpenses: string;
  budget: string;
  budgetIntro: string;
  code: string;
  label: string;
  budgetAmount: string;
  councilEstimate: string;
  expected: string;
  /** Budget − the subsidy the conventions bring (the column and the note under the table; the XLSX's column too). */
  difference: string;
  /** Budget − the council's own estimate, beside the difference with the conventions. */
  councilDifference: string;
  flag: string;
  flagged: string;
  inLine: string;
  decisions: string;
  step: Record<DecisionStep, string>;
  notYet: string;
  total: string;
  yes: string;
}

const nl: FinanceReportTexts = {
  title: (year) => `Financiële verantwoording ${year}`,
  subtitle: 'Strategisch veiligheids- en preventieplan — verantwoording van de subsidies aan de FOD Binnenlandse Zaken',
  municipality: 'Gemeente',
  plan: 'Plan',
  year: 'Werkingsjaar',
  generated: 'Opgemaakt op',
  conventions: 'Overeenkomsten en subsidiebedragen',
  conventionsIntro:
    'Per subsidiekanaal het toegekende bedrag, nagerekend met de regels: loonkosten € 420 per VTE per maand; uitrustings- en opleidingskosten ten hoogste € 366,86 per VTE.',
  scheme: 'Subsidiekanaal',
  fte: 'VTE',
  amount: 'Toegekend',
  wageRule: 'Loonkosten (regel)',
  equipment: 'Uitrusting en opleiding',
  equipmentCap: 'Maximum uitrusting',
  check: 'Controle',
  agrees: 'Klopt met de regels',
  finding: (f, euro) => {
    switch (f.code) {
      case 'wage_differs':
        return `Loonkosten in de tekst ${euro(f.statedCents)}, volgens de regel ${euro(f.ruleCents)}`;
      case 'equipment_over_cap':
        return `Uitrusting en opleiding ${euro(f.equipmentCents)} boven het maximum ${euro(f.capCents)}`;
      case 'parts_differ_from_total':
        return `De delen (${euro(f.partsCents)}) verschillen van het totaal ${euro(f.amountCents)}`;
      case 'amount_below_wage':
        return `Het bedrag ${euro(f.amountCents)} is lager dan de loonkosten volgens de regel ${euro(f.ruleCents)}`;
    }
  },
  staff: 'Gesubsidieerd personeel',
  staffIntro: 'Per persoon het subsidieerbare loon: € 420 per maand × arbeidsregime × dagen in dienst (pro rata).',
  person: 'Persoon',
  regime: 'Regime',
  start: 'In dienst',
  end: 'Uit dienst',
  eligible: 'Subsidieerbaar',
  noStaff: 'Geen gesubsidieerd personeel geregistreerd.',
  spending: 'Besteding per subsidiekanaal',
  pot: { wages: 'Loonkosten', equipment_training: 'Uitrusting en opleiding', all: 'Alle kosten' },
  cap: 'Plafond',
  spent: 'Uitgegeven',
  remaining: 'Resterend',
  state: { ok: 'Binnen het plafond', near: 'Bijna aan het plafond', over: 'Boven het plafond' },
  expenses: 'Uitgaven',
  date: 'Datum',
  category: { wages: 'Loonkosten', equipment: 'Uitrusting', training: 'Opleiding', operating: 'Werking' },
  categoryLabel: 'Soort',
  description: 'Omschrijving',
  evidence: 'Bewijzen',
  overCap: 'Boven plafond',
  noExpenses: 'Geen uitgaven geregistreerd.',
  budget: 'Aansluiting met de meerjarenplanning',
  budgetIntro:
    'Per volgnummer van de meerjarenplanning het geraamde bedrag tegenover de subsidie die de gekoppelde kanalen opleveren.',
  code: 'Nummer',
  label: 'Omschrijving',
  budgetAmount: 'Meerjarenplan',
  councilEstimate: 'Raming raad',
  expected: 'Verwachte subsidie',
  difference: 'Verschil met verwachte subsidie',
  councilDifference: 'Verschil met raming raad',
  flag: 'Opmerking',
  flagged: 'Aan te passen',
  inLine: 'In orde',
  decisions: 'Beslissingen',
  step: {
    college_referral: 'Verwijzing door het college',
    council_approval: 'Goedkeuring gemeenteraad',
    ministry_submission: 'Indiening bij de FOD Binnenlandse Zaken',
  },
  notYet: 'nog niet',
  total: 'Totaal',
  yes: 'ja',
};

const fr: FinanceReportTexts = {
  title: (year) => `Justification financière ${year}`,
  subtitle: 'Plan stratégique de sécurité et de prévention — justification des subventions au SPF Intérieur',
  municipality: 'Commune',
  plan: 'Plan',
  year: 'Année',
  generated: 'Établi le',
  conventions: 'Conventions et montants',
  conventionsIntro:
    'Pour chaque dispositif, le montant octroyé, vérifié selon les règles : frais de personnel 420 € par ETP et par mois ; frais d’équipement et de formation au maximum 366,86 € par ETP.',
  scheme: 'Dispositif',
  fte: 'ETP',
  amount: 'Octroyé',
  wageRule: 'Personnel (règle)',
  equipment: 'Équipement et formation',
  equipmentCap: 'Maximum équipement',
  check: 'Contrôle',
  agrees: 'Conforme aux règles',
  finding: (f, euro) => {
    switch (f.code) {
      case 'wage_differs':
        return `Frais de personnel dans le texte ${euro(f.statedCents)}, selon la règle ${euro(f.ruleCents)}`;
      case 'equipment_over_cap':
        return `Équipement et formation ${euro(f.equipmentCents)} au-delà du maximum ${euro(f.capCents)}`;
      case 'parts_differ_from_total':
        return `Les parties (${euro(f.partsCents)}) diffèrent du total ${euro(f.amountCents)}`;
      case 'amount_below_wage':
        return `Le montant ${euro(f.amountCents)} est inférieur aux frais de personnel selon la règle ${euro(f.ruleCents)}`;
    }
  },
  staff: 'Personnel subventionné',
  staffIntro:
    'Par personne, le salaire subventionnable : 420 € par mois × régime de travail × jours en service (au prorata).',
  person: 'Personne',
  regime: 'Régime',
  start: 'Entrée',
  end: 'Sortie',
  eligible: 'Subventionnable',
  noStaff: 'Aucun personnel subventionné enregistré.',
  spending: 'Dépenses par dispositif',
  pot: { wages: 'Frais de personnel', equipment_training: 'Équipement et formation', all: 'Tous frais' },
  cap: 'Plafond',
  spent: 'Dépensé',
  remaining: 'Solde',
  state: { ok: 'Sous le plafond', near: 'Proche du plafond', over: 'Au-delà du plafond' },
  expenses: 'Dépenses',
  date: 'Date',
  category: { wages: 'Personnel', equipment: 'Équipement', training: 'Formation', operating: 'Fonctionnement' },
  categoryLabel: 'Type',
  description: 'Description',
  evidence: 'Pièces',
  overCap: 'Au-delà du plafond',
  noExpenses: 'Aucune dépense enregistrée.',
  budget: 'Concordance avec la planification pluriannuelle',
  budgetIntro:
    'Pour chaque numéro de la planification pluriannuelle, le montant prévu face à la subvention des dispositifs liés.',
  code: 'Numéro',
  label: 'Description',
  budgetAmount: 'Plan pluriannuel',
  councilEstimate: 'Estimation du conseil',
  expected: 'Subvention attendue',
  difference: 'Écart avec la subvention attendue',
  councilDifference: 'Écart avec l’estimation du conseil',
  flag: 'Remarque',
  flagged: 'À adapter',
  inLine: 'En ordre',
  decisions: 'Décisions',
  step: {
    college_referral: 'Renvoi par le collège',
    council_approval: 'Approbation du conseil communal',
    ministry_submission: 'Envoi au SPF Intérieur',
  },
  notYet: 'pas encore',
  total: 'Total',
  yes: 'oui',
};

const en: FinanceReportTexts = {
  title: (year) => `Financial justification ${year}`,
  subtitle: 'Strategic safety and prevention plan — justification of the subsidies to the Interior ministry',
  municipality: 'Municipality',
  plan: 'Plan',
  year: 'Year',
  generated: 'Made on',
  conventions: 'Conventions and amounts',
  conventionsIntro:
    'Per scheme the amount granted, checked by the rules: wages €420 per FTE per month; equipment and training at most €366.86 per FTE.',
  scheme: 'Scheme',
  fte: 'FTE',
  amount: 'Granted',
  wageRule: 'Wages (rule)',
  equipment: 'Equipment and training',
  equipmentCap: 'Equipment cap',
  check: 'Check',
  agrees: 'Agrees with the rules',
  finding: (f, euro) => {
    switch (f.code) {
      case 'wage_differs':
        return `Wages in the text ${euro(f.statedCents)}, by the rule ${euro(f.ruleCents)}`;
      case 'equipment_over_cap':
        return `Equipment and training ${euro(f.equipmentCents)} above the cap ${euro(f.capCents)}`;
      case 'parts_differ_from_total':
        return `The parts (${euro(f.partsCents)}) differ from the total ${euro(f.amountCents)}`;
      case 'amount_below_wage':
        return `The amount ${euro(f.amountCents)} is below the wages by the rule ${euro(f.ruleCents)}`;
    }
  },
  staff: 'Funded staff',
  staffIntro: 'Per person the eligible wage subsidy: €420 per month × work regime × days in service (pro rata).',
  person: 'Person',
  regime: 'Regime',
  start: 'Start',
  end: 'End',
  eligible: 'Eligible',
  noStaff: 'No funded staff recorded.',
  spending: 'Spending per scheme',
  pot: { wages: 'Wages', equipment_training: 'Equipment and training', all: 'All costs' },
  cap: 'Cap',
  spent: 'Spent',
  remaining: 'Remaining',
  state: { ok: 'Within the cap', near: 'Near the cap', over: 'Past the cap' },
  expenses: 'Expenses',
  date: 'Date',
  category: { wages: 'Wages', equipment: 'Equipment', training: 'Training', operating: 'Operating' },
  categoryLabel: 'Kind',
  description: 'Description',
  evidence: 'Evidence',
  overCap: 'Past the cap',
  noExpenses: 'No expenses recorded.',
  budget: 'Reconciliation with the multi-year plan',
  budgetIntro: 'Per multi-year plan line the budgeted amount against the subsidy its schemes bring.',
  code: 'Line',
  label: 'Description',
  budgetAmount: 'Multi-year plan',
  councilEstimate: 'Council estimate',
  expected: 'Expected subsidy',
  difference: 'Difference with expected subsidy',
  councilDifference: 'Difference with council estimate',
  flag: 'Note',
  flagged: 'To correct',
  inLine: 'In line',
  decisions: 'Decisions',
  step: {
    college_referral: 'College referral',
    council_approval: 'Council approval',
    ministry_submission: 'Submission to the ministry',
  },
  notYet: 'not yet',
  total: 'Total',
  yes: 'yes',
};

export const financeReportTexts: Record<Locale, FinanceReportTexts> = { nl, fr, en };
