/** Space, tab and line feed: the only white space left after normalization and joining. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

/**
 * Counts whitespace-separated words in paragraphs.
 *
 * @example
 * ```ts
 * countWords(['Two words', ' and  three more ']); // 5
 * ```
 */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    let inWord = false;
    for (let i = 0; i < paragraph.length; i++) {
      const blank = isBlank(paragraph.charCodeAt(i));
      if (!blank && !inWord) count++;
      inWord = !blank;
    }
  }
  return count;
}
