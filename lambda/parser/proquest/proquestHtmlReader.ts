import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import type { DecodedHtml, HtmlReader } from '../html/types';
import type { DocumentDraft } from '../types';
import { proquestHtmlLines } from './proquestHtmlLines';
import { readProQuestDocument } from './readProQuestDocument';

function* draftsOfHtml(
  html: DecodedHtml,
  skipThrough: number,
  provenance: boolean,
): Generator<DocumentDraft> {
  const { lines, documents, end } = proquestHtmlLines(html.text);
  if (documents.length === 0)
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file looks like ProQuest results (HTML), but no document in it opens with a DocID anchor.',
    );
  for (let i = 0; i < documents.length; i++) {
    const documentIndex = i + 1;
    if (documentIndex <= skipThrough) continue;
    const document = documents[i]!;
    const stop = Math.max(document.start, i + 1 < documents.length ? documents[i + 1]!.start : end);
    const own = lines.slice(document.start, stop);
    const draft = readProQuestDocument(own, documentIndex, document.start, false, provenance);
    if (draft === null) continue;
    if (draft.statedWordCount === null) draft.statedWordCount = document.wordCount;
    if (draft.sourceDocumentId === undefined && document.anchorId !== null)
      draft.sourceDocumentId = { vendor: 'proquest', id: document.anchorId };
    yield { draft, contentHash: contentHash(own, draft.lineSpan.start, draft.lineSpan.end) };
  }
}

/**
 * The reader of ProQuest results in HTML (the saved results page, and the HTML part of a results e-mail,
 * older and 2023 layouts): lays the markup out as lines ({@link proquestHtmlLines}), cuts them at each
 * document's `DocID_` anchor, and reads each with the plain-text export's own reader, so the same
 * document gives the same fields in TXT, HTML and e-mail. The word count comes from `<text wordcount>`.
 *
 * @example
 * ```ts
 * for (const { draft } of proquestHtmlReader.drafts(decodeHtml(bytes), 0, true)) console.log(draft.headline);
 * ```
 */
export const proquestHtmlReader: HtmlReader = {
  format: 'proquest',
  drafts: draftsOfHtml,
  lines: (html) => proquestHtmlLines(html.text).lines,
};
