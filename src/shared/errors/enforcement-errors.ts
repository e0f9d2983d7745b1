/**
 * The error codes of enforcement at volume (issue 18), spread into the catalog (error-catalog.ts). Add, never
 * rename.
 */
export const enforcementErrors = {
  GAS_ARTICLE_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Dit artikel staat niet in de inbreukencatalogus van de gemeente op die dag.',
      fr: 'Cet article ne figure pas dans le catalogue des infractions de la commune à cette date.',
      en: 'This article is not in the municipality’s offence catalogue on that day.',
    },
  },
  GAS_ARTICLE_DUPLICATE: {
    status: 409,
    message: {
      nl: 'Dit artikel bestaat al voor die periode.',
      fr: 'Cet article existe déjà pour cette période.',
      en: 'This article already exists for that period.',
    },
  },
  GAS_FINDER_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Deze inbreuk mag niet vastgesteld worden door deze bron.',
      fr: 'Cette infraction ne peut pas être constatée par cette source.',
      en: 'This offence may not be found by this source.',
    },
  },
  GAS_FINDING_PRESCRIBED: {
    status: 422,
    message: {
      nl: 'De feiten zijn verjaard: er kan geen boete meer opgelegd worden.',
      fr: 'Les faits sont prescrits : aucune amende ne peut plus être infligée.',
      en: 'The facts are prescribed: no fine can be imposed any more.',
    },
  },
  GAS_FINDING_IN_FUTURE: {
    status: 422,
    message: {
      nl: 'Het tijdstip van de vaststelling ligt in de toekomst.',
      fr: 'Le moment de la constatation est dans le futur.',
      en: 'The time of the finding lies in the future.',
    },
  },
  GAS_FINDING_NOT_FOUND: {
    status: 404,
    message: {
      nl: 'Deze vaststelling bestaat niet of is niet zichtbaar voor u.',
      fr: 'Cette constatation n’existe pas ou ne vous est pas visible.',
      en: 'This finding does not exist or is not visible to you.',
    },
  },
  GAS_PLATE_INVALID: {
    status: 422,
    message: {
      nl: 'Deze nummerplaat heeft een onmogelijk formaat.',
      fr: 'Cette plaque d’immatriculation a un format impossible.',
      en: 'This licence plate has an impossible format.',
    },
  },
  GAS_COMMUNICATION_INVALID: {
    status: 422,
    message: {
      nl: 'Deze gestructureerde mededeling klopt niet (controlegetal modulo 97).',
      fr: 'Cette communication structurée est incorrecte (chiffre de contrôle modulo 97).',
      en: 'This structured communication is wrong (modulo-97 check digits).',
    },
  },
  GAS_CAMT_INVALID: {
    status: 422,
    message: {
      nl: 'Dit bestand is geen rekeninguittreksel in CAMT.053-formaat.',
      fr: 'Ce fichier n’est pas un extrait de compte au format CAMT.053.',
      en: 'This file is not a bank statement in CAMT.053 format.',
    },
  },
  GAS_IMPORT_REJECTED: {
    status: 422,
    message: {
      nl: 'Het bestand bevat fouten; er werd niets ingelezen. Zie de lijst van geweigerde rijen.',
      fr: 'Le fichier contient des erreurs ; rien n’a été importé. Voir la liste des lignes refusées.',
      en: 'The file contains errors; nothing was imported. See the list of rejected rows.',
    },
  },
  GAS_AGREEMENT_OVERLAP: {
    status: 409,
    message: {
      nl: 'Deze gemeente heeft voor die periode al een overeenkomst met een vereniging.',
      fr: 'Cette commune a déjà une convention avec une association pour cette période.',
      en: 'This municipality already has an agreement with an association for that period.',
    },
  },
} as const;
