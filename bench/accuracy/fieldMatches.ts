import { normalizeValue } from './normalizeValue';

/**
 * Whether the parser's value equals the key's after white-space normalization: exact otherwise, lists as
 * ordered lists. `actual` undefined (no article for the document) never matches, not even a null key.
 *
 * @example
 * ```ts
 * fieldMatches('Town  weighs a bridge', 'Town weighs a bridge'); // true
 * fieldMatches(['Ann Lee', 'Bo Chan'], ['Bo Chan', 'Ann Lee']); // false: order counts
 * fieldMatches(null, undefined); // false: a missing document is wrong everywhere
 * ```
 */
export function fieldMatches(expected: unknown, actual: unknown): boolean {
  if (actual === undefined) return false;
  return JSON.stringify(normalizeValue(expected)) === JSON.stringify(normalizeValue(actual));
}
