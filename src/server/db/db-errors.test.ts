import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isInvalidTextEncoding, isSqliteBusy, isUniqueViolation } from './db-errors.js';

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('database errors', () => {
  it('tells a database that is away from a bug', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('57P01'),
      withCode('57P03'),
      withCode('08006'),
      new Error('Connection terminated unexpectedly'),
      new AggregateError([withCode('ECONNREFUSED')], ''),
      new Error('wrapped', { cause: withCode('ECONNRESET') }),
      withCode('SQLITE_READONLY'),
      withCode('SQLITE_IOERR_WRITE'),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
    for (const error of [
      withCode('23505'),
      withCode('42P01'),
      new Error('boom'),
      null,
      'text',
      withCode('SQLITE_CONSTRAINT_UNIQUE'),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it('knows SQLite busy, unique violations and refused text', () => {
    expect(isSqliteBusy(withCode('SQLITE_BUSY'))).toBe(true);
    expect(isSqliteBusy(withCode('SQLITE_BUSY_SNAPSHOT'))).toBe(true);
    expect(isSqliteBusy(withCode('SQLITE_CONSTRAINT'))).toBe(false);
    expect(isUniqueViolation(withCode('23505'))).toBe(true);
    expect(isInvalidTextEncoding(withCode('22021'))).toBe(true);
  });
});
