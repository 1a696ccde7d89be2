import { htmlToLines } from '../html/htmlToLines';

/**
 * The lines of an Integrum HTML export, laid out by the shared HTML layer: `<pre>` keeps its spaces and
 * line breaks, which mark the paragraphs (an indented line starts one).
 *
 * @example
 * ```ts
 * integrumHtmlLines('<pre>^ЗГ: Заголовок\n\n     Абзац.</pre>'); // ['^ЗГ: Заголовок', '', '     Абзац.']
 * ```
 */
export function integrumHtmlLines(html: string): string[] {
  return htmlToLines(html);
}
