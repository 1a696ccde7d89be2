import { contentHash } from '../contentHash';
import { eventsOfDrafts } from '../eventsOfDrafts';
import type { ArticleDraft, ParsedFileInfo, ParseEvent } from '../types';

/** One document a vendor reader found: its position, its lines (for the content hash) and its draft. */
export interface VendorDocument {
  documentIndex: number;
  lines: readonly string[];
  /** Null for a document up to `resumeAfter`, which is split but never read. */
  draft: ArticleDraft | null;
}

/**
 * Turns a vendor reader's documents into the events of `parseDocuments` through {@link eventsOfDrafts}: `file` just before the first
 * article, each article finished (word count, hash, enrichment), and, when no document gave one, a
 * rejection naming what the file looked like (`UNRECOGNIZED_LAYOUT`), never a junk article. A reader's
 * {@link ParseRejectionError} becomes the rejection; any other error is `PARSER_ERROR`.
 *
 * @example
 * ```ts
 * for (const event of vendorEvents(info, readDocuments(), 0, true, 'a ProQuest plain-text export')) console.log(event.kind);
 * ```
 */
export function* vendorEvents(
  info: ParsedFileInfo,
  documents: () => Iterable<VendorDocument>,
  skipThrough: number,
  enrich: boolean,
  lookedLike: string,
): Generator<ParseEvent, void, undefined> {
  const drafts = function* () {
    for (const { documentIndex, lines, draft } of documents())
      if (documentIndex <= skipThrough || draft === null) yield null;
      else yield { draft, contentHash: contentHash(lines, draft.lineSpan.start, draft.lineSpan.end) };
  };
  yield* eventsOfDrafts(drafts, {
    file: info,
    skipThrough,
    enrich,
    empty: (seen) =>
      skipThrough > 0 && seen > 0
        ? null
        : {
            code: 'UNRECOGNIZED_LAYOUT',
            message: `The file looks like ${lookedLike}, but no document could be read from it.`,
          },
  });
}
