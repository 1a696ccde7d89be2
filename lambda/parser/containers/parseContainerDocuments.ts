import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import { finishArticle } from '../finishArticle';
import { isNexisUniLayout } from '../nexisUni/isNexisUniLayout';
import { parseNexisUniLines } from '../nexisUni/parseNexisUniLines';
import { tooLargeRejection } from '../tooLargeRejection';
import type {
  ArticleContainer,
  KnownSourceFormat,
  ParseDocumentsOptions,
  ParsedArticle,
  ParsedFileInfo,
  ParseEvent,
  Rejection,
} from '../types';
import { containerLimitsOf } from './containerLimitsOf';
import { readContainer } from './readContainer';
import type { ContainerLines, ContainerPdf } from './types';

/** How a file member (a classic TXT or an RTF export in a ZIP) is parsed: the file parser, passed in. */
export type ParseText = (
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
) => Iterable<ParseEvent> | AsyncIterable<ParseEvent>;

/** Member failures named in the message of a ZIP that gave no article at all. */
const MAX_NAMED_FAILURES = 5;

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

function withContainer(
  article: ParsedArticle,
  container: ArticleContainer,
  documentIndex: number,
): ParsedArticle {
  return { ...article, documentIndex, container };
}

/** How a message names a document read into lines: the upload itself, or its ZIP member. */
function labelOf(part: ContainerLines | ContainerPdf): string {
  if (part.container.member !== undefined) return `The member ${part.container.member}`;
  return part.kind === 'pdf' ? 'The PDF' : 'The DOCX';
}

/** The lines of a PDF, from the PDF reader, loaded only when a PDF arrives (PDF.js is most of its weight). */
async function linesOfPdf(part: ContainerPdf, options: ParseDocumentsOptions): Promise<ContainerLines> {
  const [{ readPdfLines }, { pdfLimitsOf }] = await Promise.all([
    import('../pdf/readPdfLines'),
    import('../pdf/pdfLimitsOf'),
  ]);
  const lines = await readPdfLines(part.bytes, pdfLimitsOf(options), labelOf(part));
  // A PDF keeps no link targets, so its documents get no id from the cover page.
  return { kind: 'lines', container: part.container, lines, links: new Map() };
}

/** The drafts of one DOCX's (or PDF's) lines as articles, numbered from `before`; a document that is no export is rejected. */
function* articlesOfLines(
  part: ContainerLines,
  before: number,
  enrich: boolean,
  skipThrough: number,
  documentName: string,
) {
  if (!isNexisUniLayout(part.lines)) {
    const what =
      part.container.member === undefined ? `The ${documentName}` : `The member ${part.container.member}`;
    const kind = documentName === 'PDF' ? 'a PDF' : 'a Word document';
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      `${what} is ${kind} but not a news export the parser knows (Nexis Uni).`,
    );
  }
  const { drafts, announcedDocuments } = parseNexisUniLines(part.lines, before, part.links);
  if (drafts.length === 0) {
    throw new ParseRejectionError('NO_ARTICLE', 'The Nexis Uni export holds no document with any text.');
  }
  for (const draft of drafts) {
    if (draft.documentIndex <= skipThrough) {
      yield { documentIndex: draft.documentIndex, article: null, announcedDocuments };
      continue;
    }
    const hash = contentHash(part.lines, draft.lineSpan.start, draft.lineSpan.end);
    const article = finishArticle(draft, hash, enrich);
    yield {
      documentIndex: draft.documentIndex,
      article: withContainer(article, part.container, draft.documentIndex),
      announcedDocuments,
    };
  }
}

/**
 * Parses a DOCX, PDF or ZIP upload into the events of `parseDocuments`: a Nexis Uni DOCX or PDF into its
 * documents, a ZIP member by member in name order (DOCX and PDF members here, text members through `parseText`), with
 * `documentIndex` counted across the whole upload and each article's `container` set. A member that
 * cannot be read gives a `member-rejected` event and the others are still read; an upload with no
 * article at all gives its members' `member-rejected` events, then is rejected, naming their reasons. Loaded on demand, so text uploads never load it.
 *
 * @example
 * ```ts
 * for await (const step of parseContainerDocuments(zipBytes, {}, parseEvents)) {
 *   if (step.kind === 'article') console.log(step.article.container?.member, step.position.documentIndex);
 * }
 * ```
 */
export async function* parseContainerDocuments(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
  parseText: ParseText,
): AsyncGenerator<ParseEvent, void, undefined> {
  const tooLarge = tooLargeRejection(bytes, options);
  if (tooLarge !== null) {
    yield { kind: 'rejected', rejection: tooLarge };
    return;
  }
  const skipThrough = options.resumeAfter?.documentIndex ?? 0;
  const enrich = options.enrich !== false;
  const failures: { member: string; rejection: Rejection }[] = [];
  let documents = 0;
  let info: ParsedFileInfo | null = null;
  let held: ParseEvent[] = [];
  // `file` comes first: member failures seen before it wait for it.
  const announce = function* (
    next: ParsedFileInfo,
    expectedDocuments?: number | null,
  ): Generator<ParseEvent> {
    if (info !== null) return;
    info = next;
    yield { kind: 'file', ...next, ...(expectedDocuments == null ? {} : { expectedDocuments }) };
    yield* held;
    held = [];
  };
  const memberFailed = function* (member: string, rejection: Rejection): Generator<ParseEvent> {
    failures.push({ member, rejection });
    const event: ParseEvent = { kind: 'member-rejected', member, rejection };
    if (info === null) held.push(event);
    else yield event;
  };
  let uploadKind: ArticleContainer['kind'] = 'zip';
  try {
    for (const part of readContainer(bytes, containerLimitsOf(options))) {
      if (part.kind === 'rejected') {
        yield* memberFailed(part.member ?? '', part.rejection);
        continue;
      }
      uploadKind = part.container.member === undefined ? part.container.kind : 'zip';
      const fileInfo = (
        format: ParsedFileInfo['format'],
        encoding: ParsedFileInfo['encoding'],
      ): ParsedFileInfo => ({
        format,
        encoding,
        compressed: false,
        container: { kind: uploadKind },
      });
      if (part.kind === 'lines' || part.kind === 'pdf') {
        try {
          const read = part.kind === 'pdf' ? await linesOfPdf(part, options) : part;
          const name = part.kind === 'pdf' ? 'PDF' : 'DOCX';
          for (const { documentIndex, article, announcedDocuments } of articlesOfLines(
            read,
            documents,
            enrich,
            skipThrough,
            name,
          )) {
            documents = documentIndex;
            if (article === null) continue;
            // A DOCX's cover page counts its own documents; a ZIP's members add up to more than any one says.
            const whole = part.container.member === undefined;
            yield* announce(fileInfo('nexis-uni', 'utf-8'), whole ? announcedDocuments : null);
            yield { kind: 'article', article, position: { documentIndex } };
          }
        } catch (error) {
          if (part.container.member === undefined) throw error;
          yield* memberFailed(part.container.member, toRejection(error));
        }
        continue;
      }
      const member = part.container.member ?? '';
      const before = documents;
      for await (const event of parseText(part.bytes, { ...options, resumeAfter: undefined })) {
        if (event.kind === 'rejected') yield* memberFailed(member, event.rejection);
        if (event.kind !== 'article') continue;
        const documentIndex = before + event.article.documentIndex;
        documents = Math.max(documents, documentIndex);
        if (documentIndex <= skipThrough) continue;
        // The parser's own articles carry a format it knows; `format` is open only for readers of records.
        yield* announce(fileInfo(event.article.format as KnownSourceFormat, 'utf-8'));
        yield {
          kind: 'article',
          article: withContainer(event.article, part.container, documentIndex),
          position: { documentIndex },
        };
      }
    }
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  if (info !== null) return;
  if (skipThrough > 0 && documents > 0) {
    yield* announce({
      format: 'nexis-uni',
      encoding: 'utf-8',
      compressed: false,
      container: { kind: uploadKind },
    });
    return;
  }
  const first = failures[0];
  if (first === undefined) {
    yield {
      kind: 'rejected',
      rejection: { code: 'NO_ARTICLE', message: 'The ZIP archive holds no export file.' },
    };
    return;
  }
  // No `file` came: the members' own reasons go out before the rejection, so a consumer can record each.
  yield* held;
  const named = failures
    .slice(0, MAX_NAMED_FAILURES)
    .map((failure) => `${failure.member}: ${failure.rejection.message}`)
    .join(' ');
  const more =
    failures.length > MAX_NAMED_FAILURES ? ` (and ${failures.length - MAX_NAMED_FAILURES} more)` : '';
  yield {
    kind: 'rejected',
    rejection: {
      code: first.rejection.code,
      message: `No member of the ZIP archive could be read. ${named}${more}`,
    },
  };
}
