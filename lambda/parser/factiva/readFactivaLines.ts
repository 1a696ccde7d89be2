import { decodeChunks } from '../decodeChunks';
import { linesOfChunks } from '../linesOfChunks';
import { normalizeText } from '../normalizeText';
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
  // In pieces cut at line ends, as the text parser decodes: one string of a whole multi-megabyte export
  // costs more to decode and to split. Normalizing works a character at a time, so a piece at a time is the same.
  const { chunks, encoding } = decodeChunks(bytes);
  return { lines: linesOfChunks(chunks.map(normalizeText)), encoding };
}
