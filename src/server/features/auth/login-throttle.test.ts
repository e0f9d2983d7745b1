import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../adapters/clock.js';
import type { Db } from '../../db/database.js';
import { defaultThrottleLimits, LoginThrottle } from './login-throttle.js';

// The counters live in the database: test/medium/auth.test.ts and multi-process.test.ts test them on both databases.
describe('the login back-off', () => {
  const throttle = new LoginThrottle({} as Db, new ManualClock(), defaultThrottleLimits);

  it('costs nothing for four failures, then doubles from one second at the fifth, up to fifteen minutes', () => {
    expect([1, 2, 3, 4].map((n) => throttle.delayAfter(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => throttle.delayAfter(n))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(throttle.delayAfter(14)).toBe(512_000);
    expect(throttle.delayAfter(15)).toBe(15 * 60_000);
    expect(throttle.delayAfter(10_000)).toBe(15 * 60_000);
  });
});
