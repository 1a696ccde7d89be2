import { ParseRejectionError } from '../errors';
import { eventsOfDrafts } from '../eventsOfDrafts';
import { gunzipWithLimit } from '../gunzipWithLimit';
import { DEFAULT_MAX_BYTES } from '../limits';
import type {
  ArticleContainer,
  ParseDocumentsOptions,
  ParsedFileInfo,
  ParseEvent,
  Rejection,
} from '../types';
import { WARNINGS } from '../warnings';
import { decodeHtml } from './decodeHtml';
import { HTML_READERS } from './htmlReaders';
import type { DecodedHtml, HtmlReader } from './types';

const CONTAINER: ArticleContainer = { kind: 'html' };

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/** The decoded upload and the reader of its vendor; throws the rejection of an HTML file no reader knows. */
async function readerOf(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
): Promise<{ html: DecodedHtml; reader: HtmlReader; compressed: boolean }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes)
    throw new ParseRejectionError(
      'TOO_LARGE',
      `The file is ${bytes.length} bytes, over the ${maxBytes}-byte limit.`,
    );
  const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const html = decodeHtml(compressed ? gunzipWithLimit(bytes, maxBytes) : bytes);
  const entry = HTML_READERS.find((candidate) => candidate.detect(html.text));
  if (entry === undefined) {
    const known = HTML_READERS.map((candidate) => candidate.name).join(', ');
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The file is HTML but not a news export the parser reads${known === '' ? '' : ` (${known})`}; upload plain text.`,
    );
  }
  return { html, reader: await entry.load(), compressed };
}

/**
 * Parses an HTML upload (gzip-compressed or not) into the events of `parseDocuments`: decodes it ({@link decodeHtml}), picks the
 * vendor reader whose markers it carries ({@link HTML_READERS}), and finishes that reader's drafts into
 * articles, each with `container: { kind: 'html' }`. HTML that no reader recognizes is rejected as
 * `UNSUPPORTED_FORMAT`, as before the readers existed; a charset declaration that the bytes overruled
 * is a warning on every article. Loaded on demand, with the readers, only when HTML arrives.
 *
 * @example
 * ```ts
 * for await (const step of parseHtmlDocuments(bytes, {})) if (step.kind === 'article') console.log(step.article.headline);
 * ```
 */
export async function* parseHtmlDocuments(
  bytes: Uint8Array,
  options: ParseDocumentsOptions = {},
): AsyncGenerator<ParseEvent, void, undefined> {
  const skipThrough = options.resumeAfter?.documentIndex ?? 0;
  const enrich = options.enrich !== false;
  let html: DecodedHtml;
  let reader: HtmlReader;
  let compressed: boolean;
  try {
    ({ html, reader, compressed } = await readerOf(bytes, options));
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  const file: ParsedFileInfo = {
    format: reader.format,
    encoding: html.encoding,
    compressed,
    container: CONTAINER,
  };
  const overruled =
    html.source === 'fallback' ? WARNINGS.charsetOverruled(html.declared ?? '', html.encoding) : null;
  yield* eventsOfDrafts(() => reader.drafts(html, skipThrough, options.provenance !== false), {
    file,
    skipThrough,
    enrich,
    container: CONTAINER,
    warning: overruled,
    empty: () =>
      skipThrough > 0
        ? null
        : { code: 'NO_ARTICLE', message: 'The HTML export holds no document with any text.' },
  });
}
