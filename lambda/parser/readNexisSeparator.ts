import { isNexisSeparator } from './isNexisSeparator';
import type { NexisSeparator } from './types';

/**
 * The numbers a Nexis separator line prints: `8 of 383 DOCUMENTS` and `Dokument 8 von 383` give the
 * document's number and the export's total; null for a line that is no separator.
 *
 * @example
 * ```ts
 * readNexisSeparator('                 8 of 383 DOCUMENTS'); // { number: 8, total: 383 }
 * ```
 */
export function readNexisSeparator(line: string): NexisSeparator | null {
  if (!isNexisSeparator(line)) return null;
  // A separator holds exactly two numbers, the document's first (both layouts).
  const [number, total] = line.match(/\d{1,7}/g) ?? [];
  if (number === undefined || total === undefined) return null;
  return { number: Number(number), total: Number(total) };
}
