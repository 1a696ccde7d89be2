import type { NexisSection } from './types';

/** `Pg. B1`, `Page 12`, `P 3`, `Pg12`, German `S. 12`: a page word then a separator or a digit (so `POLITICS` is a section). */
const PAGE = /^(?:Pg|Page|P|Seite|S)(?:\.\s*|\s+|(?=\d))(\S+)$/i;

/**
 * Reads a Nexis `SECTION:` value: the first part is the section, a `Pg.` part the page.
 *
 * @example
 * ```ts
 * parseNexisSection('METRO; Pg. B1'); // { section: 'METRO', page: 'B1' }
 * parseNexisSection('Section A; Column 0; National Desk; Pg. 12'); // { section: 'Section A', page: '12' }
 * ```
 */
export function parseNexisSection(value: string): NexisSection {
  let section: string | null = null;
  let page: string | null = null;
  for (const raw of value.split(';')) {
    const part = raw.trim();
    if (part === '') continue;
    const pageMatch = part.length <= 40 ? PAGE.exec(part) : null;
    if (pageMatch !== null) page ??= pageMatch[1]!;
    else section ??= part;
  }
  return { section, page };
}
