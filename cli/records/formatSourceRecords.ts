import type { SourceRecords, StoredArticle, StoredSource } from '../../lambda/store/types';
import { formatBytes } from '../progress/formatBytes';
import { describeProgress } from '../status/describeProgress';

/**
 * A readable summary of a key's records: the source (status, reason or error, the ZIP members not read,
 * object, parser), then one
 * block per article (id, date, publication, headline, authors, dateline, size).
 *
 * @example
 * io.stdout.write(formatSourceRecords(await store.getSourceRecords('incoming', 'a.txt')));
 */
export function formatSourceRecords({ source, articles }: SourceRecords): string {
  const lines = [`s3://${source.bucket}/${source.key}`, ...describeSource(source)];
  if (articles.length > 0) lines.push('articles');
  for (const article of articles) lines.push(...describeArticle(article));
  return `${lines.join('\n')}\n`;
}

function describeSource(source: StoredSource): string[] {
  const status: string[] =
    source.progress === null || source.status === 'FAILED'
      ? [source.status]
      : [`${source.status} ${describeProgress(source.progress, Date.now())}`];
  if (source.status === 'PARSED')
    status.push(`${source.articleCount} article${source.articleCount === 1 ? '' : 's'}`);
  if (source.parserVersion !== null) status.push(`parser ${source.parserVersion}`);
  if (source.processedAt !== null) status.push(`processed ${source.processedAt}`);
  const lines = [field('status', status.join(' · '))];
  if (source.reason !== null) lines.push(field('reason', `${source.reason.code}: ${source.reason.message}`));
  for (const [at, rejection] of source.memberRejections.entries()) {
    lines.push(
      field(
        at === 0 ? 'members' : '',
        `${rejection.member} not read: ${rejection.code}: ${rejection.message}`,
      ),
    );
  }
  const unlisted = source.memberRejectionCount - source.memberRejections.length;
  if (unlisted > 0) lines.push(field('', `and ${unlisted} more member${unlisted === 1 ? '' : 's'} not read`));
  if (source.status === 'FAILED' && source.progress !== null)
    lines.push(field('progress', `${describeProgress(source.progress, Date.now())} stored before it failed`));
  if (source.error !== null) {
    const error = source.error;
    lines.push(
      field(
        'error',
        `${error.name}: ${error.message} (${error.eventName}, attempt ${error.receiveCount}, ${error.at})`,
      ),
    );
  }
  const object = [
    source.size === null ? undefined : formatBytes(source.size),
    source.eTag === null ? undefined : `eTag ${source.eTag}`,
    source.versionId === null ? undefined : `version ${source.versionId}`,
    source.format === null
      ? undefined
      : [source.format, source.encoding, source.compressed ? 'gzip' : undefined].filter(Boolean).join(', '),
  ].filter((part) => part !== undefined);
  if (object.length > 0) lines.push(field('object', object.join(' · ')));
  return lines;
}

function describeArticle(article: StoredArticle): string[] {
  const position = `${article.source.documentIndex}`.padStart(4);
  if (article.status === 'DELETED')
    return [`${position}  ${article.id}  DELETED ${article.deletedAt} (text removed)`];
  const heading = [article.sortDate, article.publication ?? '(no publication)'].join('  ');
  const details = [
    article.authors.length > 0 ? article.authors.join(', ') : undefined,
    article.dateline ?? undefined,
    `${article.wordCount} words`,
    `${article.paragraphs.length} paragraph${article.paragraphs.length === 1 ? '' : 's'}`,
  ].filter((part) => part !== undefined);
  return [
    `${position}  ${article.id}  ${heading}`,
    `      ${article.headline ?? '(no headline)'}`,
    `      ${details.join(' · ')}`,
  ];
}

function field(name: string, value: string): string {
  return `  ${name.padEnd(8)}${value}`;
}
