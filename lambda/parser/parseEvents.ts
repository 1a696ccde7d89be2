import { draftsOf } from './draftsOf';
import { ParseRejectionError } from './errors';
import { finishArticle } from './finishArticle';
import { prepareText } from './prepareText';
import type {
  DocumentDraft,
  KnownSourceFormat,
  ParseDocumentsOptions,
  ParseEvent,
  ParsePosition,
  PreparedText,
  Rejection,
  SplitStart,
} from './types';

const NO_ARTICLE_MESSAGES: Readonly<Record<KnownSourceFormat, string>> = {
  nexis: 'The Nexis export holds no document with any text.',
  'nexis-uni': 'The Nexis Uni export holds no document with any text.',
  pressreader: 'The PressReader page has no article body.',
  plain: 'The text holds no article: no body was found after the headline.',
  factiva: 'The Factiva export holds no document with any text.',
  proquest: 'The ProQuest export holds no document with any text.',
  europresse: 'The Europresse export holds no document with any text.',
  integrum: 'The Integrum export holds no document with any text.',
  mediargus: 'The Mediargus export holds no document with any text.',
};

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/** A document's position, with the resume point of the piece it ended in (Nexis text past its first piece). */
function positionOf(text: PreparedText, documentIndex: number, document: DocumentDraft): ParsePosition {
  const documents = document.documentsBeforeBatch;
  if (documents === undefined || text.encoding.startsWith('utf-16')) return { documentIndex };
  const { byte, line } = text.cursor;
  // The first piece is the file's start: nothing to skip.
  if (line === 0) return { documentIndex };
  return { documentIndex, resume: { byte, line, documents, check: text.resumeCheck(byte) } };
}

/**
 * Parses the bytes of one upload incrementally: PressReader pages, Nexis exports (one article per
 * document) and plain text, in UTF-8, UTF-16 or Windows-1252, gzip-compressed or not. It yields the
 * file's format first, then its articles one by one as the documents are split, each with the position
 * a later slice can resume from (`resumeAfter`), or one rejection with a machine-readable code and a
 * message naming the reason. Only the document in hand is held, so memory does not grow with the file.
 * It never throws. {@link parseDocuments} is its asynchronous face, the parser's API; `parseFile`
 * collects this directly, which saves a promise per event on a corpus of small files.
 *
 * Without `resumeAfter`, `file` comes just before the first article, and a file with no article gives
 * only `rejected` (`NO_ARTICLE`). With it, `file` comes even when no document follows. A `rejected`
 * after articles means a defect of the parser (`PARSER_ERROR`): the whole upload is then rejected.
 *
 * @example
 * ```ts
 * for (const step of parseEvents(bytes)) if (step.kind === 'article') console.log(step.article.headline);
 * ```
 */
export function* parseEvents(
  bytes: Uint8Array,
  options: ParseDocumentsOptions = {},
): Generator<ParseEvent, void, undefined> {
  const skipThrough = options.resumeAfter?.documentIndex ?? 0;
  const enrich = options.enrich !== false;
  let text: PreparedText;
  try {
    text = prepareText(bytes, options);
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  const { format, encoding, compressed } = text;
  const fileEvent: ParseEvent = {
    kind: 'file',
    format,
    encoding,
    compressed,
    ...(text.expectedDocuments === undefined ? {} : { expectedDocuments: text.expectedDocuments }),
  };
  // A resume point that matches these bytes: split from there, not from the start.
  const point = options.resumeAfter?.resume;
  let batches: Iterable<readonly string[]> | null = null;
  let start: SplitStart | undefined;
  if (point !== undefined && format === 'nexis' && point.documents <= skipThrough) {
    batches = text.batchesFrom(point);
    if (batches !== null) start = { documents: point.documents, line: point.line };
  }
  const drafts = draftsOf(
    format,
    batches ?? text.batches(),
    skipThrough,
    options.provenance !== false,
    start,
    text,
  );
  let announced = false;
  for (;;) {
    let event: ParseEvent;
    try {
      const next = drafts.next();
      if (next.done) break;
      const article = finishArticle(next.value.draft, next.value.contentHash, enrich);
      event = { kind: 'article', article, position: positionOf(text, article.documentIndex, next.value) };
    } catch (error) {
      yield { kind: 'rejected', rejection: toRejection(error) };
      return;
    }
    if (!announced) {
      announced = true;
      yield fileEvent;
    }
    yield event;
  }
  if (announced) return;
  if (skipThrough > 0) yield fileEvent;
  else yield { kind: 'rejected', rejection: { code: 'NO_ARTICLE', message: NO_ARTICLE_MESSAGES[format] } };
}
