import type { FactivaEntry } from './types';

/** `gpol : Domestic Politics`: a code, a spaced colon, its name. */
const CODED = /^([\w.&-]{1,20})\s+:\s+(.+)$/u;
/** ` | ` between entries (also at either end), or a line end. */
const SEPARATOR = /\s+\|\s+|\s*\|\s*$|^\s*\|\s*|\n/;
/** White space that `\s+` → ` ` would change: a character other than a space, or two spaces. */
const FOLDABLE = /[^\S ]| {2}/;

/**
 * Reads a classification field as Factiva prints it: entries separated by ` | ` (or by lines), each
 * `code : Name`, a bare code (`IPC` fields) or a bare name.
 *
 * @example
 * ```ts
 * parseFactivaEntries('gpol : Domestic Politics | gcat'); // [{ code: 'gpol', label: 'Domestic Politics' }, { code: 'gcat', label: null }]
 * ```
 */
export function parseFactivaEntries(text: string, bareIsCode: boolean): FactivaEntry[] {
  const entries: FactivaEntry[] = [];
  // Every separator holds a bar or a line end: without either the text is one entry, and no split runs.
  const pieces = text.includes('|') || text.includes('\n') ? text.split(SEPARATOR) : [text];
  for (const piece of pieces) {
    // Only white space other than single spaces needs folding (most entries have none).
    const entry = (FOLDABLE.test(piece) ? piece.replace(/\s+/g, ' ') : piece).trim();
    if (entry === '') continue;
    const coded = CODED.exec(entry);
    if (coded !== null) entries.push({ code: coded[1]!, label: coded[2]!.trim() });
    else if (bareIsCode && /^\S{1,20}$/.test(entry)) entries.push({ code: entry, label: null });
    else entries.push({ code: null, label: entry });
  }
  return entries;
}
