/** Factiva's own markup: the article wrapper `class="article enArticle"`, its paragraph class, its logo cell. */
const MARKERS =
  /class=["']?article [a-z]{2}Article\b|class=["'][^"']*\barticleParagraph\b|class=["']?factivalogo\b|<title>\s*Factiva\b/i;

/**
 * Whether decoded HTML carries Factiva's markers (its article wrapper class, `articleParagraph`, the
 * Factiva logo cell or title): the HTML reader registry's test for the Factiva reader.
 *
 * @example
 * ```ts
 * isFactivaHtml('<div class="article frArticle"><table>…'); // true
 * ```
 */
export function isFactivaHtml(text: string): boolean {
  return MARKERS.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}
