import type { Clock } from '../../adapters/clock.js';

export interface ThrottleLimits {
  /** Failures allowed per e-mail address within the window. */
  perEmail: number;
  /** Failures allowed per client address within the window. */
  perAddress: number;
  windowMs: number;
}

export const defaultThrottleLimits: ThrottleLimits = { perEmail: 5, perAddress: 20, windowMs: 15 * 60_000 };

/**
 * Counts failed logins per e-mail and per client address in a sliding window, in memory.
 * One process is the unit that serves a municipality; a cluster would move this into the database.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: ThrottleLimits = defaultThrottleLimits,
  ) {}

  /** Seconds to wait before another try, or 0 when a try is allowed. */
  retryAfterSeconds(email: string, address: string): number {
    const now = this.clock.now().getTime();
    const waits = [this.wait(`e:${email}`, this.limits.perEmail, now), this.wait(`a:${address}`, this.limits.perAddress, now)];
    return Math.max(...waits);
  }

  recordFailure(email: string, address: string): void {
    const now = this.clock.now().getTime();
    for (const key of [`e:${email}`, `a:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) this.prune(now);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`e:${email}`);
  }

  private wait(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < limit) return 0;
    const oldest = recent[recent.length - limit] ?? now;
    return Math.max(1, Math.ceil((oldest + this.limits.windowMs - now) / 1000));
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.limits.windowMs);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}
