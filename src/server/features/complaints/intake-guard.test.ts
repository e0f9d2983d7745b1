import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../adapters/clock.js';
import { FormTokens, IntakeLimiter } from './intake-guard.js';

describe('form tokens', () => {
  it('tells when a token was issued, for its own municipality only, and refuses forgeries', () => {
    const clock = new ManualClock();
    const tokens = new FormTokens(clock);
    const token = tokens.issue('m1');
    expect(tokens.issuedAt('m1', token)).toBe(clock.now().getTime());
    expect(tokens.issuedAt('m2', token)).toBeNull();
    const [, nonce, mac] = token.split('.');
    expect(tokens.issuedAt('m1', `${clock.now().getTime() - 60_000}.${nonce}.${mac}`)).toBeNull();
    expect(tokens.issuedAt('m1', 'garbage')).toBeNull();
    expect(new FormTokens(clock).issuedAt('m1', token)).toBeNull();
  });
});

describe('intake limiter', () => {
  const limits = { perAddress: 3, perInstallation: 5, windowMs: 60_000, lookupsPerAddress: 2, lookupWindowMs: 60_000 };

  it('limits submissions per address, then per installation, and frees them after the window', () => {
    const clock = new ManualClock();
    const limiter = new IntakeLimiter(clock, limits);
    for (let i = 0; i < 3; i++) expect(limiter.trySubmit('a')).toBe(0);
    expect(limiter.trySubmit('a')).toBeGreaterThan(0);
    expect(limiter.trySubmit('b')).toBe(0);
    expect(limiter.trySubmit('c')).toBe(0);
    expect(limiter.trySubmit('d')).toBeGreaterThan(0); // the installation's five are used
    clock.advance(60_001);
    expect(limiter.trySubmit('a')).toBe(0);
  });

  it('limits status look-ups per address', () => {
    const limiter = new IntakeLimiter(new ManualClock(), limits);
    expect(limiter.tryLookup('a')).toBe(0);
    expect(limiter.tryLookup('a')).toBe(0);
    expect(limiter.tryLookup('a')).toBeGreaterThan(0);
    expect(limiter.tryLookup('b')).toBe(0);
  });
});
