const SEPARATOR =
  /^\s*\d{1,7}\s+(?:of|von|de|sur|van)\s+\d{1,7}\s+(?:documents?|dokumente?n?|documenten|documentos?)\s*$/i;
/** German and other interfaces put the word first: `Dokument 234 von 456`. */
const WORD_FIRST = /^\s*(?:dokument|document|documento)\s+\d{1,7}\s+(?:von|of|de|sur|van)\s+\d{1,7}\s*$/i;
const MAX_SEPARATOR_CHARS = 120;

/**
 * Whether a line opens a Nexis document: a centred `N of M DOCUMENTS` (also `1 of 1 DOCUMENT`).
 * The numbers are not trusted: exports cut from larger ones print `8 of 383 DOCUMENTS`.
 *
 * @example
 * ```ts
 * isNexisSeparator('                 8 of 383 DOCUMENTS'); // true
 * ```
 */
export function isNexisSeparator(line: string): boolean {
  if (line.length > MAX_SEPARATOR_CHARS) return false;
  // Nearly every line is ruled out by its first visible character, without running the pattern.
  let first = 0;
  while (first < line.length && (line.charCodeAt(first) === 0x20 || line.charCodeAt(first) === 0x09)) first++;
  const code = line.charCodeAt(first);
  if (code >= 0x30 && code <= 0x39) return SEPARATOR.test(line);
  return (code === 0x44 || code === 0x64) && WORD_FIRST.test(line);
}
