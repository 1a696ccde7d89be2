import { detectEncoding } from '../detectEncoding';
import { proquestTextDocumentsOf } from '../proquest/proquestTextDocumentsOf';
import { readProQuestDocument } from '../proquest/readProQuestDocument';
import type { TextEncoding } from '../types';
import { textBatches } from './textBatches';
import type { VendorDocument } from './vendorEvents';

/**
 * The documents of a ProQuest plain-text export (UTF-8, UTF-16 or Windows-1252, as any text upload),
 * one at a time; those up to `skipThrough` are split, not read.
 *
 * @example
 * ```ts
 * const { encoding, documents } = readProQuestText(bytes, 0, true);
 * for (const document of documents()) console.log(document.draft?.headline);
 * ```
 */
export function readProQuestText(
  bytes: Uint8Array,
  skipThrough: number,
  provenance: boolean,
): { encoding: TextEncoding; documents: () => Generator<VendorDocument> } {
  const { encoding, textStart } = detectEncoding(bytes);
  function* documents(): Generator<VendorDocument> {
    for (const block of proquestTextDocumentsOf(textBatches(bytes, encoding, textStart))) {
      const { documentIndex, lines } = block;
      const draft =
        documentIndex <= skipThrough
          ? null
          : readProQuestDocument(lines, documentIndex, block.firstLine, block.separator, provenance);
      yield { documentIndex, lines, draft };
    }
  }
  return { encoding, documents };
}
