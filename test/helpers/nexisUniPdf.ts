import { NEXIS_UNI_WORDS, type NexisUniDocument } from './nexisUniExport';
import type { PdfParagraph } from './writePdf';

const NBSP = '\u00a0';

/**
 * The paragraphs of an invented Nexis Uni PDF export, in the order and sizes such a PDF prints them: an
 * optional cover (date and time, job number, `Documents (N)` and the title list), then each document
 * without a page break before it (so most start mid-page): headline, publication, date line, Copyright,
 * labelled fields, `Body`, the paragraphs, `Classification` with its fields, `Load-Date`, `End of Document`.
 * Paragraphs must be strings (`[-]` and `[page]` as `writePdf` reads them).
 *
 * @example
 * ```ts
 * const pdf = await writePdf(nexisUniPdfParagraphs(documents, { cover: true, language: 'en' }), { footer: 'Page # of ##' });
 * ```
 */
export function nexisUniPdfParagraphs(
  documents: readonly NexisUniDocument[],
  options: { cover: boolean; language: keyof typeof NEXIS_UNI_WORDS },
): PdfParagraph[] {
  const words = NEXIS_UNI_WORDS[options.language];
  const out: PdfParagraph[] = [];
  const labelled = (label: string, value: string): PdfParagraph => ({ text: `${label}:${NBSP}${value}` });
  if (options.cover) {
    out.push(labelled(words.dateAndTime, 'Friday, 5. July 2019 09:31:00 CEST'));
    out.push(labelled(words.jobNumber, '12345678'));
    out.push({ text: `${words.documents} (${documents.length})`, bold: true, gapBefore: 12 });
    documents.forEach((document, index) => {
      out.push({ text: `${index + 1}. ${document.headline}` });
      out.push({ text: 'Client/Matter: -None-' }, { text: 'Search Terms: invented words' });
    });
  }
  for (const document of documents) {
    out.push({ text: document.headline, size: 14, bold: true, gapBefore: 28 });
    out.push({ text: document.publication, size: 11, gapBefore: 8 });
    out.push({ text: document.dateLine, size: 11, gapBefore: 4 });
    if (document.copyright !== undefined) out.push({ text: document.copyright, size: 9, gapBefore: 8 });
    for (const [label, value] of document.fields) out.push(labelled(label, value));
    out.push({ text: words.body, bold: true, gapBefore: 12 });
    for (const paragraph of document.paragraphs) {
      if (typeof paragraph !== 'string') throw new Error('a PDF fixture paragraph is a string');
      if (paragraph !== '') out.push({ text: paragraph });
    }
    if (document.graphic !== undefined) {
      out.push({ text: words.graphic, bold: true, gapBefore: 12 });
      for (const line of document.graphic) out.push({ text: line });
    }
    if (document.classification !== undefined) {
      out.push({ text: words.classification, bold: true, gapBefore: 12 });
      for (const [label, value] of document.classification) out.push(labelled(label, value));
    }
    if (document.loadDate !== undefined)
      out.push({ ...labelled(words.loadDate, document.loadDate), gapBefore: 12 });
    if (document.ended !== false) out.push({ text: words.end, gapBefore: 12 });
  }
  return out;
}
