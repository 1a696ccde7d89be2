import type { FactivaEntry } from './types';

/** `gpol : Domestic Politics`: a code, a spaced colon, its name. */
const CODED = /^([\w.&-]{1,20})\s+:\s+(.+)$/u;

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
  for (const piece of text.split(/\s+\|\s+|\s*\|\s*$|^\s*\|\s*|\n/)) {
    const entry = piece.replace(/\s+/g, ' ').trim();
    if (entry === '') continue;
    const coded = CODED.exec(entry);
    if (coded !== null) entries.push({ code: coded[1]!, label: coded[2]!.trim() });
    else if (bareIsCode && /^\S{1,20}$/.test(entry)) entries.push({ code: entry, label: null });
    else entries.push({ code: null, label: entry });
  }
  return entries;
}
