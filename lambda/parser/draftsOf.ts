import { nexisDocumentsOf } from './nexisDocumentsOf';
import { parseNexisDocument } from './parseNexisDocument';
import { parsePlainText } from './parsePlainText';
import { parsePressReaderPage } from './parsePressReaderPage';
import { pressReaderPagesOf } from './pressReaderPagesOf';
import type { DocumentDraft, SourceFormat } from './types';

/**
 * The drafts of a file's documents after `skipThrough`, one at a time, each with the lines of its
 * document: Nexis exports and PressReader pages are split as they are read, so only the document in
 * hand is held; plain text is one document. Documents up to `skipThrough` are split, never parsed.
 *
 * @example
 * ```ts
 * for (const { draft, lines } of draftsOf('nexis', text.batches(), 0)) console.log(draft.headline, lines.length);
 * ```
 */
export function* draftsOf(
  format: SourceFormat,
  batches: Iterable<readonly string[]>,
  skipThrough: number,
): Generator<DocumentDraft, void, undefined> {
  if (format === 'nexis') {
    for (const { documentIndex, lines } of nexisDocumentsOf(batches, skipThrough)) {
      const draft = parseNexisDocument(lines, { documentIndex, start: 0, end: lines.length });
      if (draft !== null) yield { draft, lines };
    }
  } else if (format === 'pressreader') {
    for (const page of pressReaderPagesOf(batches)) {
      if (page.documentIndex <= skipThrough) continue;
      const draft = parsePressReaderPage(page);
      if (draft !== null) yield { draft, lines: page.lines };
    }
  } else if (skipThrough < 1) {
    const lines: string[] = [];
    for (const batch of batches) for (const line of batch) lines.push(line);
    const draft = parsePlainText(lines, 0, lines.length);
    if (draft !== null) yield { draft, lines };
  }
}
