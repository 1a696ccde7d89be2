import { ParseRejectionError } from '../errors';
import { DocxTextCollector } from './DocxTextCollector';
import type { InflateBudget } from './InflateBudget';
import { inflateEntry } from './inflateEntry';
import { nexisDocumentIdOf } from './nexisDocumentIdOf';
import type { DocxText, ZipEntry } from './types';
import { XmlTokenizer } from './XmlTokenizer';

const MAIN_PART = 'word/document.xml';
const MAIN_RELATIONSHIPS = 'word/_rels/document.xml.rels';
const ATTRIBUTE = /\b(Id|Target)\s*=\s*"([^"]*)"/g;

/** The main document's hyperlink relationships that name a Nexis document: relationship id → document id. */
function nexisLinksOf(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: InflateBudget,
  maxRatio: number,
  label: string,
): Map<string, string> {
  const links = new Map<string, string>();
  const part = entries.find((entry) => entry.name === MAIN_RELATIONSHIPS);
  if (part === undefined) return links;
  const tokenizer = new XmlTokenizer(`${MAIN_RELATIONSHIPS} in ${label}`, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      let id: string | undefined;
      let target: string | undefined;
      for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) {
        if (key === 'Id') id = value;
        else target = value;
      }
      const documentId = target === undefined ? null : nexisDocumentIdOf(target);
      if (id !== undefined && documentId !== null) links.set(id, documentId);
    },
    close() {},
    text() {},
  });
  const decoder = new TextDecoder('utf-8');
  inflateEntry(bytes, part, budget, maxRatio, (chunk) =>
    tokenizer.write(decoder.decode(chunk, { stream: true })),
  );
  tokenizer.write(decoder.decode());
  tokenizer.end();
  return links;
}

/**
 * Reads a DOCX's main document into text lines, streaming: inflated chunks are decoded and tokenized
 * as they come, so memory holds the text, not the XML. The lines whose paragraph links to a Nexis
 * document (a cover page's title list) are given with that document's id.
 *
 * @throws {ParseRejectionError} `CORRUPT_CONTAINER` without a main document or with broken XML,
 *   `NO_TEXT` when the document holds no text (images only), and the caps' codes.
 * @example
 * ```ts
 * const { lines, links } = readDocxLines(bytes, listZipEntries(bytes, 10_000), new InflateBudget(1 << 27), 200, 'the DOCX');
 * ```
 */
export function readDocxLines(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: InflateBudget,
  maxRatio: number,
  label: string,
): DocxText {
  const main = entries.find((entry) => entry.name === MAIN_PART);
  if (main === undefined) {
    throw new ParseRejectionError(
      'CORRUPT_CONTAINER',
      `${label} has no ${MAIN_PART}; it is not a Word document.`,
    );
  }
  const relationships = nexisLinksOf(bytes, entries, budget, maxRatio, label);
  const lines: string[] = [];
  const links = new Map<number, string>();
  const collector = new DocxTextCollector(
    (line, link) => {
      if (link !== undefined) links.set(lines.length, link);
      lines.push(line);
    },
    (id) => relationships.get(id),
  );
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
  return { lines, links };
}
