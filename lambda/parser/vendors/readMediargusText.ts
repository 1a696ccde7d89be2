import { detectEncoding } from '../detectEncoding';
import { mediargusDocumentsOf } from '../mediargus/mediargusDocumentsOf';
import { readMediargusDocument } from '../mediargus/readMediargusDocument';
import type { TextEncoding } from '../types';
import { textBatches } from './textBatches';
import type { VendorDocument } from './vendorEvents';

/**
 * The documents of a Mediargus text export (Windows-1252 as exported, or UTF-8), one at a time; those up
 * to `skipThrough` are split, not read.
 *
 * @example
 * ```ts
 * for (const document of readMediargusText(bytes, 0, true).documents()) console.log(document.draft?.publication);
 * ```
 */
export function readMediargusText(
  bytes: Uint8Array,
  skipThrough: number,
  provenance: boolean,
): { encoding: TextEncoding; documents: () => Generator<VendorDocument> } {
  const { encoding, textStart } = detectEncoding(bytes);
  function* documents(): Generator<VendorDocument> {
    for (const document of mediargusDocumentsOf(textBatches(bytes, encoding, textStart))) {
      const draft =
        document.documentIndex <= skipThrough ? null : readMediargusDocument(document, provenance);
      yield { documentIndex: document.documentIndex, lines: document.lines, draft };
    }
  }
  return { encoding, documents };
}
