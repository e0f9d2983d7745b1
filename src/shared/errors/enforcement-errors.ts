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
  GAS_NOT_AN_ASSOCIATION: {
    status: 409,
    message: {
      nl: 'Alleen een intergemeentelijke vereniging (zoals GASAM) sluit overeenkomsten met gemeenten.',
      fr: 'Seule une association intercommunale (comme GASAM) conclut des conventions avec des communes.',
      en: 'Only an inter-municipal association (such as GASAM) holds agreements with municipalities.',
    },
  },
  GAS_AGREEMENT_MEMBER_INVALID: {
    status: 422,
    message: {
      nl: 'Deze gemeente bestaat niet of kan geen lid zijn (de vereniging zelf of een andere vereniging).',
      fr: 'Cette commune n’existe pas ou ne peut pas être membre (l’association elle-même ou une autre association).',
      en: 'This municipality does not exist or cannot be a member (the association itself or another association).',
    },
  },
  GAS_AGREEMENT_DATES_INVALID: {
    status: 422,
    message: {
      nl: 'De einddatum van de overeenkomst ligt vóór de begindatum.',
      fr: 'La date de fin de la convention précède la date de début.',
      en: 'The agreement’s end date lies before its start date.',
    },
  },
  GAS_AGREEMENT_NOT_FOUND: {
    status: 404,
    message: {
      nl: 'Deze overeenkomst bestaat niet of is niet zichtbaar voor u.',
      fr: 'Cette convention n’existe pas ou ne vous est pas visible.',
      en: 'This agreement does not exist or is not visible to you.',
    },
  },
  GAS_ANALYSIS_PERIOD_INVALID: {
    status: 422,
    message: {
      nl: 'Deze periode kan niet geanalyseerd worden: echte dagen, begin vóór einde, hoogstens vijf jaar.',
      fr: 'Cette période ne peut pas être analysée : de vrais jours, le début avant la fin, cinq ans au plus.',
      en: 'This period cannot be analysed: real days, start before end, at most five years.',
    },
  },
  GAS_ANALYSIS_PERIOD_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Buiten de dienst toont de analyse één kalenderkwartaal per keer, zodat periodes niet van elkaar afgetrokken kunnen worden.',
      fr: 'Hors du service, l’analyse montre un trimestre civil à la fois, pour qu’on ne puisse pas soustraire des périodes.',
      en: 'Outside the department the analysis shows one calendar quarter at a time, so that periods cannot be subtracted from each other.',
    },
  },
  GAS_ANALYSIS_FILTER_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Buiten de dienst toont de analyse alle artikels, bronnen en wijken samen: een filter zou kleine aantallen verraden.',
      fr: 'Hors du service, l’analyse montre tous les articles, sources et quartiers ensemble : un filtre trahirait de petits nombres.',
      en: 'Outside the department the analysis shows every article, source and wijk together: a filter would give small counts away.',
    },
  },
  GAS_MUNICIPALITY_NOT_IN_SCOPE: {
    status: 404,
    message: {
      nl: 'Deze gemeente behoort niet tot wat u ziet (geen eigen gemeente en geen lid met een overeenkomst voor die periode).',
      fr: 'Cette commune ne fait pas partie de ce que vous voyez (ni votre commune, ni un membre avec une convention pour cette période).',
      en: 'This municipality is not within what you see (neither your own nor a member with an agreement for that period).',
    },
  },
  // Intake (helper A): the rows of a findings file and a guard's report.
  GAS_FINDING_FIELD_REQUIRED: {
    status: 422,
    message: {
      nl: 'Dit veld is verplicht voor een vaststelling.',
      fr: 'Ce champ est obligatoire pour une constatation.',
      en: 'This field is required for a finding.',
    },
  },
  GAS_FINDING_TIME_INVALID: {
    status: 422,
    message: {
      nl: 'Geen geldig tijdstip (jjjj-mm-dd uu:mm, dd/mm/jjjj uu:mm of ISO 8601 met tijdzone).',
      fr: 'Pas un moment valide (aaaa-mm-jj hh:mm, jj/mm/aaaa hh:mm ou ISO 8601 avec fuseau).',
      en: 'Not a valid time (yyyy-mm-dd hh:mm, dd/mm/yyyy hh:mm or ISO 8601 with a zone).',
    },
  },
  GAS_FINDING_SOURCE_INVALID: {
    status: 422,
    message: {
      nl: 'De bron moet police, guard of camera zijn.',
      fr: 'La source doit être police, guard ou camera.',
      en: 'The source must be police, guard or camera.',
    },
  },
  GAS_FINDING_POINT_INVALID: {
    status: 422,
    message: {
      nl: 'Geen geldige coördinaat: geef breedte- en lengtegraad samen, in graden.',
      fr: 'Coordonnée non valide : donnez latitude et longitude ensemble, en degrés.',
      en: 'Not a valid coordinate: give latitude and longitude together, in degrees.',
    },
  },
  GAS_FINDING_PHOTOS_INVALID: {
    status: 422,
    message: {
      nl: 'Het aantal foto’s moet een geheel getal van 0 tot 100 zijn.',
      fr: 'Le nombre de photos doit être un entier de 0 à 100.',
      en: 'The number of photos must be a whole number from 0 to 100.',
    },
  },
  GAS_FINDING_DUPLICATE: {
    status: 409,
    message: {
      nl: 'Er bestaat al een vaststelling met dit nummer.',
      fr: 'Une constatation avec ce numéro existe déjà.',
      en: 'A finding with this number already exists.',
    },
  },
  GAS_IMPORT_COLUMNS_MISSING: {
    status: 422,
    message: {
      nl: 'Het bestand mist verplichte kolommen (reference;observed_at;article;plate;country;street;number;lat;lon;observer;source;photos).',
      fr: 'Il manque des colonnes obligatoires au fichier (reference;observed_at;article;plate;country;street;number;lat;lon;observer;source;photos).',
      en: 'The file lacks required columns (reference;observed_at;article;plate;country;street;number;lat;lon;observer;source;photos).',
    },
  },
  GAS_AMOUNT_DUPLICATE: {
    status: 409,
    message: {
      nl: 'Voor deze categorie bestaat al een bedrag vanaf die dag.',
      fr: 'Un montant existe déjà pour cette catégorie à partir de ce jour.',
      en: 'An amount already exists for this category from that day.',
    },
  },
  GAS_ARTICLE_NOT_FOUND: {
    status: 404,
    message: {
      nl: 'Dit artikel bestaat niet in de catalogus van de gemeente.',
      fr: 'Cet article n’existe pas dans le catalogue de la commune.',
      en: 'This article does not exist in the municipality’s catalogue.',
    },
  },
  GAS_ARTICLE_PERIOD_INVALID: {
    status: 422,
    message: {
      nl: 'Het einde van de geldigheid ligt vóór het begin.',
      fr: 'La fin de validité précède le début.',
      en: 'The end of validity lies before its start.',
    },
  },
  // Steering group and enforcement plan (helper E).
  GAS_PLAN_NOT_FOUND: {
    status: 404,
    message: {
      nl: 'Dit handhavingsplan bestaat niet of is niet zichtbaar voor u.',
      fr: 'Ce plan de maintien n’existe pas ou ne vous est pas visible.',
      en: 'This enforcement plan does not exist or is not visible to you.',
    },
  },
  GAS_PLAN_DATES_INVALID: {
    status: 422,
    message: {
      nl: 'De data van het handhavingsplan kloppen niet: het einde ligt vóór het begin, of een handtekening ligt in de toekomst.',
      fr: 'Les dates du plan de maintien sont incohérentes : la fin précède le début, ou une signature est dans le futur.',
      en: 'The enforcement plan’s dates do not add up: the end lies before the start, or a signature lies in the future.',
    },
  },
  // Procedure (holders, letters, decisions, payments).
  GAS_HOLDER_FILE_COLUMNS: {
    status: 422,
    message: {
      nl: 'Dit bestand is geen antwoord van de DIV: verwacht worden de kolommen plate;country;name;address;postal_code;city;holder_country;language.',
      fr: 'Ce fichier n’est pas une réponse de la DIV : les colonnes attendues sont plate;country;name;address;postal_code;city;holder_country;language.',
      en: 'This file is not an answer of the vehicle registration service: expected the columns plate;country;name;address;postal_code;city;holder_country;language.',
    },
  },
  GAS_MEDIATION_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Voor dit artikel is GAS-bemiddeling niet mogelijk.',
      fr: 'La médiation SAC n’est pas possible pour cet article.',
      en: 'GAS mediation is not possible for this article.',
    },
  },
  GAS_AMOUNT_REQUIRED: {
    status: 422,
    message: {
      nl: 'Geef het bedrag van de boete (hoogstens € 350).',
      fr: 'Indiquez le montant de l’amende (au maximum 350 €).',
      en: 'Give the amount of the fine (at most €350).',
    },
  },
  GAS_STEP_BATCH_ONLY: {
    status: 422,
    message: {
      nl: 'Deze stap gebeurt alleen met een bestand of een brievenreeks (DIV-antwoord, kennisgeving, herinnering).',
      fr: 'Cette étape se fait uniquement par un fichier ou un lot de lettres (réponse DIV, notification, rappel).',
      en: 'This step is recorded only by a file or a letter batch (DIV answer, notification, reminder).',
    },
  },
} as const;
