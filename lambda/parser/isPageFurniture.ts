import { MAX_HEADER_LINE_CHARS } from './limits';

const FURNITURE = [
  /^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}|copyright)/i,
  /^copyright\s+\d{4}\b/i,
  /^all rights reserved\.?$/i,
  /^(?:printed and distributed by\s+)?pressreader\b/i,
  /^pressreader\.com\b/i,
];

/** Every pattern above opens with one of these: most lines are ruled out without a regular expression. */
const FIRST_CHARS = new Set(['c', 'C', '©', '(', 'a', 'A', 'p', 'P']);

/**
 * Whether a line is page furniture rather than article text: copyright notices, `All Rights Reserved`,
 * PressReader's own credit lines. Body sentences that only start alike (`Copyright law changed…`) are not.
 *
 * @example
 * ```ts
 * isPageFurniture('Copyright 2014 Globe Newspaper Company'); // true
 * isPageFurniture('Copyright law changed in 1976.'); // false
 * ```
 */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADER_LINE_CHARS || !FIRST_CHARS.has(text[0]!)) return false;
  return FURNITURE.some((pattern) => pattern.test(text));
}
