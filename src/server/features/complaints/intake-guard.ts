import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../adapters/clock.js';
import { intakeRules } from '../../../shared/complaints/intake-rules.js';

/**
 * Signed form tokens: `issuedAt.nonce.mac`. The form hands one out; the submission returns it, so the server knows
 * when the form was opened without trusting the browser. The key lives in process memory: a token does not
 * survive a restart (the citizen reloads the form), and a multi-process deployment passes one shared key.
 */
export class FormTokens {
  private readonly key: Buffer;

  constructor(private readonly clock: Clock, key?: Buffer) {
    this.key = key ?? randomBytes(32);
  }

  issue(municipalityId: string): string {
    const payload = `${this.clock.now().getTime()}.${randomBytes(9).toString('base64url')}`;
    return `${payload}.${this.mac(municipalityId, payload)}`;
  }

  /** The moment the token was issued for this municipality, or null when it is forged or for another one. */
  issuedAt(municipalityId: string, token: string): number | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [issued = '', nonce = '', mac = ''] = parts;
    const expected = Buffer.from(this.mac(municipalityId, `${issued}.${nonce}`));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const at = Number(issued);
    return Number.isSafeInteger(at) ? at : null;
  }

  private mac(municipalityId: string, payload: string): string {
    return createHmac('sha256', this.key).update(`${municipalityId}.${payload}`).digest('base64url');
  }
}

export interface IntakeLimits {
  perAddress: number;
  perInstallation: number;
  windowMs: number;
  lookupsPerAddress: number;
  lookupWindowMs: number;
}

export const defaultIntakeLimits: IntakeLimits = {
  perAddress: intakeRules.perAddress,
  perInstallation: intakeRules.perInstallation,
  windowMs: intakeRules.windowMs,
  lookupsPerAddress: intakeRules.lookupsPerAddress,
  lookupWindowMs: intakeRules.lookupWindowMs,
};

/** Sliding-window counters in memory (like the login throttle): submissions per address and per installation, look-ups per address. */
export class IntakeLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly clock: Clock, private readonly limits: IntakeLimits = defaultIntakeLimits) {}

  /** Seconds to wait before this address may submit, or 0; counts the attempt when it is allowed. */
  trySubmit(address: string): number {
    const now = this.clock.now().getTime();
    const wait = Math.max(this.wait(`s:${address}`, this.limits.perAddress, this.limits.windowMs, now), this.wait('installation', this.limits.perInstallation, this.limits.windowMs, now));
    if (wait > 0) return wait;
    this.add(`s:${address}`, now, this.limits.windowMs);
    this.add('installation', now, this.limits.windowMs);
    return 0;
  }

  /** Seconds to wait before this address may look up a status again, or 0; counts the look-up. */
  tryLookup(address: string): number {
    const now = this.clock.now().getTime();
    const wait = this.wait(`l:${address}`, this.limits.lookupsPerAddress, this.limits.lookupWindowMs, now);
    if (wait > 0) return wait;
    this.add(`l:${address}`, now, this.limits.lookupWindowMs);
    return 0;
  }

  private add(key: string, now: number, windowMs: number): void {
    this.hits.set(key, [...this.recent(key, now, windowMs), now]);
    if (this.hits.size > 50_000) for (const k of [...this.hits.keys()]) if (this.recent(k, now, Math.max(this.limits.windowMs, this.limits.lookupWindowMs)).length === 0) this.hits.delete(k);
  }

  private wait(key: string, limit: number, windowMs: number, now: number): number {
    const recent = this.recent(key, now, windowMs);
    if (recent.length < limit) return 0;
    const oldest = recent[recent.length - limit] ?? now;
    return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  }

  private recent(key: string, now: number, windowMs: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
  }
}
