/**
 * The Belgian structured communication (gestructureerde mededeling, communication structurée): twelve digits, ten
 * of them a reference and the last two its remainder modulo 97 (97 when the remainder is 0), written
 * `+++123/4567/89002+++`. Banks check the two digits, so a payment carries a reference we can match.
 */

/** The two check digits of a ten-digit base. */
export function checkDigits(base: string): string {
  if (!/^\d{10}$/.test(base)) throw new Error(`a structured communication base has ten digits, got "${base}"`);
  const remainder = Number(BigInt(base) % 97n);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** Twelve digits for a ten-digit base. */
export function structuredCommunication(base: string): string {
  return `${base}${checkDigits(base)}`;
}

/**
 * The base of a finding's communication: two digits of the year and an eight-digit number within the year (the
 * sequence of the party that collects the money: the municipality, or the association it entrusted).
 */
export function communicationBase(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999_999) {
    throw new Error(`a structured communication sequence runs from 1 to 99,999,999, got ${sequence}`);
  }
  return `${String(year % 100).padStart(2, '0')}${String(sequence).padStart(8, '0')}`;
}

/** `+++123/4567/89002+++` for twelve digits. */
export function formatCommunication(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7, 12)}+++`;
}

export type CommunicationReading = { ok: true; digits: string } | { ok: false; reason: 'format' | 'check_digits' };

/**
 * Reads a structured communication as banks and people write it: `+++123/4567/89002+++`, `***…***`, with or without
 * separators and spaces. A wrong check digit is told apart from text that is not one at all.
 */
export function parseCommunication(text: string): CommunicationReading {
  const trimmed = text.trim();
  const bare = trimmed.replace(/^(\+{3}|\*{3})/, '').replace(/(\+{3}|\*{3})$/, '');
  if (!/^[\d\s/.-]+$/.test(bare)) return { ok: false, reason: 'format' };
  const digits = bare.replace(/[\s/.-]/g, '');
  if (!/^\d{12}$/.test(digits)) return { ok: false, reason: 'format' };
  return checkDigits(digits.slice(0, 10)) === digits.slice(10)
    ? { ok: true, digits }
    : { ok: false, reason: 'check_digits' };
}
