import { InvalidArgumentError } from 'commander';

/**
 * Commander argument parser for a calendar date `YYYY-MM-DD` that exists (`2021-02-30` does not).
 *
 * @example
 * program.option('--since <date>', 'earliest date', parseIsoDate);
 */
export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match === null ? undefined : new Date(`${value}T00:00:00Z`);
  if (date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}
