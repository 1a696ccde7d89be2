/** How far into decoded HTML ProQuest's markers are looked for. */
const DETECT_CHARS = 262_144;
const MARKERS = /<a\s[^>]*name\s*=\s*["']?DocID_|ProQuest document (?:ID|link)/i;

/**
 * Whether decoded HTML is ProQuest results: a `DocID_` anchor or a `ProQuest document ID`/`link` in its
 * first characters.
 *
 * @example
 * ```ts
 * isProQuestHtml('<div><a name="DocID_MSTAR_42"></a>…'); // true
 * ```
 */
export function isProQuestHtml(text: string): boolean {
  return MARKERS.test(text.slice(0, DETECT_CHARS));
}
