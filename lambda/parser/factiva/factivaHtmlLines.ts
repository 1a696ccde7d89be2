import { htmlToLines } from '../html/htmlToLines';
import type { DecodedHtml, HtmlElement } from '../html/types';

/** The labelled layout's field-code cells: `<td class="index"><b>HD</b>`. */
const LABELLED = /<b>\s*HD\s*(?:&nbsp;|\u00a0)?\s*<\/b>|class=["']?index["']?[^>]*>\s*(?:<[^>]+>\s*)*HD\b/i;

const classes = (element: HtmlElement) => ` ${element.attributes.class ?? ''} `;

/** The prefix of a line that starts inside an element of the div layout, or null to inherit. */
function divPrefix(element: HtmlElement): string | null {
  if (element.attributes.id === 'hd') return 'HD\t';
  const names = classes(element);
  if (/ author /.test(names)) return 'BY\t';
  if (/articleParagraph /i.test(names)) return 'TD\t';
  if (element.tag === 'div' && Object.keys(element.attributes).length === 0) return 'MD\t';
  if (element.tag === 'div' || element.tag === 'table') return '';
  return null;
}

/**
 * The lines of a Factiva HTML export, and which layout it is: the labelled "Full Article/Report plus
 * Indexing" table lays out as field-code text (`HD\tTitle`, `LP`, paragraphs, …), read by the text
 * reader; the unlabelled div layout gets a prefix per element kind (`HD`, `BY`, `TD`, `MD` for a
 * metadata div), read by the div reader. The same lines serve the drafts and `parse --explain`.
 *
 * @example
 * ```ts
 * factivaHtmlLines(decodeHtml(bytes)); // { layout: 'labelled', lines: ['HD\tTest 1', 'WC\t295 mots', …] }
 * ```
 */
export function factivaHtmlLines(html: DecodedHtml): { layout: 'labelled' | 'divs'; lines: string[] } {
  if (LABELLED.test(html.text)) return { layout: 'labelled', lines: htmlToLines(html.text) };
  return { layout: 'divs', lines: htmlToLines(html.text, { linePrefix: divPrefix }) };
}
