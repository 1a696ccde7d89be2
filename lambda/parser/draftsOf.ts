import { contentHash } from './contentHash';
import { nexisDocumentsOf } from './nexisDocumentsOf';
import { parseNexisDocument } from './parseNexisDocument';
import { parsePlainText } from './parsePlainText';
import { parsePressReaderPage } from './parsePressReaderPage';
import { pressReaderPagesOf } from './pressReaderPagesOf';
import type { ArticleDraft, DocumentDraft, KnownSourceFormat, SpacesSeen, SplitStart } from './types';

const hashOf = (draft: ArticleDraft, lines: readonly string[], spaces: SpacesSeen | undefined) =>
  contentHash(lines, draft.lineSpan.start, draft.lineSpan.end, spaces?.plainSpaces === true);

/**
 * The drafts of a file's documents after `skipThrough`, one at a time, each with its content hash:
 * Nexis exports and PressReader pages are split as they are read, so only the document in hand is
 * held; plain text is one document, read without keeping its lines. Documents up to `skipThrough` are split, never parsed.
 * `start`: where the batches begin, for a Nexis export read from a resume point. `spaces`: what the
 * reader of the batches knows of their white space, read as each document is hashed (the prepared
 * text); without it, each document is searched for white space other than spaces.
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
  spaces?: SpacesSeen,
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
      if (draft !== null) yield { draft, contentHash: hashOf(draft, lines, spaces), documentsBeforeBatch };
    }
  } else if (format === 'pressreader') {
    for (const page of pressReaderPagesOf(batches)) {
      if (page.documentIndex <= skipThrough) continue;
      const draft = parsePressReaderPage(page, provenance);
      if (draft !== null) yield { draft, contentHash: hashOf(draft, page.lines, spaces) };
    }
  } else if (skipThrough < 1) {
    const document = parsePlainText(batches, 1, provenance, spaces);
    if (document !== null) yield document;
  }
}
