import { MAX_ENRICHED_CHARS } from './limits';

/**
 * The paragraphs enrichment reads: all of them, or (the same array back when they fit) the first
 * {@link MAX_ENRICHED_CHARS} characters, the last paragraph cut at a space where it has one.
 *
 * @example
 * ```ts
 * enrichedParagraphs(['Short.']); // ['Short.'] (the same array)
 * ```
 */
export function enrichedParagraphs(paragraphs: string[], maxChars = MAX_ENRICHED_CHARS): string[] {
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (total + paragraph.length <= maxChars) {
      total += paragraph.length;
      continue;
    }
    const room = maxChars - total;
    const space = paragraph.lastIndexOf(' ', room);
    let end = space > 0 ? space : room;
    // Never between the halves of a surrogate pair.
    if (end > 0 && (paragraph.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    const kept = paragraphs.slice(0, i);
    if (end > 0) kept.push(paragraph.slice(0, end));
    return kept;
  }
  return paragraphs;
}
