import { decodeRange } from '../decodeRange';
import { detectEncoding } from '../detectEncoding';
import type { TextEncoding } from '../types';
import { declaredCharset } from './declaredCharset';
import type { DecodedHtml, HtmlCharsetSource } from './types';

/** Declared charsets read as declared; another declaration is ignored and the bytes sniffed. */
const READ_AS_DECLARED: ReadonlySet<string> = new Set<TextEncoding>([
  'utf-8',
  'windows-1252',
  'windows-1251',
]);

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The encoding and how it was chosen, before any decoding. */
function chooseEncoding(
  bytes: Uint8Array,
  declared: string | null,
): { encoding: TextEncoding; textStart: number; source: HtmlCharsetSource } {
  const detected = detectEncoding(bytes);
  if (detected.textStart > 0) return { ...detected, source: 'bom' };
  if (detected.encoding === 'utf-16le' || detected.encoding === 'utf-16be') {
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { ...detected, source: bom ? 'bom' : 'sniffed' };
  }
  const validUtf8 = detected.encoding === 'utf-8';
  if (declared === null || !READ_AS_DECLARED.has(declared)) return { ...detected, source: 'sniffed' };
  if (declared === 'utf-8')
    return validUtf8
      ? { encoding: 'utf-8', textStart: 0, source: 'declared' }
      : { encoding: 'windows-1252', textStart: 0, source: 'fallback' };
  // Valid UTF-8 with multi-byte sequences is almost never single-byte text: the declaration lied.
  if (validUtf8 && hasHighBytes(bytes)) return { encoding: 'utf-8', textStart: 0, source: 'fallback' };
  return { encoding: declared as TextEncoding, textStart: 0, source: 'declared' };
}

/**
 * Decodes the bytes of an HTML upload: by its byte-order mark (UTF-8, UTF-16), else by the charset it
 * declares (`<meta charset>`, `http-equiv` Content-Type, `<?xml encoding?>`), else UTF-8 when the bytes
 * are valid UTF-8 and Windows-1252 otherwise. A declaration that the bytes contradict is overruled:
 * UTF-8 declared over bytes that are not UTF-8 reads them as Windows-1252 (which covers ISO-8859-1),
 * and ISO-8859-1, Windows-1252 or Windows-1251 declared over valid multi-byte UTF-8 reads UTF-8.
 * Declared charsets other than UTF-8, Windows-1252 (ISO-8859-1, ASCII) and Windows-1251 are ignored.
 *
 * @example
 * ```ts
 * const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8"><p>caf'), 0xe9]);
 * decodeHtml(bytes); // { text: '<meta charset="utf-8"><p>café', encoding: 'windows-1252', declared: 'utf-8', source: 'fallback' }
 * ```
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const declared = declaredCharset(bytes);
  const { encoding, textStart, source } = chooseEncoding(bytes, declared);
  const text = decodeRange(bytes, encoding, textStart, bytes.length);
  // TextDecoder keeps no UTF-16 byte-order mark in its output, Buffer keeps none either; a stray one goes.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, declared, source };
}
