import { InvalidArgumentError } from 'commander';

/**
 * Commander argument parser for a whole number of at least 1 (`--limit 50`).
 *
 * @example
 * program.option('--limit <n>', 'rows per page', parsePositiveInteger, 25);
 */
export function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1');
  }
  return parsed;
}
