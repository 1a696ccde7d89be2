import { decodeText } from '../decodeText';
import { normalizeText } from '../normalizeText';
import { splitLines } from '../splitLines';
import type { TextEncoding } from '../types';

/**
 * The lines of a Factiva export as its readers read them, and the encoding they were decoded from:
 * decoded (UTF-8 when valid, so a file that declares UTF-8 over ISO-8859-1 bytes still reads as
 * Windows-1252, which covers Latin-1), normalized and split like any text. Provenance line numbers and
 * `parse --explain` use these lines.
 *
 * @example
 * ```ts
 * readFactivaLines(new TextEncoder().encode('HD\\nFerry fares rise')).lines; // ['HD', 'Ferry fares rise']
 * ```
 */
export function readFactivaLines(bytes: Uint8Array): { lines: string[]; encoding: TextEncoding } {
  const { text, encoding } = decodeText(bytes);
  return { lines: splitLines(normalizeText(text)), encoding };
}
