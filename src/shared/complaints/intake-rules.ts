/**
 * The public complaint form's defences against spam and floods, as pure rules (the server applies them, the web
 * form shows the same limits). No external captcha: a hidden honeypot field, a minimum fill time measured from a
 * signed form token, a cap on links, size limits, and rate limits per address and per installation.
 */
export const intakeRules = {
  /** A person needs at least this long to fill in the form; bots post at once. */
  minFillMs: 4_000,
  /** A form token older than this is refused (reload the form). */
  maxFormAgeMs: 24 * 60 * 60_000,
  maxDescriptionChars: 4_000,
  /** More links than this in the description reads as advertising. */
  maxLinks: 2,
  maxAttachments: 3,
  maxAttachmentBytes: 2 * 1024 * 1024,
  /** Submissions per client address per window. */
  perAddress: 5,
  /** Submissions per installation (all municipalities) per window: a flood from many addresses. */
  perInstallation: 300,
  windowMs: 60 * 60_000,
  /** Status look-ups per address per window (guessing access codes). */
  lookupsPerAddress: 30,
  lookupWindowMs: 15 * 60_000,
} as const;

/** Only these kinds of files on the public form, checked on their first bytes, not their names. */
export const publicAttachmentTypes = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
} as const;

type SpamVerdict = 'honeypot' | 'too_fast' | 'form_expired' | 'too_many_links' | null;

interface SubmissionFacts {
  /** The hidden field people never see; anything in it was typed by a bot. */
  honeypot: string | undefined;
  /** When the form was handed out (from the verified token), ms since the epoch. */
  formIssuedAt: number;
  now: number;
  description: string;
}

/** Judges a public submission: null when it looks like a person, else why not. */
export function judgeSubmission(facts: SubmissionFacts): SpamVerdict {
  if (facts.honeypot !== undefined && facts.honeypot.trim() !== '') return 'honeypot';
  const elapsed = facts.now - facts.formIssuedAt;
  if (elapsed < intakeRules.minFillMs) return 'too_fast';
  if (elapsed > intakeRules.maxFormAgeMs) return 'form_expired';
  if (countLinks(facts.description) > intakeRules.maxLinks) return 'too_many_links';
  return null;
}

export function countLinks(text: string): number {
  return (text.match(/(https?:\/\/|www\.)/gi) ?? []).length;
}

/** The content type of a public attachment from its first bytes and name, or null when it is not allowed. */
export function sniffPublicAttachment(name: string, bytes: Uint8Array): string | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const declared = (publicAttachmentTypes as Record<string, string>)[extension];
  if (!declared || !name.includes('.')) return null;
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const actual = starts(0x89, 0x50, 0x4e, 0x47)
    ? 'image/png'
    : starts(0xff, 0xd8, 0xff)
      ? 'image/jpeg'
      : starts(0x25, 0x50, 0x44, 0x46)
        ? 'application/pdf'
        : null;
  return actual === declared ? actual : null;
}

/** The street of an address text ("Bruul 12, 2800 Mechelen" → "Bruul"), for street-level counts; null when none. */
export function streetOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const first = address.split(',')[0]?.trim() ?? '';
  const street = first.replace(/\s+\d+[a-zA-Z]?(\s*(bus|bte|box)\s*\S+)?$/i, '').trim();
  return street.length >= 2 ? street.slice(0, 120) : null;
}
