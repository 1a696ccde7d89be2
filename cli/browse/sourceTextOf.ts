import { rtfStart } from '../../lambda/parser/rtfStart';
import type { SourceText } from './types';

/**
 * The lines the article page shows for the first bytes of a source file (`total` bytes in all): text as
 * it is; an RTF file as the text lines its reader gives, the lines its provenance numbers (loaded only
 * for RTF, and only when the whole file was read); compressed or binary content only a note.
 *
 * @example
 * ```ts
 * (await sourceTextOf(new TextEncoder().encode('Headline\n\nBody.'), 15)).lines; // ['Headline', '', 'Body.']
 * ```
 */
export async function sourceTextOf(bytes: Uint8Array, total: number): Promise<SourceText> {
  if (rtfStart(bytes) !== -1) {
    if (total > bytes.length) {
      return {
        lines: [],
        note: `The source is an RTF file of ${total} bytes, more than is shown: download it to read it.`,
      };
    }
    try {
      const { readRtfLines } = await import('../../lambda/parser/rtf/readRtfLines');
      return {
        lines: readRtfLines(bytes).lines,
        note: 'The source is RTF: its text is shown as the parser read it.',
      };
    } catch (error) {
      return { lines: [], note: `The RTF source could not be read: ${(error as Error).message}` };
    }
  }
  if (bytes.includes(0) || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    return {
      lines: [],
      note: 'The source is not plain text (compressed or binary): download it to read it.',
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return {
    lines: text.replace(/\r\n?/g, '\n').split('\n'),
    note: total > bytes.length ? `Only the first ${bytes.length} of ${total} bytes are shown.` : null,
  };
}
