import { looksLikeHtml } from '../looksLikeHtml';
import { UploadHead } from '../UploadHead';
import { isFactivaFieldText } from './isFactivaFieldText';
import { isFactivaHtml } from './isFactivaHtml';
import type { FactivaLayout } from './types';

const XML_MARKER =
  /<(?:\w+:)?(?:ppsarticle|ppsArticleResponse|ppsarticleResultSet|PPSResponse)\b|<accessionNo>/i;

/**
 * Tells a Factiva export from its first bytes (before any decoding), so that only Factiva uploads load
 * the Factiva readers: XML with `ppsarticle` (wherever it starts), Factiva HTML that something else
 * precedes (HTML that starts as HTML goes to the HTML layer by itself), or plain text whose first lines are field codes (`HD` and
 * at least three of `WC`, `PD`, `SN`, `LP`, `TD`, `AN`, …, one of them `LP`, `TD` or `AN`, each at the start of a line). Null for anything
 * else, and for gzip bytes (`isGzippedExport` asks it of a gzip upload's inflated head instead). Given an
 * {@link UploadHead}, it reads the head the other sniffers read (its first 64 KiB, as UTF-16 or Latin-1).
 *
 * @example
 * ```ts
 * sniffFactiva(new TextEncoder().encode('<?xml version="1.0"?><ppsarticle>…')); // 'xml'
 * ```
 */
export function sniffFactiva(upload: Uint8Array | UploadHead): FactivaLayout | null {
  const view = upload instanceof UploadHead ? upload : new UploadHead(upload);
  const { bytes } = view;
  if (bytes.length < 2 || (bytes[0] === 0x1f && bytes[1] === 0x8b)) return null;
  // Every upload asks this: markup needs a `<` and field-code text an `HD`, so most are told without decoding.
  if (view.utf16 === null && !view.holds('<') && !view.holds('HD')) return null;
  // The markers are ASCII: Latin-1 reads them in UTF-8 and Windows-1252 alike, and never fails.
  const head = view.text;
  const start = head
    .slice(0, 1_024)
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  if (start.startsWith('{\\rtf')) return null;
  const markup = head.includes('<');
  const html = markup && /^<!doctype html|^<html/i.test(start);
  if (markup && !html && XML_MARKER.test(head)) return 'xml';
  // Factiva HTML the HTML layer does not take by itself: after a line of something else, or a fragment
  // whose document head was cut off (`<div …` first).
  if (markup && !html && !looksLikeHtml(bytes) && isFactivaHtml(head)) return 'html';
  return head.includes('HD') && isFactivaFieldText(head) ? 'text' : null;
}
