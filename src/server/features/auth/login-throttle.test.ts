import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../adapters/clock.js';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  const limits = { perEmail: 3, perAddress: 5, windowMs: 60_000 };

  it('blocks an e-mail after its failures and frees it when the window slides past', () => {
    const clock = new ManualClock();
    const throttle = new LoginThrottle(clock, limits);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterSeconds('a@x.be', '1.1.1.1')).toBe(0);
      throttle.recordFailure('a@x.be', '1.1.1.1');
      clock.advance(10_000);
    }
    expect(throttle.retryAfterSeconds('a@x.be', '1.1.1.1')).toBe(30);
    expect(throttle.retryAfterSeconds('b@x.be', '1.1.1.1')).toBe(0);
    clock.advance(30_001);
    expect(throttle.retryAfterSeconds('a@x.be', '1.1.1.1')).toBe(0);
  });

  it('blocks an address that tries many e-mails', () => {
    const throttle = new LoginThrottle(new ManualClock(), limits);
    for (let i = 0; i < 5; i++) throttle.recordFailure(`u${i}@x.be`, '2.2.2.2');
    expect(throttle.retryAfterSeconds('fresh@x.be', '2.2.2.2')).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds('fresh@x.be', '3.3.3.3')).toBe(0);
  });

  it('forgets an e-mail’s failures after a successful login', () => {
    const throttle = new LoginThrottle(new ManualClock(), limits);
    for (let i = 0; i < 3; i++) throttle.recordFailure('a@x.be', '1.1.1.1');
    throttle.recordSuccess('a@x.be');
    expect(throttle.retryAfterSeconds('a@x.be', '9.9.9.9')).toBe(0);
  });
});
