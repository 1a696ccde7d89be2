import { detectUtf16 } from './detectUtf16';
import { SNIFF_TEXT_CHARS } from './limits';
import { sniffTextFormat } from './sniffTextFormat';

/**
 * Whether an upload's bytes are HTML, from their first characters (as {@link sniffTextFormat} judges
 * them), without decoding the file: the check that sends an upload to the HTML readers, which are
 * loaded only then. Gzip-compressed HTML is not looked into (the text parser names it).
 *
 * @example
 * ```ts
 * looksLikeHtml(new TextEncoder().encode('<HTML><BODY>…')); // true
 * ```
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  // Enough bytes for the characters sniffTextFormat reads after leading white space, in UTF-16 too.
  const head = bytes.subarray(0, SNIFF_TEXT_CHARS * 8);
  const utf16 = detectUtf16(head);
  const text = new TextDecoder(utf16 ?? 'latin1').decode(head);
  return sniffTextFormat(text.replace(/^(?:\uFEFF|ï»¿)/, '')) === 'HTML';
}
