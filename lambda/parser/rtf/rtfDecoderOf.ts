import { decodeWindows1252 } from '../decodeWindows1252';
import type { RtfDecoder } from './types';

/** Windows code pages RTF names (`\ansicpg`) that are not `windows-N` in the WHATWG Encoding standard. */
const LABELS: Readonly<Record<number, string>> = {
  437: 'ibm866', // no decoder has CP437; 866 shares its box-drawing half, and DOS-era exports are rare
  708: 'iso-8859-6',
  866: 'ibm866',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  10000: 'macintosh',
  20866: 'koi8-r',
  21866: 'koi8-u',
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28595: 'iso-8859-5',
  28597: 'iso-8859-7',
  28605: 'iso-8859-15',
  65001: 'utf-8',
};

/** Encodings with one character per byte (all in the Basic Multilingual Plane): decoded by a table. */
const SINGLE_BYTE = /^(?:windows-(?:874|125\d)|iso-8859-\d+|ibm866|koi8-[ru]|macintosh)$/;

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, byte) => byte);

function tableOf(decode: (bytes: Uint8Array) => string): Uint16Array | null {
  const text = decode(ALL_BYTES);
  if (text.length !== 256) return null;
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = text.charCodeAt(byte);
  return table;
}

const WINDOWS_1252: RtfDecoder = { table: tableOf(decodeWindows1252), decode: decodeWindows1252 };

/**
 * A decoder for the bytes of an RTF code page (`\ansicpg1251` → Windows-1251), or Windows-1252 for a
 * code page no decoder knows, the code page Word assumes. Windows-1252 uses the parser's own decoder
 * (Node's maps 0x80–0x9F to control characters). Never fatal: a byte the code page lacks becomes U+FFFD.
 * A single-byte code page also gives its table of 256 characters.
 *
 * @example
 * ```ts
 * rtfDecoderOf(1251).decode(new Uint8Array([0xcf])); // 'П'
 * rtfDecoderOf(1251).table?.[0xcf]; // 0x41f
 * ```
 */
export function rtfDecoderOf(codePage: number): RtfDecoder {
  const label = LABELS[codePage] ?? `windows-${codePage}`;
  if (label === 'windows-1252' || label === 'iso-8859-1') return WINDOWS_1252;
  let decode: (bytes: Uint8Array) => string;
  try {
    const decoder = new TextDecoder(label);
    decode = (bytes) => decoder.decode(bytes);
  } catch {
    return WINDOWS_1252;
  }
  return { table: SINGLE_BYTE.test(label) ? tableOf(decode) : null, decode };
}
