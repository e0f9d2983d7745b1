import {
  categoryLabels,
  finderLabels,
  type Finder,
  maximumFineCents,
  offenceCategories,
  type OffenceCategory,
  regulationLabels,
  type Regulation,
} from '../../../shared/enforcement/catalogue.js';
import {
  appealMonths,
  defenceDays,
  findingStatuses,
  findingStatusLabels,
  gasProcedure,
  paymentDays,
  statusAfterStep,
} from '../../../shared/enforcement/procedure.js';
import { formatEuroCents } from '../../../shared/i18n/format.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import {
  bullets,
  heading,
  keyValues,
  paragraph,
  sheetFromTable,
  table,
  type ReportDocument,
} from '../../../shared/reports/report-document.js';

/** One article of the catalogue as the workflow document lists it. */
export interface WorkflowArticle {
  code: string;
  regulation: string;
  category: string;
  labelNl: string;
  labelFr: string;
  mixed: boolean;
  mediation: boolean;
  finders: string[];
  prescriptionMonths: number;
  validFrom: string;
  validTo: string | null;
}

export interface WorkflowAmount {
  category: string;
  validFrom: string;
  validTo: string | null;
  amountCents: number;
}

interface WorkflowInput {
  municipality: string;
  locale: Locale;
  generatedAt: string;
  articles: WorkflowArticle[];
  amounts: WorkflowAmount[];
}

const texts = {
  nl: {
    title: 'Beschrijving van de digitale workflow',
    subtitle: 'Afhandeling van verkeersovertredingen, GAS-inbreuken en overtredingen autoluwe binnenstad',
    intro:
      'Dit document wordt gegenereerd uit de proceduredefinitie die svpp zelf uitvoert: wat hier staat, is wat de software doet. Elke vaststelling doorloopt dezelfde stappen; bij grote aantallen worden stappen in batch geregistreerd (een bestand van de DIV, een brievenbatch, een rekeninguittreksel).',
    flowHeading: 'De stroom in het kort',
    flow: [
      'Vaststelling: ingelezen als bestand (CSV of XLSX: camera, politie, gemeenschapswacht-vaststeller) of gemeld in de app van de gemeenschapswachten; een herhaald bestand of een herhaalde rij telt één keer.',
      'Houder: het antwoord van de Dienst Inschrijvingen Voertuigen (DIV) wordt als bestand ingelezen, nooit geraden.',
      'Kennisgeving: brieven in batch (DOCX en PDF, Nederlands of Frans volgens de taal van de houder), met een Belgische gestructureerde mededeling (controlegetal modulo 97).',
      'Verweer of betaling binnen de termijn; daarna de beslissing van de sanctionerend ambtenaar (boete, bemiddeling waar die mogelijk is, seponering).',
      'Betaling: rekeninguittreksels in CAMT.053 worden gekoppeld op gestructureerde mededeling; onvolledige en niet-gekoppelde betalingen worden opgelijst. Zonder betaling volgt een herinnering.',
      'Afsluiting, met de reden; de verjaringstermijn wordt vanaf de feiten geteld en getoond.',
    ],
    stepsHeading: 'Stappen',
    step: 'Stap',
    requires: 'Vereist',
    outcomes: 'Uitkomsten',
    passes: 'Gaat verder bij',
    notBefore: 'Niet vóór',
    notBeforeText: (days: number, step: string) => `${days} dagen na «${step}»`,
    none: '—',
    deadlinesHeading: 'Termijnen en periodes',
    deadline: 'Termijn',
    anchor: 'Loopt vanaf',
    length: 'Duur',
    metBy: 'Voldaan door',
    kind: 'Soort',
    period: 'Wachtperiode',
    task: 'Taak',
    days: (n: number) => `${n} dagen`,
    months: (n: number) => (n === 1 ? '1 maand' : `${n} maanden`),
    closeHeading: 'Afsluiten',
    outcome: 'Reden',
    statusesHeading: 'Statussen',
    status: 'Status',
    reachedBy: 'Bereikt door',
    statusFound: 'Inlezen van de vaststelling',
    statusClosed: 'Afsluiten',
    keyFigures: 'Vaste gegevens',
    defence: 'Termijn voor verweer of betaling',
    payment: 'Betalingstermijn na een boete',
    appeal: 'Termijn voor beroep bij de politierechtbank',
    maximum: 'Wettelijk maximum van een GAS-boete (meerderjarige)',
    catalogueHeading: 'Wie mag wat vaststellen (inbreukencatalogus)',
    catalogueNone: 'De inbreukencatalogus van de gemeente is nog leeg.',
    article: 'Artikel',
    description: 'Omschrijving',
    category: 'Categorie',
    regulation: 'Reglement',
    finders: 'Vaststellers',
    mixed: 'Gemengd',
    mediation: 'Bemiddeling',
    prescription: 'Verjaring (maanden)',
    validity: 'Geldig',
    yes: 'ja',
    no: 'nee',
    from: (day: string) => `vanaf ${day}`,
    amountsHeading: 'Vaste bedragen per categorie',
    amount: 'Bedrag',
    sheetSteps: 'Stappen',
    sheetDeadlines: 'Termijnen',
    sheetClose: 'Afsluiten',
    sheetCatalogue: 'Catalogus',
    sheetAmounts: 'Bedragen',
  },
  fr: {
    title: 'Description du flux de travail numérique',
    subtitle:
      'Traitement des infractions de roulage, des infractions SAC et des infractions au centre-ville à circulation limitée',
    intro:
      'Ce document est généré à partir de la définition de procédure que svpp exécute lui-même : ce qui est écrit ici est ce que fait le logiciel. Chaque constatation suit les mêmes étapes ; en grand nombre, les étapes sont enregistrées par lot (un fichier de la DIV, un lot de lettres, un extrait de compte).',
    flowHeading: 'Le flux en bref',
    flow: [
      'Constatation : importée comme fichier (CSV ou XLSX : caméra, police, gardien de la paix constatateur) ou signalée dans l’application des gardiens de la paix ; un fichier ou une ligne répétés comptent une seule fois.',
      'Titulaire : la réponse de la Direction pour l’Immatriculation des Véhicules (DIV) est importée comme fichier, jamais devinée.',
      'Notification : lettres par lot (DOCX et PDF, en néerlandais ou en français selon la langue du titulaire), avec une communication structurée belge (chiffre de contrôle modulo 97).',
      'Défense ou paiement dans le délai ; ensuite la décision du fonctionnaire sanctionnateur (amende, médiation si elle est possible, classement sans suite).',
      'Paiement : les extraits de compte CAMT.053 sont rapprochés par communication structurée ; les paiements partiels et non rapprochés sont listés. Sans paiement, un rappel suit.',
      'Clôture, avec son motif ; le délai de prescription est compté à partir des faits et affiché.',
    ],
    stepsHeading: 'Étapes',
    step: 'Étape',
    requires: 'Requiert',
    outcomes: 'Résultats',
    passes: 'Continue si',
    notBefore: 'Pas avant',
    notBeforeText: (days: number, step: string) => `${days} jours après « ${step} »`,
    none: '—',
    deadlinesHeading: 'Délais et périodes',
    deadline: 'Délai',
    anchor: 'Court à partir de',
    length: 'Durée',
    metBy: 'Respecté par',
    kind: 'Type',
    period: 'Période d’attente',
    task: 'Tâche',
    days: (n: number) => `${n} jours`,
    months: (n: number) => `${n} mois`,
    closeHeading: 'Clôture',
    outcome: 'Motif',
    statusesHeading: 'Statuts',
    status: 'Statut',
    reachedBy: 'Atteint par',
    statusFound: 'Import de la constatation',
    statusClosed: 'Clôture',
    keyFigures: 'Données fixes',
    defence: 'Délai de défense ou de paiement',
    payment: 'Délai de paiement après une amende',
    appeal: 'Délai de recours au tribunal de police',
    maximum: 'Maximum légal d’une amende SAC (majeur)',
    catalogueHeading: 'Qui peut constater quoi (catalogue des infractions)',
    catalogueNone: 'Le catalogue des infractions de la commune est encore vide.',
    article: 'Article',
    description: 'Description',
    category: 'Catégorie',
    regulation: 'Règlement',
    finders: 'Constatateurs',
    mixed: 'Mixte',
    mediation: 'Médiation',
    prescription: 'Prescription (mois)',
    validity: 'Valable',
    yes: 'oui',
    no: 'non',
    from: (day: string) => `à partir du ${day}`,
    amountsHeading: 'Montants fixes par catégorie',
    amount: 'Montant',
    sheetSteps: 'Étapes',
    sheetDeadlines: 'Délais',
    sheetClose: 'Clôture',
    sheetCatalogue: 'Catalogue',
    sheetAmounts: 'Montants',
  },
  en: {
    title: 'Description of the digital workflow',
    subtitle: 'Handling of traffic offences, GAS offences and offences in the low-traffic city centre',
    intro:
      'This document is generated from the procedure definition svpp itself runs: what is written here is what the software does. Every finding follows the same steps; at volume, steps are recorded in batches (a vehicle registration file, a letter batch, a bank statement).',
    flowHeading: 'The flow in short',
    flow: [
      'Finding: read as a file (CSV or XLSX: camera, police, community guard who is a vaststeller) or reported in the community guards’ app; a repeated file or row counts once.',
      'Holder: the answer of the vehicle registration service (DIV) is read as a file, never guessed.',
      'Notification: letters in batches (DOCX and PDF, Dutch or French by the holder’s language), with a Belgian structured communication (modulo-97 check digits).',
      'Defence or payment within the period; then the decision of the sanctioning officer (fine, mediation where it applies, dismissal).',
      'Payment: CAMT.053 bank statements are matched by structured communication; partial and unmatched payments are listed. Without payment, a reminder follows.',
      'Closing, with its reason; the prescription term is counted from the facts and shown.',
    ],
    stepsHeading: 'Steps',
    step: 'Step',
    requires: 'Requires',
    outcomes: 'Outcomes',
    passes: 'Goes on when',
    notBefore: 'Not before',
    notBeforeText: (days: number, step: string) => `${days} days after “${step}”`,
    none: '—',
    deadlinesHeading: 'Deadlines and periods',
    deadline: 'Deadline',
    anchor: 'Runs from',
    length: 'Length',
    metBy: 'Met by',
    kind: 'Kind',
    period: 'Waiting period',
    task: 'Task',
    days: (n: number) => `${n} days`,
    months: (n: number) => (n === 1 ? '1 month' : `${n} months`),
    closeHeading: 'Closing',
    outcome: 'Reason',
    statusesHeading: 'Statuses',
    status: 'Status',
    reachedBy: 'Reached by',
    statusFound: 'Reading the finding',
    statusClosed: 'Closing',
    keyFigures: 'Fixed terms',
    defence: 'Period for defence or payment',
    payment: 'Payment period after a fine',
    appeal: 'Period for appeal at the police court',
    maximum: 'Legal maximum of a GAS fine (adult)',
    catalogueHeading: 'Who may find what (offence catalogue)',
    catalogueNone: 'The municipality’s offence catalogue is still empty.',
    article: 'Article',
    description: 'Description',
    category: 'Category',
    regulation: 'Regulation',
    finders: 'Finders',
    mixed: 'Mixed',
    mediation: 'Mediation',
    prescription: 'Prescription (months)',
    validity: 'Valid',
    yes: 'yes',
    no: 'no',
    from: (day: string) => `from ${day}`,
    amountsHeading: 'Fixed amounts per category',
    amount: 'Amount',
    sheetSteps: 'Steps',
    sheetDeadlines: 'Deadlines',
    sheetClose: 'Closing',
    sheetCatalogue: 'Catalogue',
    sheetAmounts: 'Amounts',
  },
} satisfies Record<Locale, unknown>;

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * The "description of the digital workflow" the plan's indicator asks for (issue 18), generated from gasProcedure
 * (steps, requirements, outcomes, deadlines, periods, closings, statuses) and the municipality's catalogue (who may
 * find what, amounts). Pure: the same definition the case engine runs.
 */
export function workflowDocument(input: WorkflowInput): ReportDocument {
  const { locale } = input;
  const t = texts[locale];
  const stepName = (key: string) => gasProcedure.steps.find((s) => s.key === key)?.labels[locale] ?? key;
  const outcomeName = (stepKey: string, key: string) =>
    gasProcedure.steps.find((s) => s.key === stepKey)?.outcomes?.find((o) => o.key === key)?.labels[locale] ?? key;
  const list = (items: string[]) => (items.length ? items.join('; ') : t.none);

  const steps = table(
    [
      { key: 'n', label: '#', kind: 'number', width: 0.05 },
      { key: 'step', label: t.step, width: 0.25 },
      { key: 'requires', label: t.requires, width: 0.2 },
      { key: 'outcomes', label: t.outcomes, width: 0.2 },
      { key: 'passes', label: t.passes, width: 0.15 },
      { key: 'notBefore', label: t.notBefore },
    ],
    gasProcedure.steps.map((s, i) => {
      const step = s;
      return {
        n: i + 1,
        step: step.labels[locale],
        requires: list(step.requires.map(stepName)),
        outcomes: list((step.outcomes ?? []).map((o) => o.labels[locale])),
        passes: list((step.passOutcomes ?? []).map((o) => outcomeName(step.key, o))),
        notBefore: step.notBefore ? t.notBeforeText(step.notBefore.days, stepName(step.notBefore.after)) : t.none,
      };
    }),
  );

  const deadlines = table(
    [
      { key: 'deadline', label: t.deadline, width: 0.3 },
      { key: 'anchor', label: t.anchor, width: 0.25 },
      { key: 'length', label: t.length, width: 0.12 },
      { key: 'metBy', label: t.metBy, width: 0.18 },
      { key: 'kind', label: t.kind },
    ],
    gasProcedure.deadlines.map((d) => {
      const rule = d;
      return {
        deadline: rule.labels[locale],
        anchor: stepName(rule.anchor),
        length:
          rule.days !== undefined ? t.days(rule.days) : rule.months !== undefined ? t.months(rule.months) : t.none,
        metBy: stepName(rule.metBy),
        kind: rule.period ? t.period : t.task,
      };
    }),
  );

  const closings = table(
    [
      { key: 'outcome', label: t.outcome, width: 0.4 },
      { key: 'requires', label: t.requires },
    ],
    gasProcedure.closeOutcomes.map((c) => ({ outcome: c.labels[locale], requires: list(c.requires.map(stepName)) })),
  );

  const reached = (status: string): string => {
    if (status === 'found') return t.statusFound;
    if (status === 'closed') return t.statusClosed;
    const ways = gasProcedure.steps.flatMap((s) => {
      const outcomes = (s as { outcomes?: { key: string }[] }).outcomes;
      const keys = outcomes ? outcomes.map((o) => o.key) : [null];
      return keys
        .filter((k) => statusAfterStep(s.key, k) === status)
        .map((k) => (k === null ? s.labels[locale] : `${s.labels[locale]}: ${outcomeName(s.key, k)}`));
    });
    return list(ways);
  };
  const statuses = table(
    [
      { key: 'status', label: t.status, width: 0.3 },
      { key: 'reachedBy', label: t.reachedBy },
    ],
    findingStatuses.map((s) => ({ status: findingStatusLabels[s][locale], reachedBy: reached(s) })),
  );

  const finderName = (f: string) => finderLabels[f as Finder]?.[locale] ?? f;
  const categoryName = (c: string) => categoryLabels[c as OffenceCategory]?.[locale] ?? c;
  const regulationName = (r: string) => regulationLabels[r as Regulation]?.[locale] ?? r;
  const articles = [...input.articles].sort(
    (a, b) =>
      offenceCategories.indexOf(a.category as OffenceCategory) -
        offenceCategories.indexOf(b.category as OffenceCategory) ||
      a.code.localeCompare(b.code) ||
      a.validFrom.localeCompare(b.validFrom),
  );
  const catalogue = table(
    [
      { key: 'article', label: t.article, width: 0.12 },
      { key: 'description', label: t.description, width: 0.3 },
      { key: 'category', label: t.category, width: 0.14 },
      { key: 'finders', label: t.finders, width: 0.16 },
      { key: 'mixed', label: t.mixed, width: 0.07 },
      { key: 'mediation', label: t.mediation, width: 0.08 },
      { key: 'validity', label: t.validity },
    ],
    articles.map((a) => ({
      article: a.code,
      description: locale === 'fr' ? a.labelFr : a.labelNl,
      category: categoryName(a.category),
      finders: a.finders.map(finderName).join(', '),
      mixed: a.mixed ? t.yes : t.no,
      mediation: a.mediation ? t.yes : t.no,
      validity: a.validTo ? `${dmy(a.validFrom)} – ${dmy(a.validTo)}` : t.from(dmy(a.validFrom)),
    })),
  );
  const catalogueSheet = {
    name: t.sheetCatalogue,
    columns: [
      { key: 'article', label: t.article },
      { key: 'regulation', label: t.regulation },
      { key: 'description', label: t.description },
      { key: 'category', label: t.category },
      { key: 'finders', label: t.finders },
      { key: 'mixed', label: t.mixed },
      { key: 'mediation', label: t.mediation },
      { key: 'prescription', label: t.prescription, kind: 'number' as const },
      { key: 'validFrom', label: t.validity, kind: 'date' as const },
      { key: 'validTo', label: '…', kind: 'date' as const },
    ],
    rows: articles.map((a) => ({
      article: a.code,
      regulation: regulationName(a.regulation),
      description: locale === 'fr' ? a.labelFr : a.labelNl,
      category: categoryName(a.category),
      finders: a.finders.map(finderName).join(', '),
      mixed: a.mixed ? t.yes : t.no,
      mediation: a.mediation ? t.yes : t.no,
      prescription: a.prescriptionMonths,
      validFrom: a.validFrom,
      validTo: a.validTo,
    })),
  };
  const amounts = table(
    [
      { key: 'category', label: t.category, width: 0.4 },
      { key: 'amount', label: t.amount, kind: 'euro-cents', width: 0.2 },
      { key: 'validity', label: t.validity },
    ],
    input.amounts.map((a) => ({
      category: categoryName(a.category),
      amount: a.amountCents,
      validity: a.validTo ? `${dmy(a.validFrom)} – ${dmy(a.validTo)}` : t.from(dmy(a.validFrom)),
    })),
  );

  return {
    title: t.title,
    subtitle: `${t.subtitle} — ${input.municipality}`,
    locale,
    meta: { municipality: input.municipality, generatedAt: input.generatedAt },
    // The renderers print the title and subtitle above the blocks.
    blocks: [
      paragraph(t.intro),
      heading(t.flowHeading, 2),
      bullets(t.flow),
      heading(t.keyFigures, 2),
      keyValues([
        [t.defence, t.days(defenceDays)],
        [t.payment, t.days(paymentDays)],
        [t.appeal, t.months(appealMonths)],
        [t.maximum, formatEuroCents(maximumFineCents, locale)],
      ]),
      heading(t.stepsHeading, 2),
      steps,
      heading(t.deadlinesHeading, 2),
      deadlines,
      heading(t.statusesHeading, 2),
      statuses,
      heading(t.closeHeading, 2),
      closings,
      heading(t.catalogueHeading, 2),
      ...(articles.length ? [catalogue] : [paragraph(t.catalogueNone, 'muted')]),
      ...(input.amounts.length ? [heading(t.amountsHeading, 3), amounts] : []),
    ],
    sheets: [
      sheetFromTable(t.sheetSteps, steps),
      sheetFromTable(t.sheetDeadlines, deadlines),
      sheetFromTable(t.sheetClose, closings),
      catalogueSheet,
      sheetFromTable(t.sheetAmounts, amounts),
    ],
  };
}
