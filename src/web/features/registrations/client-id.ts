/**
 * A version 4 UUID made in the browser, so a registration has its id before it is sent: sending it twice (a double
 * tap, a retry after a lost answer) stores it once. `crypto.randomUUID` exists only in secure contexts (https,
 * localhost); elsewhere the same UUID is built from `crypto.getRandomValues`.
 */
export function newClientId(source: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
