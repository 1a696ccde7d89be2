import type { SourceRecords } from '../../lambda/store/types';
import type { ProcessedObject } from '../types';
import type { LandedRow } from './types';

/**
 * Turns what became of each uploaded object into table rows: one per stored article (`key#n` for the n-th
 * document of a multi-document file), or one saying why the object has none (rejected, failed,
 * dead-lettered, skipped by the notification filter, unfinished when the wait ran out).
 *
 * @example
 * landedRows([processed], [records]); // [{ key: 'a.txt', status: 'PARSED', publication: 'Albuquerque Journal', … }]
 */
export function landedRows(objects: ProcessedObject[], records: (SourceRecords | undefined)[]): LandedRow[] {
  return objects.flatMap((object, index): LandedRow[] => {
    const found = records[index];
    const row = (status: string, headline: string): LandedRow => ({
      key: object.key,
      status,
      publication: '',
      headline,
      authors: '',
    });
    if (found === undefined) {
      if (object.delivery === 'skipped')
        return [row('SKIPPED', `(${object.reason ?? 'no notification matches'})`)];
      if (object.delivery === 'dead-lettered')
        return [row('DLQ', `(dead-lettered: ${firstLine(object.reason)})`)];
      if (object.delivery === 'unfinished') return [row('UNFINISHED', '(not processed yet)')];
      return [row('NO RECORD', '(the function acknowledged the event without storing a record)')];
    }
    const { source, articles } = found;
    switch (source.status) {
      case 'REJECTED':
        return [row('REJECTED', `(${source.reason?.code ?? 'rejected'}: ${source.reason?.message ?? ''})`)];
      case 'FAILED':
        return [row('FAILED', `(${source.error?.name ?? 'Error'}: ${firstLine(source.error?.message)})`)];
      case 'DELETED':
        return [row('DELETED', '(the object was deleted)')];
      case 'PROCESSING':
        return [
          row(
            object.delivery === 'dead-lettered' ? 'DLQ' : 'PROCESSING',
            `(${object.delivery === 'unfinished' ? 'a write is under way' : firstLine(object.reason) || 'a write is under way'})`,
          ),
        ];
      default: {
        const parsed = articles.filter((article) => article.status === 'PARSED');
        if (parsed.length === 0) return [row(source.status, '(no article)')];
        // A ZIP member that could not be read gets its own row, so the report never hides it.
        const members = source.memberRejections.map((rejection) =>
          row('MEMBER REJECTED', `(${rejection.member}: ${rejection.code}: ${rejection.message})`),
        );
        const landed = parsed.map((article) => ({
          key: parsed.length > 1 ? `${object.key}#${article.source.documentIndex}` : object.key,
          status: article.status,
          publication: article.publication ?? '',
          headline: article.headline ?? '(no headline)',
          authors: article.authors.join(', '),
        }));
        return [...landed, ...members];
      }
    }
  });
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0] ?? '';
}
