import { contentHash } from './contentHash';
import { nexisDocumentsOf } from './nexisDocumentsOf';
import { parseNexisDocument } from './parseNexisDocument';
import { parsePlainText } from './parsePlainText';
import { parsePressReaderPage } from './parsePressReaderPage';
import { pressReaderPagesOf } from './pressReaderPagesOf';
import type { ArticleDraft, DocumentDraft, KnownSourceFormat, SplitStart } from './types';

const hashOf = (draft: ArticleDraft, lines: readonly string[]) =>
  contentHash(lines, draft.lineSpan.start, draft.lineSpan.end);

/**
 * The drafts of a file's documents after `skipThrough`, one at a time, each with its content hash:
 * Nexis exports and PressReader pages are split as they are read, so only the document in hand is
 * held; plain text is one document, read without keeping its lines. Documents up to `skipThrough` are split, never parsed.
 * `start`: where the batches begin, for a Nexis export read from a resume point.
 *
 * @example
 * ```ts
 * for (const { draft, contentHash } of draftsOf('nexis', text.batches(), 0)) console.log(draft.headline, contentHash);
 * ```
 */
export function* draftsOf(
  format: KnownSourceFormat,
  batches: Iterable<readonly string[]>,
  skipThrough: number,
  provenance = true,
  start?: SplitStart,
): Generator<DocumentDraft, void, undefined> {
  if (format === 'nexis') {
    for (const document of nexisDocumentsOf(batches, skipThrough, start)) {
      const { documentIndex, documentsBeforeBatch, firstLine, lines } = document;
      const draft = parseNexisDocument(
        lines,
        { documentIndex, start: 0, end: lines.length },
        firstLine,
        provenance,
      );
      if (draft !== null) yield { draft, contentHash: hashOf(draft, lines), documentsBeforeBatch };
    }
  } else if (format === 'pressreader') {
    for (const page of pressReaderPagesOf(batches)) {
      if (page.documentIndex <= skipThrough) continue;
      const draft = parsePressReaderPage(page, provenance);
      if (draft !== null) yield { draft, contentHash: hashOf(draft, page.lines) };
    }
  } else if (skipThrough < 1) {
    const document = parsePlainText(batches, 1, provenance);
    if (document !== null) yield document;
  }
}
