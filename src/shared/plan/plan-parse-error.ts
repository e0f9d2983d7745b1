import { errorMessage } from '../errors/error-catalog.js';
import type { Locale } from '../i18n/locale.js';

/** Stable codes for a text that is not a plan at all. */
export const PLAN_PARSE_ERROR_CODES = [
  'PLAN_PARSE_EMPTY',
  'PLAN_PARSE_BINARY',
  'PLAN_PARSE_TOO_LARGE',
  'PLAN_PARSE_NO_SECTIONS',
] as const;

type PlanParseErrorCode = (typeof PLAN_PARSE_ERROR_CODES)[number];

type PlanParseErrorDetails = Record<string, string | number | boolean | null>;

type MessageLanguage = Locale;

/** The user-facing message of a plan parse error in nl, fr or en. */
function planParseErrorMessage(code: PlanParseErrorCode, lang: MessageLanguage = 'en'): string {
  // One source for every user-facing message: the error catalog.
  return errorMessage(code, lang);
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
