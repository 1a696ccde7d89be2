import type { SourceRecords } from '../../lambda/store/types';
import type { ProcessedObject } from '../types';

/**
 * One line about a run: objects by outcome, articles stored, messages in the dead-letter queue.
 *
 * @example
 * summarizeOutcomes(processed, records, 0);
 * // '3 object(s): 2 parsed, 1 rejected; 4 article(s); 0 message(s) in the dead-letter queue'
 */
export function summarizeOutcomes(
  processed: ProcessedObject[],
  records: (SourceRecords | undefined)[],
  deadLetterDepth: number,
): string {
  const counts = new Map<string, number>();
  let articles = 0;
  processed.forEach((object, index) => {
    const found = records[index];
    const outcome =
      object.delivery === 'skipped'
        ? 'skipped'
        : (found?.source.status.toLowerCase() ??
          (object.delivery === 'dead-lettered'
            ? 'dead-lettered'
            : object.delivery === 'unfinished'
              ? 'unfinished'
              : 'without record'));
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    articles += found?.articles.filter((article) => article.status === 'PARSED').length ?? 0;
  });
  const parts = [...counts].map(([outcome, count]) => `${count} ${outcome}`);
  return `${processed.length} object(s): ${parts.join(', ')}; ${articles} article(s); ${deadLetterDepth} message(s) in the dead-letter queue`;
}
