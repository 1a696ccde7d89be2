import { ParseRejectionError } from './errors';
import { finishArticle } from './finishArticle';
import type { ArticleContainer, ArticleDraft, ParsedFileInfo, ParseEvent, Rejection } from './types';

/** One document a reader found: its draft and content hash, or null for a document up to `resumeAfter`, split but never read. */
export type DraftOfDocument = { draft: ArticleDraft; contentHash: string } | null;

/** How {@link eventsOfDrafts} turns a reader's drafts into events. */
export interface EventsOfDraftsOptions {
  /** What the `file` event says; read when it is yielded, so a reader may fill it in while it reads. */
  file: ParsedFileInfo;
  /** Documents up to this index (`resumeAfter.documentIndex`) are not yielded. */
  skipThrough: number;
  enrich: boolean;
  /** Set on every article (and not in `file`, which carries its own). */
  container?: ArticleContainer;
  /** A warning added to every draft before it is finished (an HTML charset the bytes overruled). */
  warning?: string | null;
  /** The caller already yielded `file` (a resumed Factiva export announces itself before reading). */
  announced?: boolean;
  /**
   * When no article came: the rejection (read then, so it may name what the reader found), or null for
   * `file` alone (a resumed parse whose documents were all skipped). `documentsSeen` counts every
   * document, skipped ones too.
   */
  empty: (documentsSeen: number) => Rejection | null;
}

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/**
 * The one loop that turns a lazily loaded reader's drafts into the events of `parseDocuments`: each
 * draft finished ({@link finishArticle}: word count, hash, enrichment) into an `article` at its
 * `documentIndex`, `file` just before the first one, and, when none came, `options.empty`'s rejection
 * (or `file` alone). A reader's {@link ParseRejectionError}, thrown while the drafts are read, becomes
 * the rejection; any other error is `PARSER_ERROR`. `drafts` is called inside that guard, so a reader
 * can do its reading there.
 *
 * @example
 * ```ts
 * yield* eventsOfDrafts(() => reader.drafts(text), {
 *   file: { format: 'factiva', encoding: 'utf-8', compressed: false },
 *   skipThrough: 0,
 *   enrich: true,
 *   empty: () => ({ code: 'NO_ARTICLE', message: 'The export holds no document with any text.' }),
 * }); // file, article, article, …
 * ```
 */
export function* eventsOfDrafts(
  drafts: () => Iterable<DraftOfDocument>,
  options: EventsOfDraftsOptions,
): Generator<ParseEvent, void, undefined> {
  const { skipThrough, enrich, container, warning } = options;
  let announced = options.announced === true;
  let seen = 0;
  try {
    for (const document of drafts()) {
      seen++;
      if (document === null) continue;
      const { draft } = document;
      if (draft.documentIndex <= skipThrough) continue;
      if (warning != null) draft.warnings.push(warning);
      const article = finishArticle(draft, document.contentHash, enrich);
      // Set on the finished article rather than spread into a copy: one object an article.
      if (container !== undefined) article.container = container;
      if (!announced) {
        announced = true;
        yield { kind: 'file', ...options.file };
      }
      yield { kind: 'article', article, position: { documentIndex: article.documentIndex } };
    }
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  if (announced) return;
  const rejection = options.empty(seen);
  if (rejection === null) yield { kind: 'file', ...options.file };
  else yield { kind: 'rejected', rejection };
}
