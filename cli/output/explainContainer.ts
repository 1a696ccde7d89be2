import type { ParsedArticle } from '../../lambda/parser/types';
import { containerTexts } from './containerTexts';
import { explainArticles } from './explainArticles';

/**
 * `parse --explain` of a DOCX or ZIP upload: for each document file inside it, its text as the parser
 * read it, each line labelled with its role and the fields it fed ({@link explainArticles}), under the
 * upload's name and the member's (`bundle.zip › a.docx`). A member not read says why.
 *
 * @example
 * ```ts
 * process.stdout.write(await explainContainer('bundle.zip', bytes, result.articles));
 * // ══ bundle.zip › a.docx
 * // ── bundle.zip › a.docx #1 (nexis-uni): Harbour ferry fares to rise in spring
 * ```
 */
export async function explainContainer(
  file: string,
  bytes: Uint8Array,
  articles: readonly ParsedArticle[],
): Promise<string> {
  const out: string[] = [];
  for (const { member, lines, rejection } of await containerTexts(bytes)) {
    const name = member === undefined ? file : `${file} › ${member}`;
    const own = articles.filter((article) => article.container?.member === member);
    out.push(`══ ${name}`);
    if (rejection !== undefined) out.push(`   not read: ${rejection}\n`);
    else out.push(own.length === 0 ? '   no article from this file\n' : explainArticles(name, lines, own));
  }
  return out.join('\n');
}
