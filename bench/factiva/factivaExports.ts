import { FACTIVA_DOCUMENTS } from '../../test/fixtures/factiva/factivaDocuments';
import type { FactivaDocument, FactivaUi } from '../../test/helpers/factivaExport';
import {
  factivaDivHtml,
  factivaLabelledHtml,
  factivaRtf,
  factivaText,
  factivaXml,
} from '../../test/helpers/factivaExport';
import { rtfText } from '../../test/helpers/writeRtf';

/** The Factiva layouts the bench measures, each as the bytes of one export. */
export type FactivaBenchLayout =
  | 'factiva-xml'
  | 'factiva-text'
  | 'factiva-rtf'
  | 'factiva-html-labelled'
  | 'factiva-html-divs';

const FILLER = [
  'The committee met on Thursday evening to hear residents on the timetable.',
  'Several speakers asked for a later last crossing in the summer months.',
  'Officials said the budget would be set before the end of the quarter.',
];

/** `count` invented documents, each the fixtures' with a body of about 500 words (Factiva stories run 300 to 1,000) and its own accession number. */
function documents(count: number): FactivaDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = FACTIVA_DOCUMENTS[i % FACTIVA_DOCUMENTS.length]!;
    const text = [...base.text, ...Array.from({ length: 12 }, (_, p) => `${FILLER.join(' ')} (${i}.${p})`)];
    return { ...base, text, accessionNo: `${base.accessionNo.slice(0, -6)}${String(i).padStart(6, '0')}` };
  });
}

/**
 * One invented export per Factiva layout, of `count` documents, for the throughput figures: XML, field-code
 * text, RTF, and the labelled and div HTML layouts (English UI).
 *
 * @example
 * ```ts
 * const exports = factivaExports(1000); // exports['factiva-xml'].bytes, .documents
 * ```
 */
export function factivaExports(
  count: number,
  ui: FactivaUi = 'en',
): Record<FactivaBenchLayout, { bytes: Uint8Array; documents: number }> {
  const docs = documents(count);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const text = factivaText(docs, ui, { codeStyle: 'tab' });
  return {
    'factiva-xml': { bytes: utf8(factivaXml(docs)), documents: count },
    'factiva-text': { bytes: utf8(factivaText(docs, ui)), documents: count },
    'factiva-rtf': { bytes: factivaRtf(text, (line) => rtfText(line)), documents: count },
    'factiva-html-labelled': { bytes: utf8(factivaLabelledHtml(docs, ui)), documents: count },
    'factiva-html-divs': { bytes: utf8(factivaDivHtml(docs, ui)), documents: count },
  };
}
