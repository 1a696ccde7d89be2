import { containerLimitsOf } from '../../lambda/parser/containers/containerLimitsOf';
import { readContainer } from '../../lambda/parser/containers/readContainer';
import { ParseRejectionError } from '../../lambda/parser/errors';
import { pdfLimitsOf } from '../../lambda/parser/pdf/pdfLimitsOf';
import { readPdfLines } from '../../lambda/parser/pdf/readPdfLines';
import { prepareText } from '../../lambda/parser/prepareText';
import type { ContainerText } from '../types';

/**
 * The text of each document file in a DOCX or ZIP upload, as the parser read it: a DOCX's lines as its
 * reader produced them, a PDF's as the PDF reader laid them out, a text member's lines as the text parser
 * split them. These are the lines an
 * article's provenance numbers (per member). A member the parser cannot read gives its rejection.
 *
 * @example
 * ```ts
 * for (const { member, lines } of await containerTexts(zipBytes)) console.log(member, lines.length);
 * ```
 */
export async function containerTexts(bytes: Uint8Array): Promise<ContainerText[]> {
  const texts: ContainerText[] = [];
  for (const part of readContainer(bytes, containerLimitsOf({}))) {
    if (part.kind === 'rejected') {
      texts.push({ member: part.member, lines: [], rejection: part.rejection.message });
      continue;
    }
    const { member } = part.container;
    if (part.kind === 'lines') {
      texts.push({ member, lines: part.lines });
      continue;
    }
    try {
      const lines =
        part.kind === 'pdf'
          ? await readPdfLines(
              part.bytes,
              pdfLimitsOf({}),
              member === undefined ? 'The PDF' : `The member ${member}`,
            )
          : [...prepareText(part.bytes, {}).batches()].flat();
      texts.push({ member, lines });
    } catch (error) {
      if (!(error instanceof ParseRejectionError)) throw error;
      texts.push({ member, lines: [], rejection: error.message });
    }
  }
  return texts;
}
