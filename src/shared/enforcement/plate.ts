/**
 * Licence plates as the finding files write them. A Belgian plate must have a format the vehicle registration
 * service (DIV) issues; a foreign one is only checked for plausible characters (the holder is asked abroad).
 */

export type PlateReading = { ok: true; plate: string; country: string } | { ok: false; reason: 'country' | 'format' };

/**
 * Formats DIV issues, without separators: 1-ABC-123 (since 2010, the first character a digit 1–9 or a letter for
 * special series such as M for motorcycles, O for oldtimers, Q/W/Z for trade plates), ABC-123 (1973–2008) and
 * 123-ABC (2008–2010).
 */
const belgian: { pattern: RegExp; groups: [number, number, number] | [number, number] }[] = [
  { pattern: /^[1-9A-Z][A-Z]{3}\d{3}$/, groups: [1, 3, 3] },
  { pattern: /^[A-Z][A-Z]{3}\d{2}$/, groups: [1, 3, 2] },
  { pattern: /^[A-Z]{3}\d{3}$/, groups: [3, 3] },
  { pattern: /^\d{3}[A-Z]{3}$/, groups: [3, 3] },
];

function withDashes(bare: string, groups: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(bare.slice(at, at + size));
    at += size;
  }
  return parts.join('-');
}

/** Reads a plate and its country (ISO 3166 alpha-2, BE when empty) into one canonical form (`1-ABC-123`). */
export function readPlate(plateText: string, countryText = ''): PlateReading {
  const country = (countryText.trim() || 'BE').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return { ok: false, reason: 'country' };
  const bare = plateText.toUpperCase().replace(/[\s.·-]/g, '');
  if (country === 'BE') {
    const format = belgian.find((f) => f.pattern.test(bare));
    return format ? { ok: true, plate: withDashes(bare, format.groups), country } : { ok: false, reason: 'format' };
  }
  // Abroad: 2 to 12 letters and digits, at least one digit (no plate is letters only in the countries around us).
  if (!/^[A-Z0-9]{2,12}$/.test(bare) || !/\d/.test(bare)) return { ok: false, reason: 'format' };
  return { ok: true, plate: bare, country };
}
