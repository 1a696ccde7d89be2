/** A Lexis Advance document URN in a link target, raw or percent-encoded: `urn:contentItem:5T2B-…-00000-00`. */
const CONTENT_ITEM = /urn(?::|%3A)contentItem(?::|%3A)([0-9A-Z]{4}(?:-[0-9A-Z]{1,8}){2,8})/i;

/**
 * The Nexis document id a hyperlink target names (the `urn:contentItem:` id of a Lexis Advance document
 * link, as a Nexis Uni cover page's title list links each document), or null for any other target.
 *
 * @example
 * ```ts
 * nexisDocumentIdOf('https://advance.lexis.com/api/document?id=urn:contentItem:5X1K-9QW1-JBNF-W0CC-00000-00&idtype=PID');
 * // '5X1K-9QW1-JBNF-W0CC-00000-00'
 * ```
 */
export function nexisDocumentIdOf(target: string): string | null {
  const match = CONTENT_ITEM.exec(target);
  return match === null ? null : match[1]!.toUpperCase();
}
