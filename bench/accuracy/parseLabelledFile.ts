import { parseFile } from '../../lambda/parser/parseFile';
import { keyFieldsOf } from './keyFieldsOf';
import type { ActualFields, FileOutcome, LabelledFile } from './types';

/**
 * Parses one labelled file with the parser as ingest runs it, and keeps its articles by documentIndex in
 * the key's terms (a rejected file keeps none, and its code).
 *
 * @example
 * ```ts
 * const outcome = await parseLabelledFile(labelled);
 * outcome.articles.get(1)?.headline;
 * ```
 */
export async function parseLabelledFile(labelled: LabelledFile): Promise<FileOutcome> {
  // `await` works for today's synchronous parseFile and for the asynchronous one of the big-files issue.
  const result = await parseFile(labelled.bytes);
  const articles = new Map<number, ActualFields>();
  if (!result.ok) return { set: labelled.set, key: labelled.key, articles, rejection: result.rejection.code };
  for (const article of result.articles) articles.set(article.documentIndex, keyFieldsOf(article));
  return { set: labelled.set, key: labelled.key, articles, rejection: null };
}
