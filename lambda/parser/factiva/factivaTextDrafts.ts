import { contentHash } from '../contentHash';
import type { DocumentDraft } from '../types';
import { factivaDraftOf } from './factivaDraftOf';
import { factivaTextRecords } from './factivaTextRecords';

/**
 * The drafts of Factiva field-code text lines after `skipThrough`, one at a time with their content
 * hashes: the text reader's records through the one Factiva draft builder. The RTF reader hands its text
 * lines here when they are a Factiva export.
 *
 * @example
 * ```ts
 * for (const { draft } of factivaTextDrafts(readRtfLines(bytes).lines, 0, true)) console.log(draft.sourceDocumentId);
 * ```
 */
export function* factivaTextDrafts(
  lines: readonly string[],
  skipThrough: number,
  provenance: boolean,
): Generator<DocumentDraft, void, undefined> {
  let documentIndex = 0;
  for (const record of factivaTextRecords(lines)) {
    const hasText = record.fields.some(
      (f) =>
        (f.code === 'HD' || f.code === 'LP' || f.code === 'TD' || f.code === 'AN') && f.values.length > 0,
    );
    if (!hasText) continue;
    documentIndex++;
    if (documentIndex <= skipThrough) continue;
    const draft = factivaDraftOf(record, documentIndex, provenance);
    yield { draft, contentHash: contentHash(lines, record.start, record.end) };
  }
}
