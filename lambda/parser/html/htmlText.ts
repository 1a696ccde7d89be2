import { walkHtml } from './walkHtml';

/**
 * All the text of HTML markup with every tag stripped, entities decoded, scripts and styles dropped,
 * and nothing else done: the bench's baseline for HTML readers (the same parser, no layout).
 *
 * @example
 * ```ts
 * htmlText('<p>A<b>B</b></p><style>p{}</style>C'); // 'ABC'
 * ```
 */
export function htmlText(html: string): string {
  const pieces: string[] = [];
  walkHtml(html, { text: (text) => pieces.push(text) });
  return pieces.join('');
}
