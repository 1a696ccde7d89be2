import { sniffContainer } from './containers/sniffContainer';
import { ParseRejectionError } from './errors';
import { sniffFactiva } from './factiva/sniffFactiva';
import { gunzipWithLimit } from './gunzipWithLimit';
import { isGzippedExport } from './isGzippedExport';
import { DEFAULT_MAX_BYTES } from './limits';
import { looksLikeHtml } from './looksLikeHtml';
import { parseEvents } from './parseEvents';
import { rtfStart } from './rtfStart';
import { tooLargeRejection } from './tooLargeRejection';
import type { ParseDocumentsOptions, ParseEvent } from './types';
import { sniffVendor } from './vendors/sniffVendor';

/**
 * A file or ZIP member's own events: RTF, Factiva, HTML, other vendors' text exports and e-mails through
 * their readers (each loaded only when such bytes arrive, so other uploads and the cold start never pay for
 * them), else the text parser.
 */
async function* parseFileBytes(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  if (isGzippedExport(bytes)) {
    yield* parseGzippedExport(bytes, options);
    return;
  }
  yield* parseOwnBytes(bytes, options);
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
  // One layer only: what it holds is read without looking for gzip again.
  for await (const event of parseOwnBytes(inflated, options))
    yield event.kind === 'file' ? { ...event, compressed: true } : event;
}

/** The bytes of a file as they are (no gzip layer to take off first). */
async function* parseOwnBytes(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  if (rtfStart(bytes) !== -1) {
    const { parseRtfDocuments } = await import('./rtf/parseRtfDocuments');
    yield* parseRtfDocuments(bytes, options);
    return;
  }
  const factiva = sniffFactiva(bytes);
  if (factiva !== null) {
    // Loaded only when a Factiva export arrives (XML, field-code text).
    const { parseFactivaDocuments } = await import('./factiva/parseFactivaDocuments');
    yield* parseFactivaDocuments(bytes, factiva, options);
    return;
  }
  // An e-mail before HTML: its HTML part (which can open within its first kilobyte) is read only through its MIME reader.
  const layout = sniffVendor(bytes);
  if (layout !== 'email' && looksLikeHtml(bytes)) {
    const { parseHtmlDocuments } = await import('./html/parseHtmlDocuments');
    yield* parseHtmlDocuments(bytes, options);
    return;
  }
  if (layout !== null) {
    const { parseVendorDocuments } = await import('./vendors/parseVendorDocuments');
    yield* parseVendorDocuments(bytes, layout, options);
    return;
  }
  yield* parseEvents(bytes, options);
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
  if (sniffContainer(bytes) !== null) {
    // Loaded only when a DOCX, PDF or ZIP arrives, so text uploads (and the cold start) never pay for it.
    const { parseContainerDocuments } = await import('./containers/parseContainerDocuments');
    yield* parseContainerDocuments(bytes, options, parseFileBytes);
    return;
  }
  yield* parseFileBytes(bytes, options);
}
