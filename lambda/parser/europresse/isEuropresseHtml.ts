/** How far into decoded HTML Europresse's markers are looked for. */
const DETECT_CHARS = 262_144;
const MARKERS =
  /class\s*=\s*["']?[^"'>]*\b(?:DocPublicationName|TitreArticleVisu)\b|Num[ée]ro de document\s*:/i;

/**
 * Whether decoded HTML is a Europresse export, older or newer layout: its `DocPublicationName` or
 * `TitreArticleVisu` classes, or a `Numéro de document :` line, in its first characters.
 *
 * @example
 * ```ts
 * isEuropresseHtml('<span class="DocPublicationName">Le Journal</span>'); // true
 * ```
 */
export function isEuropresseHtml(text: string): boolean {
  return MARKERS.test(text.slice(0, DETECT_CHARS));
}
