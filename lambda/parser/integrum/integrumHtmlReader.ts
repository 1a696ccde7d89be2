import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import type { DecodedHtml, HtmlReader } from '../html/types';
import type { DocumentDraft } from '../types';
import { integrumHtmlLines } from './integrumHtmlLines';
import { CARET_LABEL } from './integrumLabels';
import { readIntegrumDocument } from './readIntegrumDocument';

/** Where each full text starts: a caret label after a line that is not one (the list before has none). */
function documentStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let previousLabel = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const label = CARET_LABEL.test(line);
    if (label && !previousLabel) starts.push(i);
    previousLabel = label;
  }
  return starts;
}

function* draftsOfHtml(
  html: DecodedHtml,
  skipThrough: number,
  provenance: boolean,
): Generator<DocumentDraft> {
  const lines = integrumHtmlLines(html.text);
  const starts = documentStarts(lines);
  if (starts.length === 0)
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file looks like an Integrum export (HTML), but no full text in it opens with caret labels (^ИС:, ^ЗГ:).',
    );
  for (let i = 0; i < starts.length; i++) {
    const documentIndex = i + 1;
    if (documentIndex <= skipThrough) continue;
    const start = starts[i]!;
    const end = starts[i + 1] ?? lines.length;
    const draft = readIntegrumDocument(lines, start, end, documentIndex, provenance);
    if (draft === null) continue;
    const own = lines.slice(start, end);
    yield { draft, contentHash: contentHash(own, draft.lineSpan.start, draft.lineSpan.end) };
  }
}

/**
 * The reader of Integrum HTML exports (Windows-1251, declared or sniffed by the HTML layer): the
 * numbered list is passed over, and each full text, opened by its caret labels, is read by
 * {@link readIntegrumDocument}.
 *
 * @example
 * ```ts
 * for (const { draft } of integrumHtmlReader.drafts(decodeHtml(bytes), 0, true)) console.log(draft.headline);
 * ```
 */
export const integrumHtmlReader: HtmlReader = {
  format: 'integrum',
  drafts: draftsOfHtml,
  lines: (html) => integrumHtmlLines(html.text),
};
