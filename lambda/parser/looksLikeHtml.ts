import { detectUtf16 } from './detectUtf16';
import { gzipHead } from './gzipHead';
import { SNIFF_TEXT_CHARS } from './limits';
import { sniffTextFormat } from './sniffTextFormat';

/** Bytes trimStart drops from Latin-1 text: tab to carriage return, space, no-break space. */
function isSpaceByte(byte: number): boolean {
  return (byte >= 0x09 && byte <= 0x0d) || byte === 0x20 || byte === 0xa0;
}

/** The first byte after a UTF-8 byte-order mark and white space, or -1. */
function firstMark(bytes: Uint8Array): number {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && isSpaceByte(bytes[at]!)) at++;
  return at < bytes.length ? bytes[at]! : -1;
}

/**
 * Whether an upload's bytes are HTML, from their first characters (as {@link sniffTextFormat} judges
 * them), without decoding the file: the check that sends an upload to the HTML readers, which are
 * loaded only then. Of a gzip file, only the start of its first compressed bytes is inflated to look.
 *
 * @example
 * ```ts
 * looksLikeHtml(new TextEncoder().encode('<HTML><BODY>…')); // true
 * ```
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  // Enough bytes for the characters sniffTextFormat reads after leading white space, in UTF-16 too.
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const head = (gzip ? gzipHead(bytes) : bytes).subarray(0, SNIFF_TEXT_CHARS * 8);
  const utf16 = detectUtf16(head);
  // Every upload asks this, and HTML starts with `<`: most are told apart without decoding anything.
  if (utf16 === null && firstMark(head) !== 0x3c) return false;
  const text = new TextDecoder(utf16 ?? 'latin1').decode(head);
  return sniffTextFormat(text.replace(/^(?:\uFEFF|ï»¿)/, '')) === 'HTML';
}
