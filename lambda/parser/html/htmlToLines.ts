import { HtmlLineWriter } from './HtmlLineWriter';
import type { HtmlLinesOptions } from './types';
import { walkHtml } from './walkHtml';

/**
 * The text of HTML markup as lines, laid out by {@link HtmlLineWriter}: blocks apart by one blank line,
 * `<br>` and table rows ending lines, spans that split a word joined back, scripts and styles dropped.
 *
 * @example
 * ```ts
 * htmlToLines('<div><b>BYLINE: </b><span>Ann Lee</span></div><table><tr><td>HD</td><td>Title</td></tr></table>');
 * // ['BYLINE: Ann Lee', '', 'HD\tTitle']
 * ```
 */
export function htmlToLines(html: string, options: HtmlLinesOptions = {}): string[] {
  const writer = new HtmlLineWriter(options);
  walkHtml(html, writer);
  return writer.finish();
}
