import { decodeWindows1252 } from '../decodeWindows1252';
import type { RtfDecode } from './types';

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

/**
 * A decoder for the bytes of an RTF code page (`\ansicpg1251` → Windows-1251), or Windows-1252 for a
 * code page no decoder knows, the code page Word assumes. Windows-1252 uses the parser's own decoder
 * (Node's maps 0x80–0x9F to control characters). Never fatal: a byte the code page lacks becomes U+FFFD.
 *
 * @example
 * ```ts
 * rtfDecoderOf(1251)(new Uint8Array([0xcf])); // 'П'
 * ```
 */
export function rtfDecoderOf(codePage: number): RtfDecode {
  const label = LABELS[codePage] ?? `windows-${codePage}`;
  if (label === 'windows-1252' || label === 'iso-8859-1') return decodeWindows1252;
  try {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return decodeWindows1252;
  }
}
