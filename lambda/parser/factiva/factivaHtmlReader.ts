import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import type { DecodedHtml, HtmlReader } from '../html/types';
import type { DocumentDraft } from '../types';
import { factivaDivRecords } from './factivaDivRecords';
import { factivaDraftOf } from './factivaDraftOf';
import { factivaHtmlLines } from './factivaHtmlLines';
import { factivaTextRecords } from './factivaTextRecords';
import type { FactivaRecord } from './types';

const hasText = (record: FactivaRecord) =>
  record.fields.some(
    (f) => (f.code === 'HD' || f.code === 'LP' || f.code === 'TD' || f.code === 'AN') && f.values.length > 0,
  );

function* drafts(
  html: DecodedHtml,
  skipThrough: number,
  provenance: boolean,
): Generator<DocumentDraft, void, undefined> {
  const { layout, lines } = factivaHtmlLines(html);
  const records = layout === 'labelled' ? factivaTextRecords(lines) : factivaDivRecords(lines);
  let documentIndex = 0;
  for (const record of records) {
    if (!hasText(record)) continue;
    documentIndex++;
    if (documentIndex <= skipThrough) continue;
    yield {
      draft: factivaDraftOf(record, documentIndex, provenance),
      contentHash: contentHash(lines, record.start, record.end),
    };
  }
  if (documentIndex === 0) {
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file looks like a Factiva HTML export (its article markup), but neither the labelled field-code table nor the article divs hold a document to read.',
    );
  }
}

/**
 * The Factiva HTML reader of the registry: both layouts Factiva has produced, the labelled "Full
 * Article/Report plus Indexing" table and the unlabelled div layout, in any UI language, through the
 * one Factiva draft builder. Loaded on demand by the HTML layer.
 *
 * @example
 * ```ts
 * for (const { draft } of factivaHtmlReader.drafts(decodeHtml(bytes), 0, true)) console.log(draft.headline);
 * ```
 */
export const factivaHtmlReader: HtmlReader = {
  format: 'factiva',
  drafts,
  lines: (html) => factivaHtmlLines(html).lines,
};
