import { eventsOfDrafts } from '../eventsOfDrafts';
import { tooLargeRejection } from '../tooLargeRejection';
import type { ArticleContainer, ParseDocumentsOptions, ParsedFileInfo, ParseEvent } from '../types';
import { documentsOfLines } from './documentsOfLines';
import { readRtfLines } from './readRtfLines';

const CONTAINER: ArticleContainer = { kind: 'rtf' };

const NO_ARTICLE: Readonly<Record<'nexis' | 'nexis-uni' | 'factiva', string>> = {
  factiva: 'The Factiva RTF export holds no document with any text.',
  nexis: 'The LexisNexis RTF export holds no document with any text.',
  'nexis-uni': 'The Nexis Uni RTF export holds no document with any text.',
};

/**
 * Parses an RTF upload into the events of `parseDocuments`: its text lines (`readRtfLines`) go to the
 * Nexis Uni layout reader (the one DOCX uses) or the classic LexisNexis reader (the one TXT uses), and
 * each article carries `container: { kind: 'rtf' }`; its provenance line numbers are of those lines.
 * A `.DOC` that is RTF inside arrives here too: the bytes decide. Loaded on demand, only when RTF bytes
 * arrive, so the cold start does not grow.
 *
 * @example
 * ```ts
 * for await (const step of parseRtfDocuments(bytes, {})) {
 *   if (step.kind === 'article') console.log(step.article.format, step.article.container); // 'nexis-uni' { kind: 'rtf' }
 * }
 * ```
 */
export async function* parseRtfDocuments(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  const tooLarge = tooLargeRejection(bytes, options);
  if (tooLarge !== null) {
    yield { kind: 'rejected', rejection: tooLarge };
    return;
  }
  const skipThrough = options.resumeAfter?.documentIndex ?? 0;
  const enrich = options.enrich !== false;
  // The text is Unicode once read (`\uN`, and `\'hh` decoded in the file's code page).
  const file: ParsedFileInfo = {
    format: 'nexis-uni',
    encoding: 'utf-8',
    compressed: false,
    container: CONTAINER,
  };
  const drafts = () => {
    const { lines } = readRtfLines(bytes);
    const documents = documentsOfLines(lines, skipThrough, options.provenance !== false, 'The RTF file');
    file.format = documents.format;
    return documents.drafts;
  };
  yield* eventsOfDrafts(drafts, {
    file,
    skipThrough,
    enrich,
    container: CONTAINER,
    empty: () =>
      skipThrough > 0
        ? null
        : { code: 'NO_ARTICLE', message: NO_ARTICLE[file.format as 'nexis' | 'nexis-uni' | 'factiva'] },
  });
}
