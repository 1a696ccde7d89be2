import { ParseRejectionError } from './errors';
import { gunzipWithLimit } from './gunzipWithLimit';
import { DEFAULT_MAX_BYTES } from './limits';
import { parseEvents } from './parseEvents';
import { pickReader, type ReaderChoice } from './pickReader';
import { tooLargeRejection } from './tooLargeRejection';
import type { ParseDocumentsOptions, ParseEvent } from './types';

/**
 * A file or ZIP member's own events: RTF, Factiva, HTML, other vendors' text exports and e-mails through
 * their readers (each loaded only when such bytes arrive, so other uploads and the cold start never pay for
 * them; {@link pickReader} chooses), else the text parser. A ZIP member is never a container here: the
 * container reader has opened those already.
 */
async function* parseFileBytes(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
  choice: ReaderChoice | null,
): AsyncGenerator<ParseEvent, void, undefined> {
  switch (choice?.reader) {
    case 'gzipped':
      yield* parseGzippedExport(bytes, options);
      return;
    case 'rtf': {
      const { parseRtfDocuments } = await import('./rtf/parseRtfDocuments');
      yield* parseRtfDocuments(bytes, options);
      return;
    }
    case 'factiva': {
      const { parseFactivaDocuments } = await import('./factiva/parseFactivaDocuments');
      yield* parseFactivaDocuments(bytes, choice.layout, options);
      return;
    }
    case 'html': {
      const { parseHtmlDocuments } = await import('./html/parseHtmlDocuments');
      yield* parseHtmlDocuments(bytes, options);
      return;
    }
    case 'vendor': {
      const { parseVendorDocuments } = await import('./vendors/parseVendorDocuments');
      yield* parseVendorDocuments(bytes, choice.layout, options);
      return;
    }
    default:
      yield* parseEvents(bytes, options);
  }
}

/** A gzip upload holding a vendor's export: inflated (one layer, capped), then read as the file itself. */
async function* parseGzippedExport(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  const tooLarge = tooLargeRejection(bytes, options);
  if (tooLarge !== null) {
    yield { kind: 'rejected', rejection: tooLarge };
    return;
  }
  let inflated: Uint8Array;
  try {
    inflated = gunzipWithLimit(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    if (!(error instanceof ParseRejectionError)) throw error;
    yield { kind: 'rejected', rejection: error.toRejection() };
    return;
  }
  // One layer only: what it holds is read as a file, never as a container or another gzip layer.
  const choice = pickReader(inflated);
  const own = choice?.reader === 'container' || choice?.reader === 'gzipped' ? null : choice;
  for await (const event of parseFileBytes(inflated, options, own))
    yield event.kind === 'file' ? { ...event, compressed: true } : event;
}

/**
 * Parses the bytes of one upload incrementally: PressReader pages, Nexis exports (one article per
 * document) and plain text, in UTF-8, UTF-16 or Windows-1252, gzip-compressed or not; Nexis Uni DOCX
 * and PDF exports, RTF exports (Nexis Uni, classic LexisNexis), Factiva XML and field-code text, HTML exports
 * of the vendors in `html/htmlReaders.ts`, e-mailed ProQuest results, and ZIPs of exports member by member
 * (`member-rejected` for a member that cannot be read). It yields the
 * file's format first, then its articles one by one as the documents are split, each with the position
 * a later slice can resume from (`resumeAfter`), or one rejection with a machine-readable code and a
 * message naming the reason. Only the document in hand is held, so memory does not grow with the file.
 * Asynchronous so that readers loaded on demand fit the same shape; it never throws.
 *
 * Without `resumeAfter`, `file` comes just before the first article, and a file with no article gives
 * only `rejected` (`NO_ARTICLE`). With it, `file` comes even when no document follows. A `rejected`
 * after articles means a defect of the parser (`PARSER_ERROR`): the whole upload is then rejected.
 *
 * @example
 * ```ts
 * for await (const step of parseDocuments(bytes, { resumeAfter: { documentIndex: 3000 } })) {
 *   if (step.kind === 'article') await store(step.article, step.position);
 *   else if (step.kind === 'rejected') console.error(step.rejection.code);
 * }
 * ```
 */
export async function* parseDocuments(
  bytes: Uint8Array,
  options: ParseDocumentsOptions = {},
): AsyncGenerator<ParseEvent, void, undefined> {
  const choice = pickReader(bytes);
  if (choice?.reader === 'container') {
    // Loaded only when a DOCX, PDF or ZIP arrives, so text uploads (and the cold start) never pay for it.
    const { parseContainerDocuments } = await import('./containers/parseContainerDocuments');
    yield* parseContainerDocuments(bytes, options, (member, memberOptions) =>
      parseFileBytes(member, memberOptions, pickReader(member)),
    );
    return;
  }
  yield* parseFileBytes(bytes, options, choice);
}
