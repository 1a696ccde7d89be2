import { type Command, Option } from 'commander';
import { canonicalEntityName } from '../../lambda/enrichment/canonicalEntityName';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { EntityKind, Page, StoredArticle, StoredSource } from '../../lambda/store/types';
import { UserError } from '../errors';
import { type RecordOutput, writeRecords } from '../output/writeRecords';
import { parsePositiveInteger } from '../parsePositiveInteger';
import { articleCsvColumns, articleTableColumns } from '../query/articleColumns';
import { collectPage } from '../query/collectPage';
import { parseIsoDate } from '../query/parseIsoDate';
import { resolveEntityKind } from '../query/resolveEntityKind';
import { sourceCsvColumns, sourceTableColumns } from '../query/sourceColumns';
import { addTargetOptions } from '../target/addTargetOptions';
import { withPipeline } from '../target/withPipeline';
import type { CommandIo, OutputFormat, TargetOptions } from '../types';

/** Options of `query`. */
export interface QueryCommandOptions extends TargetOptions {
  publication?: string;
  author?: string;
  entity?: string;
  kind?: EntityKind;
  status?: 'rejected' | 'failed' | 'deleted';
  sameAs?: string;
  sourceId?: string;
  since?: string;
  until?: string;
  limit: number;
  cursor?: string;
  all?: boolean;
  json?: boolean;
  csv?: boolean;
}

/** A query's records, one page at a time. */
export type Listing =
  | { records: 'articles'; fetch: (limit: number, cursor: string | null) => Promise<Page<StoredArticle>> }
  | { records: 'sources'; fetch: (limit: number, cursor: string | null) => Promise<Page<StoredSource>> };

const SELECTORS = ['publication', 'author', 'entity', 'status', 'sameAs', 'sourceId'] as const;

/**
 * Lists articles by publication, author, entity, content hash (`--same-as`) or vendor document id
 * (`--source-id VENDOR:ID`), newest first where the
 * index sorts by date, or sources by status; one page of `--limit` (the next page's `--cursor` is printed
 * on stderr) or every page with `--all`; as a table, JSON Lines or CSV.
 *
 * @example
 * article-pipeline query --publication "Albuquerque Journal" --since 2021-09-01 --limit 50 --csv
 */
export async function runQueryCommand(options: QueryCommandOptions, io: CommandIo): Promise<number> {
  const chosen = SELECTORS.filter((selector) => options[selector] !== undefined);
  if (chosen.length !== 1) {
    throw new UserError(
      'query needs exactly one of --publication, --author, --entity, --status, --same-as, --source-id',
    );
  }
  if (options.since !== undefined && options.until !== undefined && options.since > options.until) {
    throw new UserError(`--since ${options.since} is after --until ${options.until}`);
  }
  const format: OutputFormat = options.json ? 'json' : options.csv ? 'csv' : 'table';
  return withPipeline(options, io, 'query', ['table'], async (target, clients) => {
    const store = new RecordStore({ client: clients.dynamo, tableName: target.table });
    const listing = await chooseListing(store, options);
    let cursor = options.cursor ?? null;
    let first = true;
    let count = 0;
    do {
      let page: Page<StoredArticle> | Page<StoredSource>;
      if (listing.records === 'articles') {
        page = await listing.fetch(options.limit, cursor);
        writeRecords(io.stdout, page.items, articleOutput(format, first));
      } else {
        page = await listing.fetch(options.limit, cursor);
        writeRecords(io.stdout, page.items, sourceOutput(format, first));
      }
      count += page.items.length;
      cursor = page.cursor;
      first = false;
    } while (options.all && cursor !== null);
    const noun = count === 1 ? listing.records.slice(0, -1) : listing.records;
    io.stderr.write(
      `${count} ${noun}${options.all || cursor === null ? '' : ' on this page'} (${target.description})\n`,
    );
    if (cursor !== null) io.stderr.write(`more: add --cursor ${cursor} (or --all)\n`);
    return 0;
  });
}

/** The listing one query selects (also what `browse`'s search page reads). */
export async function chooseListing(store: RecordStore, options: QueryCommandOptions): Promise<Listing> {
  const range = { since: options.since, until: options.until };
  if (options.publication !== undefined) {
    const publication = options.publication;
    return {
      records: 'articles',
      fetch: (limit, cursor) => store.articlesByPublication(publication, { ...range, limit, cursor }),
    };
  }
  if (options.author !== undefined) {
    const author = options.author;
    return {
      records: 'articles',
      fetch: (limit, cursor) => store.articlesByAuthor(author, { ...range, limit, cursor }),
    };
  }
  if (options.entity !== undefined) {
    // Entities are stored under enrichment's canonical names: `ISIS` finds the Islamic State group.
    const name = canonicalEntityName(options.entity);
    const kind = options.kind ?? (await resolveEntityKind(store, name));
    return {
      records: 'articles',
      fetch: (limit, cursor) => store.articlesByEntity(kind, name, { ...range, limit, cursor }),
    };
  }
  if (options.status !== undefined) {
    const status = options.status.toUpperCase() as 'REJECTED' | 'FAILED' | 'DELETED';
    // The index sorts by processing time, newest first: the range is applied to it here.
    const day = (source: StoredSource) => source.processedAt?.slice(0, 10) ?? '';
    return {
      records: 'sources',
      fetch: (limit, cursor) =>
        collectPage({
          limit,
          cursor,
          fetch: (missing, from) => store.sourcesByStatus(status, { limit: missing, cursor: from }),
          accept: (source) => options.until === undefined || day(source) <= options.until,
          isPastEnd: (source) => options.since !== undefined && day(source) < options.since,
        }),
    };
  }
  const inRange = (article: StoredArticle) =>
    (options.since === undefined && options.until === undefined) ||
    (article.status === 'PARSED' &&
      (options.since === undefined || article.sortDate >= options.since) &&
      (options.until === undefined || article.sortDate <= options.until));
  if (options.sourceId !== undefined) {
    const { vendor, id } = sourceIdOf(options.sourceId);
    return {
      records: 'articles',
      fetch: (limit, cursor) =>
        collectPage({
          limit,
          cursor,
          fetch: (missing, from) =>
            store.articlesBySourceDocumentId(vendor, id, { limit: missing, cursor: from }),
          accept: inRange,
        }),
    };
  }
  const contentHash = await contentHashOf(store, options.sameAs ?? '');
  return {
    records: 'articles',
    fetch: (limit, cursor) =>
      collectPage({
        limit,
        cursor,
        fetch: (missing, from) => store.articlesByContentHash(contentHash, { limit: missing, cursor: from }),
        accept: inRange,
      }),
  };
}

/** `--source-id` takes `VENDOR:ID` (the id may hold colons itself: the vendor ends at the first). */
function sourceIdOf(value: string): { vendor: string; id: string } {
  const colon = value.indexOf(':');
  const vendor = value.slice(0, Math.max(0, colon)).trim();
  const id = value.slice(colon + 1).trim();
  if (colon < 0 || vendor === '' || id === '') {
    throw new UserError(`--source-id takes VENDOR:ID, such as factiva:WSJO000020190502ef5200001: ${value}`);
  }
  return { vendor, id };
}

/** `--same-as` takes an article id (32 hex digits) or a content hash (64). */
async function contentHashOf(store: RecordStore, idOrHash: string): Promise<string> {
  const value = idOrHash.trim().toLowerCase();
  if (/^[0-9a-f]{64}$/.test(value)) return value;
  if (!/^[0-9a-f]{32}$/.test(value)) {
    throw new UserError(`--same-as takes an article id (32 hex digits) or a content hash (64): ${idOrHash}`);
  }
  const [article] = await store.getArticles([value]);
  if (article === undefined) throw new UserError(`no article with id ${value}`);
  if (article.status !== 'PARSED')
    throw new UserError(`article ${value} is deleted: its text and hash are gone`);
  return article.contentHash;
}

function articleOutput(format: OutputFormat, header: boolean): RecordOutput<StoredArticle> {
  return {
    format,
    header,
    columns: format === 'csv' ? articleCsvColumns : articleTableColumns,
    toJson: (article) => article,
  };
}

function sourceOutput(format: OutputFormat, header: boolean): RecordOutput<StoredSource> {
  return {
    format,
    header,
    columns: format === 'csv' ? sourceCsvColumns : sourceTableColumns,
    toJson: (source) => source,
  };
}

/** Adds `query` to the program. */
export function registerQueryCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('query')
      .description(
        "list articles by publication, author, entity, same content or vendor's id, or sources by status",
      )
      .option('--publication <name>', "a publication's articles, newest first (case-insensitive)")
      .option('--author <name>', "an author's articles, newest first (case-insensitive)")
      .option('--entity <name>', 'articles that mention a person, organization or place, newest first')
      .addOption(
        new Option('--kind <kind>', 'the kind of --entity').choices(['person', 'organization', 'place']),
      )
      .addOption(
        new Option('--status <status>', 'sources in this status, most recent first').choices([
          'rejected',
          'failed',
          'deleted',
        ]),
      )
      .option('--same-as <id>', 'articles with the same content as this article id (or content hash)')
      .option('--source-id <vendor:id>', "articles with this vendor's document id, across uploads")
      .option(
        '--since <date>',
        'earliest date, YYYY-MM-DD (published, else uploaded; processed for --status)',
        parseIsoDate,
      )
      .option('--until <date>', 'latest date, YYYY-MM-DD, inclusive', parseIsoDate)
      .option('--limit <n>', 'records per page', parsePositiveInteger, 25)
      .option('--cursor <token>', 'the next page, as printed after the previous one')
      .option('--all', 'every page')
      .addOption(new Option('--json', 'print JSON Lines (one record a line)').conflicts('csv'))
      .option('--csv', 'print CSV (RFC 4180)'),
  ).action(async (options: QueryCommandOptions) => {
    setExitCode(await runQueryCommand(options, io));
  });
}
