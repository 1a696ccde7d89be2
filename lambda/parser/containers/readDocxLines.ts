import { ParseRejectionError } from '../errors';
import { DocxTextCollector } from './DocxTextCollector';
import type { InflateBudget } from './InflateBudget';
import { inflateEntry } from './inflateEntry';
import type { ZipEntry } from './types';
import { XmlTokenizer } from './XmlTokenizer';

const MAIN_PART = 'word/document.xml';

/**
 * Reads a DOCX's main document into text lines, streaming: inflated chunks are decoded and tokenized
 * as they come, so memory holds the text, not the XML.
 *
 * @throws {ParseRejectionError} `CORRUPT_CONTAINER` without a main document or with broken XML,
 *   `NO_TEXT` when the document holds no text (images only), and the caps' codes.
 * @example
 * ```ts
 * const lines = readDocxLines(bytes, listZipEntries(bytes, 10_000), new InflateBudget(1 << 27), 200, 'the DOCX');
 * ```
 */
export function readDocxLines(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: InflateBudget,
  maxRatio: number,
  label: string,
): string[] {
  const main = entries.find((entry) => entry.name === MAIN_PART);
  if (main === undefined) {
    throw new ParseRejectionError(
      'CORRUPT_CONTAINER',
      `${label} has no ${MAIN_PART}; it is not a Word document.`,
    );
  }
  const lines: string[] = [];
  const collector = new DocxTextCollector((line) => lines.push(line));
  const tokenizer = new XmlTokenizer(`${MAIN_PART} in ${label}`, collector);
  const decoder = new TextDecoder('utf-8');
  inflateEntry(bytes, main, budget, maxRatio, (chunk) =>
    tokenizer.write(decoder.decode(chunk, { stream: true })),
  );
  tokenizer.write(decoder.decode());
  tokenizer.end();
  if (collector.textChars === 0) {
    throw new ParseRejectionError('NO_TEXT', `${label} holds no text (only images or empty pages).`);
  }
  return lines;
}
