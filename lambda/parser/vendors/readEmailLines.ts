import { readHtmlLines } from '../html/readHtmlLines';
import { readMime } from './readMime';

/**
 * The lines the ProQuest reader laid an e-mail's HTML part out as, which the line ranges of its articles'
 * provenance count (for `parse --explain`); null for an e-mail with no HTML part a reader knows.
 *
 * @example
 * ```ts
 * const lines = await readEmailLines(emlBytes);
 * ```
 */
export async function readEmailLines(bytes: Uint8Array): Promise<string[] | null> {
  const html = readMime(bytes);
  return html === null ? null : readHtmlLines(html.bytes);
}
