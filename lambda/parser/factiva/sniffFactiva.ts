import { Buffer } from 'node:buffer';
import { detectUtf16 } from '../detectUtf16';
import { looksLikeHtml } from '../looksLikeHtml';
import { isFactivaFieldText } from './isFactivaFieldText';
import { isFactivaHtml } from './isFactivaHtml';
import type { FactivaLayout } from './types';

/** How far into an upload Factiva's markers are looked for: a cover page or a big style block comes first. */
const HEAD_BYTES = 65_536;
const XML_MARKER =
  /<(?:\w+:)?(?:ppsarticle|ppsArticleResponse|ppsarticleResultSet|PPSResponse)\b|<accessionNo>/i;

function headOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  const utf16 = detectUtf16(head);
  if (utf16 !== null) return new TextDecoder(utf16).decode(head);
  // The markers are ASCII: Latin-1 reads them in UTF-8 and Windows-1252 alike, and never fails.
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
}

/**
 * Tells a Factiva export from its first bytes (before any decoding), so that only Factiva uploads load
 * the Factiva readers: XML with `ppsarticle` (wherever it starts), Factiva HTML that something else
 * precedes (HTML that starts as HTML goes to the HTML layer by itself), or plain text whose first lines are field codes (`HD` and
 * at least three of `WC`, `PD`, `SN`, `LP`, `TD`, `AN`, …, one of them `LP`, `TD` or `AN`, each at the start of a line). Null for anything
 * else, and for gzip bytes (`isGzippedExport` asks it of a gzip upload's inflated head instead).
 *
 * @example
 * ```ts
 * sniffFactiva(new TextEncoder().encode('<?xml version="1.0"?><ppsarticle>…')); // 'xml'
 * ```
 */
export function sniffFactiva(bytes: Uint8Array): FactivaLayout | null {
  if (bytes.length < 2 || (bytes[0] === 0x1f && bytes[1] === 0x8b)) return null;
  const head = headOf(bytes);
  const start = head
    .slice(0, 1_024)
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  if (start.startsWith('{\\rtf')) return null;
  // Every upload asks this: markup needs a `<` and field-code text an `HD`, so most texts skip the patterns.
  const markup = head.includes('<');
  const html = markup && /^<!doctype html|^<html/i.test(start);
  if (markup && !html && XML_MARKER.test(head)) return 'xml';
  // Factiva HTML the HTML layer does not take by itself: after a line of something else, or a fragment
  // whose document head was cut off (`<div …` first).
  if (markup && !html && !looksLikeHtml(bytes) && isFactivaHtml(head)) return 'html';
  return head.includes('HD') && isFactivaFieldText(head) ? 'text' : null;
}
