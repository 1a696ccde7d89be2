import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import { finishArticle } from '../finishArticle';
import type { ArticleDraft, ParsedFileInfo, ParseEvent, Rejection } from '../types';

/** One document a vendor reader found: its position, its lines (for the content hash) and its draft. */
export interface VendorDocument {
  documentIndex: number;
  lines: readonly string[];
  /** Null for a document up to `resumeAfter`, which is split but never read. */
  draft: ArticleDraft | null;
}

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/**
 * Turns a vendor reader's documents into the events of `parseDocuments`: `file` just before the first
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
  let announced = false;
  let seen = 0;
  try {
    for (const document of documents()) {
      seen = Math.max(seen, document.documentIndex);
      if (document.documentIndex <= skipThrough || document.draft === null) continue;
      const { draft } = document;
      const hash = contentHash(document.lines, draft.lineSpan.start, draft.lineSpan.end);
      const article = finishArticle(draft, hash, enrich);
      if (!announced) {
        announced = true;
        yield { kind: 'file', ...info };
      }
      yield { kind: 'article', article, position: { documentIndex: article.documentIndex } };
    }
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  if (announced) return;
  if (skipThrough > 0 && seen > 0) {
    yield { kind: 'file', ...info };
    return;
  }
  yield {
    kind: 'rejected',
    rejection: {
      code: 'UNRECOGNIZED_LAYOUT',
      message: `The file looks like ${lookedLike}, but no document could be read from it.`,
    },
  };
}
