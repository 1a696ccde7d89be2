/** Characters looked at: the style sheet and the first document's opening comment fit well within them. */
const SAMPLE_CHARS = 65_536;

/** The comment that opens each document, LexisNexis's marker comment, or an `N of M DOCUMENTS` line in any interface language. */
const MARKERS =
  /<DOC\s+NUMBER=\d+>|<DOCFULL>|<!--\s*LXNComment\b|>\s*(?:\d{1,7}\s+(?:of|von|de|sur|van)\s+\d{1,7}\s+(?:documents?|dokumente?n?|documenten|documentos?)|dokument\s+\d{1,7}\s+von\s+\d{1,7})\s*</i;

/**
 * Whether decoded HTML is a classic LexisNexis (Academic) export: its `<!-- <DOC NUMBER=n><DOCFULL> -->`
 * comments, its `LXNComment`, or an `N of M DOCUMENTS` line as an element's whole text, in its first
 * {@link SAMPLE_CHARS} characters.
 *
 * @example
 * ```ts
 * isClassicNexisHtml('<HTML><BODY><!-- Hide XML section from browser\n<DOC NUMBER=1>\n<DOCFULL> -->'); // true
 * ```
 */
export function isClassicNexisHtml(text: string): boolean {
  return MARKERS.test(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);
}
