/** Stable codes for a text that is not a plan at all. */
export const PLAN_PARSE_ERROR_CODES = [
  'PLAN_PARSE_EMPTY',
  'PLAN_PARSE_BINARY',
  'PLAN_PARSE_TOO_LARGE',
  'PLAN_PARSE_NO_SECTIONS',
] as const;

export type PlanParseErrorCode = (typeof PLAN_PARSE_ERROR_CODES)[number];

export type PlanParseErrorDetails = Record<string, string | number | boolean | null>;

type MessageLanguage = 'nl' | 'fr' | 'en';

const MESSAGES: Record<PlanParseErrorCode, Record<MessageLanguage, string>> = {
  PLAN_PARSE_EMPTY: {
    en: 'The file is empty: there is no plan text to read.',
    nl: 'Het bestand is leeg: er is geen plantekst om te lezen.',
    fr: 'Le fichier est vide : il n’y a pas de texte de plan à lire.',
  },
  PLAN_PARSE_BINARY: {
    en: 'The file is not text (it looks like a binary file). Convert the plan to plain text first.',
    nl: 'Het bestand is geen tekst (het lijkt een binair bestand). Zet het plan eerst om naar platte tekst.',
    fr: 'Le fichier n’est pas du texte (il semble binaire). Convertissez d’abord le plan en texte brut.',
  },
  PLAN_PARSE_TOO_LARGE: {
    en: 'The file is too large for a plan (more than 5 MB of text).',
    nl: 'Het bestand is te groot voor een plan (meer dan 5 MB tekst).',
    fr: 'Le fichier est trop volumineux pour un plan (plus de 5 Mo de texte).',
  },
  PLAN_PARSE_NO_SECTIONS: {
    en: 'No plan found: the text has no recognisable sections and objectives (SVPP/PSSP template).',
    nl: 'Geen plan gevonden: de tekst bevat geen herkenbare secties en doelstellingen (SVPP-sjabloon).',
    fr: 'Aucun plan trouvé : le texte ne contient ni sections ni objectifs reconnaissables (modèle PSSP).',
  },
};

/** The user-facing message of a plan parse error in nl, fr or en. */
export function planParseErrorMessage(code: PlanParseErrorCode, lang: MessageLanguage = 'en'): string {
  return MESSAGES[code][lang];
}

/** Thrown by `parsePlan` when the input is not a plan at all; everything else becomes a warning. */
export class PlanParseError extends Error {
  readonly code: PlanParseErrorCode;
  readonly details: PlanParseErrorDetails;

  constructor(code: PlanParseErrorCode, details: PlanParseErrorDetails = {}) {
    super(planParseErrorMessage(code, 'en'));
    this.name = 'PlanParseError';
    this.code = code;
    this.details = details;
  }

  /** The message in the user's language. */
  localizedMessage(lang: MessageLanguage): string {
    return planParseErrorMessage(this.code, lang);
  }
}

export function isPlanParseError(error: unknown): error is PlanParseError {
  return error instanceof PlanParseError;
}
