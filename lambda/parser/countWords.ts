const SPACE = 0x20;

/** Words of one paragraph: joined paragraphs hold no tab or line feed, so spaces alone separate words. */
function countParagraphWords(paragraph: string): number {
  let count = 0;
  let previous = SPACE;
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    if (code !== SPACE && previous === SPACE) count++;
    previous = code;
  }
  return count;
}

/**
 * Counts whitespace-separated words in paragraphs as the parser joins them (single spaces, no tabs or
 * line feeds).
 *
 * @example
 * ```ts
 * countWords(['Two words', ' and  three more ']); // 5
 * ```
 */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += countParagraphWords(paragraph);
  return count;
}
