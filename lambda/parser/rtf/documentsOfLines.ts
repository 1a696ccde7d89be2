import { contentHash } from '../contentHash';
import { draftsOf } from '../draftsOf';
import { ParseRejectionError } from '../errors';
import { FormatDetector } from '../FormatDetector';
import { factivaTextDrafts } from '../factiva/factivaTextDrafts';
import { isFactivaFieldText } from '../factiva/isFactivaFieldText';
import { isNexisUniLayout } from '../nexisUni/isNexisUniLayout';
import { parseNexisUniLines } from '../nexisUni/parseNexisUniLines';
import type { DocumentDraft } from '../types';
import type { LinesDocuments } from './types';

function* nexisUniDrafts(lines: readonly string[], skipThrough: number): Generator<DocumentDraft> {
  for (const draft of parseNexisUniLines(lines, 0).drafts) {
    if (draft.documentIndex <= skipThrough) continue;
    yield { draft, contentHash: contentHash(lines, draft.lineSpan.start, draft.lineSpan.end) };
  }
}

/**
 * Reads the text lines of a word-processor export (RTF today) with the layout reader they match: Factiva's
 * field-code text (the Factiva reader, as for its plain-text export), a
 * Nexis Uni export (the reader DOCX uses, so the same documents give the same fields), or a classic
 * LexisNexis export with `N of M DOCUMENTS` separators (the reader TXT uses, labels in every language it
 * knows). Drafts up to `skipThrough` are not given.
 *
 * @throws {ParseRejectionError} `UNRECOGNIZED_LAYOUT` for text that is neither.
 * @example
 * ```ts
 * const { format, drafts } = documentsOfLines(readRtfLines(bytes).lines, 0, true, 'The RTF file');
 * for (const { draft, contentHash } of drafts) console.log(format, draft.headline, contentHash);
 * ```
 */
export function documentsOfLines(
  lines: readonly string[],
  skipThrough: number,
  provenance: boolean,
  label: string,
): LinesDocuments {
  if (isFactivaFieldText(lines.slice(0, 400).join('\n'))) {
    return { format: 'factiva', drafts: factivaTextDrafts(lines, skipThrough, provenance) };
  }
  if (isNexisUniLayout(lines)) return { format: 'nexis-uni', drafts: nexisUniDrafts(lines, skipThrough) };
  const detector = new FormatDetector();
  detector.push(lines);
  if (detector.format() === 'nexis') {
    return { format: 'nexis', drafts: draftsOf('nexis', [lines], skipThrough, provenance) };
  }
  throw new ParseRejectionError(
    'UNRECOGNIZED_LAYOUT',
    `${label} has text but is not a news export the parser knows (Nexis Uni, or classic LexisNexis with "1 of N DOCUMENTS" lines).`,
  );
}
