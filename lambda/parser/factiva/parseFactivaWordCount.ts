/** `295 mots`, `808 words`, `877 Wörter`, `1.204 Wörter`, `1 204 mots`, or a bare number (XML). */
const WORD_COUNT =
  /^(\d{1,3}(?:[.,  ]\d{3})+|\d+)(?:\s*(?:words?|mots?|wörter|woerter|wort|palabras|parole|woorden|ord|слов[а]?))?\.?$/iu;

/**
 * Reads a Factiva `WC` field into a number, in any UI language; null when it is not a word count.
 *
 * @example
 * ```ts
 * parseFactivaWordCount('877 Wörter'); // 877
 * ```
 */
export function parseFactivaWordCount(text: string): number | null {
  const match = WORD_COUNT.exec(text.trim());
  if (match === null) return null;
  const count = Number(match[1]!.replace(/[.,  ]/g, ''));
  return Number.isSafeInteger(count) ? count : null;
}
