import { decodeHtml } from './decodeHtml';
import { HTML_READERS } from './htmlReaders';

/**
 * The lines an HTML upload's vendor reader made from its markup, which the line ranges of its articles'
 * provenance count (for `parse --explain`); null for HTML that no reader recognizes.
 *
 * @example
 * ```ts
 * const lines = await readHtmlLines(bytes);
 * if (lines !== null) console.log(explainArticles(file, lines, result.articles));
 * ```
 */
export async function readHtmlLines(bytes: Uint8Array): Promise<string[] | null> {
  const html = decodeHtml(bytes);
  const entry = HTML_READERS.find((candidate) => candidate.detect(html.text));
  return entry === undefined ? null : (await entry.load()).lines(html);
}
