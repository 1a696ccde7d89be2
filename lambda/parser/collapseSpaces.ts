const RUNS_OF_SPACES = / {2,}/g;

/**
 * Trims text and reduces runs of spaces to one: needed again after entities are decoded, since
 * `&#9;` or `&nbsp;` become spaces.
 *
 * @example
 * ```ts
 * collapseSpaces(' a   b '); // 'a b'
 * ```
 */
export function collapseSpaces(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes('  ') ? trimmed.replace(RUNS_OF_SPACES, ' ') : trimmed;
}
