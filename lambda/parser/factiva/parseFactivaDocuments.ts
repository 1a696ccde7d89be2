import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import { eventsOfDrafts } from '../eventsOfDrafts';
import { tooLargeRejection } from '../tooLargeRejection';
import type { ParseDocumentsOptions, ParseEvent, Rejection } from '../types';
import { factivaDraftOf } from './factivaDraftOf';
import { factivaTextRecords } from './factivaTextRecords';
import { factivaXmlRecords } from './factivaXmlRecords';
import { readFactivaLines } from './readFactivaLines';
import type { FactivaLayout, FactivaRecord } from './types';

/** What each layout is called in messages. */
const LAYOUT_NAMES: Readonly<Record<FactivaLayout, string>> = {
  xml: 'Factiva XML export',
  text: 'Factiva field-code text export',
  rtf: 'Factiva RTF export',
  html: 'Factiva HTML export',
};

/** Each layout's reader: the documents of the export's lines. */
const READERS: Partial<Record<FactivaLayout, (lines: readonly string[]) => Iterable<FactivaRecord>>> = {
  xml: factivaXmlRecords,
  text: factivaTextRecords,
};

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/** A record that holds no text a reader could use: no headline, no paragraph, no accession number. */
const isEmpty = (record: FactivaRecord) =>
  !record.fields.some(
    (f) => (f.code === 'HD' || f.code === 'LP' || f.code === 'TD' || f.code === 'AN') && f.values.length > 0,
  );

/**
 * Parses a Factiva export (the layout its bytes showed: XML, field-code text) into the events of
 * `parseDocuments`: `file` with format `factiva`, then one article per document with its position and
 * provenance (line numbers of the decoded export, see {@link readFactivaLines}). The whole export is read
 * before the first article, so a broken one is rejected as a whole and never half-stored. Loaded on
 * demand: uploads of other formats never load it.
 *
 * @example
 * ```ts
 * for await (const step of parseFactivaDocuments(bytes, 'xml', {})) if (step.kind === 'article') console.log(step.article.sourceDocumentId);
 * ```
 */
export async function* parseFactivaDocuments(
  bytes: Uint8Array,
  layout: FactivaLayout,
  options: ParseDocumentsOptions = {},
): AsyncGenerator<ParseEvent, void, undefined> {
  if (layout === 'html') {
    // Factiva HTML behind a stray first line: the HTML layer reads it (its registry finds Factiva).
    const { parseHtmlDocuments } = await import('../html/parseHtmlDocuments');
    yield* parseHtmlDocuments(bytes, options);
    return;
  }
  const skipThrough = options.resumeAfter?.documentIndex ?? 0;
  const tooLarge = tooLargeRejection(bytes, options);
  if (tooLarge !== null) {
    yield { kind: 'rejected', rejection: tooLarge };
    return;
  }
  let lines: string[];
  let encoding: ReturnType<typeof readFactivaLines>['encoding'];
  let records: FactivaRecord[];
  try {
    const read = READERS[layout];
    if (read === undefined) {
      throw new ParseRejectionError(
        'UNSUPPORTED_FORMAT',
        `The file is a ${LAYOUT_NAMES[layout]}, which the parser does not read yet; export Factiva XML or plain text instead.`,
      );
    }
    ({ lines, encoding } = readFactivaLines(bytes));
    records = [...read(lines)].filter((record) => !isEmpty(record));
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  const file = { format: 'factiva', encoding, compressed: false } as const;
  if (records.length === 0) {
    if (skipThrough > 0) yield { kind: 'file', ...file };
    else
      yield {
        kind: 'rejected',
        rejection: {
          code: 'NO_ARTICLE',
          message: `The file looks like a ${LAYOUT_NAMES[layout]}, but holds no document with a headline, text or accession number.`,
        },
      };
    return;
  }
  const announced = skipThrough > 0;
  if (announced) yield { kind: 'file', ...file };
  const provenance = options.provenance !== false;
  const drafts = function* () {
    for (let index = skipThrough; index < records.length; index++) {
      const record = records[index]!;
      const draft = factivaDraftOf(record, index + 1, provenance);
      yield { draft, contentHash: contentHash(lines, record.start, record.end) };
    }
  };
  const enrich = options.enrich !== false;
  yield* eventsOfDrafts(drafts, { file, skipThrough, enrich, announced, empty: () => null });
}
