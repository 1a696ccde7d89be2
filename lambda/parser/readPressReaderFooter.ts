import { MAX_HEADER_LINE_CHARS } from './limits';
import { toLanguageCode } from './toLanguageCode';
import type { PressReaderFooter } from './types';

const FOOTER = /^Newspapers (in|from) (\S.*)$/;
/** A country's name as PressReader prints it: capitalized words, no sentence punctuation. */
const COUNTRY = /^\p{Lu}[\p{L} .'’()-]{0,60}$/u;

/**
 * Reads a PressReader footer line: `Newspapers in English` (a language, as its BCP 47 code) or
 * `Newspapers from United States` (a country); null for any other line, including body sentences that
 * happen to start the same way (`Newspapers in the region cut staff.`).
 *
 * @example
 * ```ts
 * readPressReaderFooter('Newspapers from United States'); // { kind: 'country', name: 'United States' }
 * readPressReaderFooter('Newspapers in English'); // { kind: 'language', code: 'en' }
 * ```
 */
export function readPressReaderFooter(line: string): PressReaderFooter | null {
  const text = line.trim();
  if (text.length > MAX_HEADER_LINE_CHARS || !text.startsWith('Newspapers ')) return null;
  const match = FOOTER.exec(text);
  if (match === null) return null;
  const name = match[2]!.trim();
  if (match[1] === 'in') {
    const code = toLanguageCode(name);
    return code === null ? null : { kind: 'language', code };
  }
  return COUNTRY.test(name) && !name.endsWith('.') ? { kind: 'country', name } : null;
}
