import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import type { DecodedHtml, HtmlReader } from '../html/types';
import type { DocumentDraft } from '../types';
import { europresseHtmlLines } from './europresseHtmlLines';
import { readEuropresseDocument } from './readEuropresseDocument';

function* draftsOfHtml(
  html: DecodedHtml,
  skipThrough: number,
  provenance: boolean,
): Generator<DocumentDraft> {
  const { lines, documents } = europresseHtmlLines(html.text);
  if (documents.length === 0)
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file looks like a Europresse export (HTML), but no document in it has a DocPublicationName or an <article>.',
    );
  for (let i = 0; i < documents.length; i++) {
    const documentIndex = i + 1;
    if (documentIndex <= skipThrough) continue;
    const document = documents[i]!;
    // A cut-off file can mark a part past its last line: the document ends with the lines there are.
    const next = i + 1 < documents.length ? documents[i + 1]!.start : lines.length;
    const end = Math.min(lines.length, Math.max(next, document.start));
    if (document.start >= end) continue;
    const draft = readEuropresseDocument(lines, document, end, documentIndex, provenance);
    if (draft === null) continue;
    const own = lines.slice(document.start, end);
    yield { draft, contentHash: contentHash(own, draft.lineSpan.start, draft.lineSpan.end) };
  }
}

/**
 * The reader of Europresse HTML exports, the older layout (`DocPublicationName`, `DocHeader`,
 * `TitreArticleVisu` spans and loose text, often ISO-8859-1 declared over UTF-8 bytes, which the HTML
 * layer's decoding overrules) and the newer one (an `<article>` a document): each document's lines are
 * read by {@link readEuropresseDocument}, `Numéro de document` giving `sourceDocumentId`.
 *
 * @example
 * ```ts
 * for (const { draft } of europresseHtmlReader.drafts(decodeHtml(bytes), 0, true)) console.log(draft.publishedDate);
 * ```
 */
export const europresseHtmlReader: HtmlReader = {
  format: 'europresse',
  drafts: draftsOfHtml,
  lines: (html) => europresseHtmlLines(html.text).lines,
};
