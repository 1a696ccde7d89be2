import { ParseRejectionError } from '../errors';
import { rtfStart } from '../rtfStart';
import { RtfTextCollector } from './RtfTextCollector';
import { tokenizeRtf } from './tokenizeRtf';
import type { RtfText } from './types';

/**
 * Reads an RTF file into the text lines Word shows (one per paragraph, line break or table row), the
 * same lines the DOCX reader gives for the same document, with the code page the file names.
 *
 * @throws {ParseRejectionError} `CORRUPT_RTF` and `RTF_TOO_DEEP` from {@link tokenizeRtf}; `NO_TEXT`
 *   for a file with no visible text (pictures only, or empty).
 * @example
 * ```ts
 * readRtfLines(new TextEncoder().encode('{\\rtf1\\ansi Hello\\par World}')).lines; // ['Hello', 'World']
 * ```
 */
export function readRtfLines(bytes: Uint8Array, label = 'The RTF file'): RtfText {
  // A byte-order mark or white space before `{\rtf` is not text; bytes that are not RTF fail as corrupt.
  const start = Math.max(0, rtfStart(bytes));
  const collector = new RtfTextCollector();
  tokenizeRtf(start === 0 ? bytes : bytes.subarray(start), collector);
  const lines = collector.finish();
  if (collector.textLines === 0) {
    throw new ParseRejectionError('NO_TEXT', `${label} holds no text (only pictures or empty pages).`);
  }
  return { lines, codePage: collector.codePage };
}
