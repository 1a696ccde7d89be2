import { contentHash } from '../contentHash';
import { ParseRejectionError } from '../errors';
import type { DecodedHtml, HtmlReader } from '../html/types';
import { parseNexisDocument } from '../parseNexisDocument';
import type { DocumentDraft } from '../types';
import { WARNINGS } from '../warnings';
import { classicNexisLines } from './classicNexisLines';
import { classicNexisParts } from './classicNexisParts';

/** Characters of an error "document" quoted in its warning. */
const MAX_QUOTED_CHARS = 120;

/** The error text, on one line and cut short, for the warning. */
function quoted(lines: readonly string[], start: number, end: number): string {
  const text = lines.slice(start, end).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS - 1)}…` : text;
}

function* draftsOfHtml(
  html: DecodedHtml,
  skipThrough: number,
  provenance: boolean,
): Generator<DocumentDraft> {
  const laid = classicNexisLines(html.text);
  const { lines } = laid;
  const parts = classicNexisParts(laid);
  if (!parts.some((part) => part.kind === 'document')) {
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file looks like a classic LexisNexis HTML export, but no document in it opens with an "N of M DOCUMENTS" line or a DOC comment.',
    );
  }
  let documentIndex = 0;
  // A document waits for the part after it, which may be an error "document" to warn it of.
  let held: DocumentDraft | null = null;
  for (const part of parts) {
    if (part.kind === 'error') {
      held?.draft.warnings.push(
        WARNINGS.nexisErrorDocument(part.number ?? 0, quoted(lines, part.start, part.end)),
      );
      continue;
    }
    if (held !== null) yield held;
    held = null;
    documentIndex++;
    if (documentIndex <= skipThrough) continue;
    const documentLines = lines.slice(part.start, part.end);
    const draft = parseNexisDocument(
      documentLines,
      { documentIndex, start: 0, end: documentLines.length },
      part.start,
      provenance,
    );
    if (draft !== null)
      held = { draft, contentHash: contentHash(documentLines, draft.lineSpan.start, draft.lineSpan.end) };
  }
  if (held !== null) yield held;
}

/**
 * The reader of classic LexisNexis (Academic) HTML exports: lays each out as the lines of its text
 * export ({@link classicNexisLines}), splits them at its DOC comments and separators
 * ({@link classicNexisParts}), and reads each document with the text export's own reader, so the same
 * document gives the same fields, `format: 'nexis'`, in TXT and HTML. An error "document" is a warning
 * on the document before it.
 *
 * @example
 * ```ts
 * for (const { draft } of classicNexisHtmlReader.drafts(decodeHtml(bytes), 0, true)) console.log(draft.headline);
 * ```
 */
export const classicNexisHtmlReader: HtmlReader = {
  format: 'nexis',
  drafts: draftsOfHtml,
  lines: (html) => classicNexisLines(html.text).lines,
};
