import { AppError } from './app-error.js';

/** The record a lookup found; a missing one (or one of another municipality) answers NOT_FOUND. */
export function found<T>(record: T | null | undefined): T {
  if (record === undefined || record === null) throw new AppError('NOT_FOUND');
  return record;
}
