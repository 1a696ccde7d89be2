// Every command of the CLI against the whole pipeline in local mode (the app's synthesized template, the
// real ingest handler, DynamoDB Local, s3rver, fauxqs), run in-process through `main` with captured output,
// as a user runs them after `npm start`. The tests run in order: each builds on what the previous stored.
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  CreateBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli';
import { listUploadFiles } from '../../cli/upload/listUploadFiles';
import { uploadFiles } from '../../cli/upload/uploadFiles';
import { PARSER_VERSION } from '../../lambda/parser/version';
import { parserVersionKey } from '../../lambda/store/parserVersionKey';
import { tableKeys } from '../../lambda/store/tableKeys';
import type { SourceRecords, StoredArticle, StoredSource } from '../../lambda/store/types';
import { buildS3EventMessage } from '../../local/events/buildS3EventMessage';
import { LocalPipeline } from '../../local/LocalPipeline';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH } from '../parser/nexisUniFixtures';

const FIXTURES = fileURLToPath(new URL('./fixtures/articles/', import.meta.url));
const SEED = fileURLToPath(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/article-pipeline.mjs', import.meta.url));
const WAIT_MS = 120_000;
// Processing waits on a loaded two-core machine can take a while; no assertion depends on how long.
const SLOW_TEST_MS = 240_000;

let workDir: string;
let dataDir: string;
let pipeline: LocalPipeline;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process against the test's local pipeline, from the work folder, capturing both streams. */
async function run(...args: string[]): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await main(['node', 'article-pipeline', ...args, '--data-dir', dataDir], {
    stdout,
    stderr,
    workingDirectory: workDir,
  });
  return { code, stdout: out, stderr: err };
}

function jsonLines<T>(text: string): T[] {
  return text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

async function records(key: string, bucket?: string): Promise<SourceRecords> {
  const result = await run('get', key, '--json', ...(bucket === undefined ? [] : ['--bucket', bucket]));
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as SourceRecords;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function queueDepth(queueUrl: string): Promise<number> {
  const { Attributes = {} } = await pipeline.clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'cli-commands-'));
  dataDir = join(workDir, 'data');
  await cp(FIXTURES, join(workDir, 'articles'), { recursive: true });
  await cp(SEED, join(workDir, 'articles', 'seed', '000_90b2515fab799f03.txt'));
  pipeline = await LocalPipeline.start({ projectRoot: process.cwd(), dataDir });
});

afterAll(async () => {
  await pipeline?.stop();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('upload', () => {
  it('uploads a folder recursively with a progress bar and a summary', async () => {
    const result = await run('upload', 'articles', '--prefix', 'archive');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^5 uploaded \([\d.]+ kB, [\d.]+ k?B\/s\), 0 unchanged, 0 failed in \d+s to s3:\/\/\S+\/archive\/ \(local pipeline \(pid \d+\)\)\n/,
    );
    expect(result.stdout).toContain('follow them: article-pipeline status --prefix archive/ --wait\n');
    // Not a terminal: plain progress lines, the first at the start and the last when done.
    const progress = result.stderr.trim().split('\n');
    expect(progress[0]).toMatch(/^upload \[-+\] 0% \| 0\/5 files \| 0 B\/[\d.]+ kB \| 0 B\/s \| ETA --$/);
    expect(progress.at(-1)).toMatch(
      /^upload \[=+\] 100% \| 5\/5 files \| ([\d.]+ kB)\/\1 \| [\d.]+ k?B\/s \| took \d+s$/,
    );

    const listed = await pipeline.clients.s3.send(
      new ListObjectsV2Command({ Bucket: pipeline.state.bucket, Prefix: 'archive/' }),
    );
    expect(listed.Contents?.map((object) => object.Key).sort()).toEqual([
      'archive/empty.txt',
      'archive/seed/000_90b2515fab799f03.txt',
      'archive/valley-courier/2022-03-export.txt',
      'archive/wire/storm warning (reprint).txt',
      'archive/wire/storm warning.txt',
    ]);
    const head = await pipeline.clients.s3.send(
      new HeadObjectCommand({ Bucket: pipeline.state.bucket, Key: 'archive/seed/000_90b2515fab799f03.txt' }),
    );
    expect(head.Metadata?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it(
    'status --wait blocks until nothing is pending, then shows each key',
    async () => {
      const result = await run('status', '--prefix', 'archive/', '--wait');
      expect(result.code).toBe(0);
      const lines = result.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^KEY +STATUS +ARTICLES +PARSER +PROCESSED +DETAIL$/);
      const rows = lines.slice(1).map((line) => line.split(/ {2,}/));
      expect(rows.map((row) => row.slice(0, 4))).toEqual([
        ['archive/empty.txt', 'REJECTED', '0', PARSER_VERSION],
        ['archive/seed/000_90b2515fab799f03.txt', 'PARSED', '1', PARSER_VERSION],
        ['archive/valley-courier/2022-03-export.txt', 'PARSED', '2', PARSER_VERSION],
        ['archive/wire/storm warning (reprint).txt', 'PARSED', '1', PARSER_VERSION],
        ['archive/wire/storm warning.txt', 'PARSED', '1', PARSER_VERSION],
      ]);
      expect(rows[0]?.at(-1)).toMatch(/^EMPTY: /);
      expect(result.stderr).toMatch(/^processing \[/);
      expect(result.stderr).toMatch(/processing \[=+\] 100% \| 5\/5 keys \| .* \| took \d+s\n/);
      expect(result.stderr.endsWith('5 keys: 4 parsed (5 articles), 1 rejected\n')).toBe(true);
    },
    SLOW_TEST_MS,
  );

  it('uploading the same folder again sends nothing, and the records are not touched', async () => {
    const before = await records('archive/valley-courier/2022-03-export.txt');
    const result = await run('upload', 'articles', '--prefix', 'archive/');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^0 uploaded \(0 B, 0 B\/s\), 5 unchanged, 0 failed in /);
    expect(result.stdout).not.toContain('follow them');
    await sleep(1_500);
    expect(await records('archive/valley-courier/2022-03-export.txt')).toEqual(before);
  });

  it(
    'sends only a file whose content changed',
    async () => {
      await appendFile(
        join(workDir, 'articles', 'wire', 'storm warning (reprint).txt'),
        '\nThis story was reprinted.\n',
      );
      const result = await run('upload', 'articles', '--prefix', 'archive/');
      expect(result.stdout).toMatch(/^1 uploaded \([\d.]+ B, /);
      expect(result.stdout).toContain(', 4 unchanged, 0 failed');
      const waited = await run('status', 'archive/wire/storm warning (reprint).txt', '--wait');
      expect(waited.code).toBe(0);
      const reprint = await records('archive/wire/storm warning (reprint).txt');
      const article = reprint.articles[0];
      expect(article?.status === 'PARSED' && article.paragraphs.at(-1)).toBe('This story was reprinted.');
    },
    SLOW_TEST_MS,
  );
});

describe('upload of a big folder', () => {
  it('compares files with one listing of their prefix instead of a HeadObject each', async () => {
    const { files } = await listUploadFiles(['articles'], 'archive/', workDir);
    const sent: string[] = [];
    const s3 = new S3Client({
      endpoint: pipeline.state.endpoints.s3,
      region: pipeline.state.region,
      credentials: pipeline.state.credentials,
      forcePathStyle: true,
    });
    s3.middlewareStack.add(
      (next, context) => (args) => {
        sent.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize' },
    );
    const progress = { advance: () => undefined, addToTotal: () => undefined, stop: () => undefined };
    const summary = await uploadFiles({
      s3,
      bucket: pipeline.state.bucket,
      files,
      cwd: workDir,
      progress,
      listingThreshold: 1,
    });
    s3.destroy();
    expect(summary).toMatchObject({ files: 5, uploaded: 0, unchanged: 5, failed: [] });
    expect(sent).toEqual(['ListObjectsV2Command']);
  });
});

describe('status, get and query print what was stored, in each format', () => {
  it('status --json and --csv', async () => {
    const json = await run('status', '--prefix', 'archive/valley-courier/', '--json');
    expect(jsonLines(json.stdout)).toEqual([
      expect.objectContaining({
        key: 'archive/valley-courier/2022-03-export.txt',
        state: 'PARSED',
        articleCount: 2,
        parserVersion: PARSER_VERSION,
      }),
    ]);
    const csv = await run('status', 'archive/empty.txt', '--csv');
    const [header, row, end] = csv.stdout.split('\r\n');
    expect(header).toBe('KEY,STATUS,ARTICLES,PARSER,PROCESSED,DETAIL');
    expect(row).toMatch(/^archive\/empty\.txt,REJECTED,0,[\d.]+,\S+,EMPTY: /);
    expect(end).toBe('');
  });

  it('status of a key never uploaded says so, exit status 2', async () => {
    const result = await run('status', 'archive/never.txt');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `article-pipeline: archive/never.txt: never uploaded to s3://${pipeline.state.bucket} (no object, no record)\n`,
    );
  });

  it('get shows a readable summary of the source and its articles', async () => {
    const result = await run('get', 'archive/valley-courier/2022-03-export.txt');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`s3://${pipeline.state.bucket}/archive/valley-courier/2022-03-export.txt`);
    expect(lines[1]).toMatch(
      new RegExp(
        `^ {2}status {2}PARSED · 2 articles · parser ${PARSER_VERSION.replaceAll('.', '\\.')} · processed `,
      ),
    );
    expect(lines[2]).toMatch(/^ {2}object {2}[\d.]+ kB · eTag [0-9a-f]{32} · nexis, utf-8$/);
    expect(result.stdout).toContain(
      '2022-03-09  The Valley Courier\n      Orchard growers brace for late frost\n      Priya Raman',
    );
    expect(result.stdout).toContain(
      '2022-03-16  The Valley Courier\n      Library adds Sunday hours after petition\n      Tomas Lindqvist, Priya Raman',
    );
  });

  it('get --json prints the source and articles as stored', async () => {
    const { source, articles } = await records('archive/seed/000_90b2515fab799f03.txt');
    expect(source).toMatchObject({ status: 'PARSED', articleCount: 1, format: 'pressreader' });
    expect(articles[0]).toMatchObject({
      status: 'PARSED',
      publication: 'Albuquerque Journal',
      authors: ['Robert Burns', 'Lolita C. Baldor'],
    });
  });

  it('get of a key never uploaded is one line, exit status 2', async () => {
    const result = await run('get', 'archive/never.txt');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `article-pipeline: archive/never.txt: never uploaded to s3://${pipeline.state.bucket} (no object, no record)\n`,
    });
  });

  it('query --publication: newest first, case-insensitive, a readable table', async () => {
    const result = await run('query', '--publication', 'the VALLEY courier');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^DATE +PUBLICATION +HEADLINE +AUTHORS +KEY +ID$/);
    expect(lines.slice(1).map((line) => line.split(/ {2,}/).slice(0, 4))).toEqual([
      [
        '2022-03-16',
        'The Valley Courier',
        'Library adds Sunday hours after petition',
        'Tomas Lindqvist, Priya Raman',
      ],
      ['2022-03-09', 'The Valley Courier', 'Orchard growers brace for late frost', 'Priya Raman'],
    ]);
    expect(result.stderr).toBe(`2 articles (local pipeline (pid ${process.pid}))\n`);
  });

  it('query --since/--until bound the date', async () => {
    const since = await run(
      'query',
      '--publication',
      'The Valley Courier',
      '--since',
      '2022-03-10',
      '--json',
    );
    expect(
      jsonLines<StoredArticle>(since.stdout).map(
        (article) => article.status === 'PARSED' && article.publishedDate,
      ),
    ).toEqual(['2022-03-16']);
    const until = await run(
      'query',
      '--publication',
      'The Valley Courier',
      '--until',
      '2022-03-10',
      '--json',
    );
    expect(
      jsonLines<StoredArticle>(until.stdout).map(
        (article) => article.status === 'PARSED' && article.headline,
      ),
    ).toEqual(['Orchard growers brace for late frost']);
  });

  it('query pages with --limit and --cursor, or takes every page with --all', async () => {
    const first = await run('query', '--publication', 'The Valley Courier', '--limit', '1', '--json');
    expect(jsonLines<StoredArticle>(first.stdout)).toHaveLength(1);
    const cursor = /more: add --cursor (\S+) \(or --all\)/.exec(first.stderr)?.[1];
    expect(cursor).toBeDefined();
    const second = await run(
      'query',
      '--publication',
      'The Valley Courier',
      '--limit',
      '1',
      '--cursor',
      cursor ?? '',
      '--json',
    );
    const both = [...jsonLines<StoredArticle>(first.stdout), ...jsonLines<StoredArticle>(second.stdout)];
    const all = await run('query', '--publication', 'The Valley Courier', '--limit', '1', '--all', '--json');
    expect(jsonLines<StoredArticle>(all.stdout).map((article) => article.id)).toEqual(
      both.map((article) => article.id),
    );
    expect(new Set(both.map((article) => article.id)).size).toBe(2);
    expect(all.stderr).toBe(`2 articles (local pipeline (pid ${process.pid}))\n`);
  });

  it('query --author is case-insensitive; --csv is RFC 4180', async () => {
    const result = await run('query', '--author', 'PRIYA RAMAN', '--csv');
    expect(result.code).toBe(0);
    const records = result.stdout.split('\r\n');
    expect(records[0]).toBe(
      'id,status,sortDate,publishedDate,publication,headline,authors,dateline,wordCount,contentHash,bucket,key,documentIndex,parserVersion,processedAt,format,container,member,sourceDocumentId',
    );
    expect(records.slice(1, -1).map((record) => record.split(',').slice(2, 7))).toEqual([
      [
        '2022-03-16',
        '2022-03-16',
        'The Valley Courier',
        'Library adds Sunday hours after petition',
        'Tomas Lindqvist; Priya Raman',
      ],
      [
        '2022-03-09',
        '2022-03-09',
        'The Valley Courier',
        'Orchard growers brace for late frost',
        'Priya Raman',
      ],
    ]);
  });

  it('query --entity finds the articles that mention a person', async () => {
    const result = await run('query', '--entity', 'mark milley', '--json');
    const articles = jsonLines<StoredArticle>(result.stdout);
    expect(articles.map((article) => article.source.key)).toEqual(['archive/seed/000_90b2515fab799f03.txt']);
  });

  it('query --entity takes an alias of an organization (ISIS for the Islamic State group)', async () => {
    const result = await run('query', '--entity', 'ISIS', '--json');
    const articles = jsonLines<StoredArticle>(result.stdout);
    expect(articles.map((article) => article.source.key)).toEqual(['archive/seed/000_90b2515fab799f03.txt']);
  });

  it(
    'query --same-as finds the same story under other keys',
    async () => {
      const { articles } = await records('archive/wire/storm warning.txt');
      const id = articles[0]?.id ?? '';
      await run('upload', 'articles/wire/storm warning.txt', '--prefix', 'archive/copies');
      await run('status', 'archive/copies/storm warning.txt', '--wait');
      const result = await run('query', '--same-as', id, '--json');
      expect(
        jsonLines<StoredArticle>(result.stdout)
          .map((article) => article.source.key)
          .sort(),
      ).toEqual(['archive/copies/storm warning.txt', 'archive/wire/storm warning.txt']);
    },
    SLOW_TEST_MS,
  );

  it('query --status rejected lists rejected sources with their reasons', async () => {
    const result = await run('query', '--status', 'rejected', '--json');
    const sources = jsonLines<StoredSource>(result.stdout);
    expect(sources.map((source) => [source.key, source.reason?.code])).toEqual([
      ['archive/empty.txt', 'EMPTY'],
    ]);
    const table = await run('query', '--status', 'rejected');
    expect(table.stdout).toMatch(
      /^PROCESSED +STATUS +KEY +REASON\n\S+ +REJECTED +archive\/empty\.txt +EMPTY: /,
    );
  });
});

describe('reprocess', () => {
  it(
    'after a parser-version bump, rewrites only the records an older parser made',
    async () => {
      // Records made by an older parser: what a deployed pipeline holds before an upgrade.
      const documents = DynamoDBDocumentClient.from(pipeline.clients.dynamodb);
      for (const key of ['archive/wire/storm warning.txt', 'archive/empty.txt']) {
        await documents.send(
          new UpdateCommand({
            TableName: pipeline.state.table,
            Key: tableKeys.source(pipeline.state.bucket, key),
            UpdateExpression: 'SET parserVersion = :version, parserVersionKey = :versionKey',
            ExpressionAttributeValues: { ':version': '0.9.0', ':versionKey': parserVersionKey('0.9.0') },
          }),
        );
      }
      const untouched = await records('archive/seed/000_90b2515fab799f03.txt');
      const old = await records('archive/wire/storm warning.txt');

      const result = await run('reprocess', '--prefix', 'archive/', '--parser-older-than', PARSER_VERSION);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(
          `^6 objects under s3://\\S+/archive/: 2 enqueued, 4 skipped \\(parser ${PARSER_VERSION.replaceAll('.', '\\.')} or newer, or no record\\), 0 skipped \\(pending\\) in \\d+s`,
        ),
      );
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(
        /^reprocess \[=+\] 100% \| 6\/6 objects \| .* \| took \d+s$/,
      );

      const rewritten = await until(
        () => records('archive/wire/storm warning.txt'),
        (stored) => stored.source.parserVersion === PARSER_VERSION,
        'the reprocessed record',
      );
      expect(rewritten.source.sequencer).toBe(old.source.sequencer);
      expect(rewritten.source.processedAt).not.toBe(old.source.processedAt);
      expect(rewritten.articles.map((article) => article.id)).toEqual(
        old.articles.map((article) => article.id),
      );
      await until(
        () => records('archive/empty.txt'),
        (stored) => stored.source.parserVersion === PARSER_VERSION,
        'the reprocessed rejection',
      );
      expect(await records('archive/seed/000_90b2515fab799f03.txt')).toEqual(untouched);
    },
    SLOW_TEST_MS,
  );

  it(
    'a plain reprocess enqueues every object, and an equal parser version rewrites nothing',
    async () => {
      const before = await records('archive/valley-courier/2022-03-export.txt');
      const result = await run('reprocess', '--prefix', 'archive/valley-courier/');
      expect(result.stdout).toMatch(
        /^1 object under s3:\/\/\S+\/archive\/valley-courier\/: 1 enqueued, 0 skipped \(pending\)/,
      );
      await until(
        () => queueDepth(pipeline.state.queueUrl),
        (depth) => depth === 0,
        'the queue to drain',
      );
      expect(await records('archive/valley-courier/2022-03-export.txt')).toEqual(before);
    },
    SLOW_TEST_MS,
  );
});

describe('redrive', () => {
  it(
    'moves a dead-lettered message back after the cause is fixed, with a count',
    async () => {
      const deadLetterQueueUrl = pipeline.state.deadLetterQueueUrl ?? '';
      // An event for a bucket that does not exist yet: every receive fails and the queue dead-letters it.
      await pipeline.clients.sqs.send(
        new SendMessageCommand({
          QueueUrl: pipeline.state.queueUrl,
          MessageBody: buildS3EventMessage(
            {
              eventName: 'ObjectCreated:Put',
              bucket: 'late-bucket',
              key: 'held story.txt',
              size: 10,
              eTag: 'e',
            },
            {
              region: pipeline.state.region,
              sequencer: '0062E99A88DC407460',
              configurationId: 'test',
              eventTime: new Date(),
              sourceIpAddress: '127.0.0.1',
              requestId: 'C3D13FE58DE4C810',
            },
          ),
        }),
      );
      await until(
        () => queueDepth(deadLetterQueueUrl),
        (depth) => depth === 1,
        'the message to be dead-lettered',
      );
      const failed = await run('query', '--status', 'failed', '--json');
      expect(jsonLines<StoredSource>(failed.stdout)).toEqual([
        expect.objectContaining({ bucket: 'late-bucket', key: 'held story.txt', status: 'FAILED' }),
      ]);

      // The fix: the bucket and its object appear.
      await pipeline.clients.s3.send(new CreateBucketCommand({ Bucket: 'late-bucket' }));
      await pipeline.clients.s3.send(
        new PutObjectCommand({
          Bucket: 'late-bucket',
          Key: 'held story.txt',
          Body: await readFile(join(workDir, 'articles', 'wire', 'storm warning.txt')),
        }),
      );
      const status = await run('status', 'held story.txt', '--bucket', 'late-bucket', '--json');
      expect(jsonLines(status.stdout)).toEqual([
        expect.objectContaining({
          state: 'FAILED',
          detail: expect.stringMatching(/^NoSuchBucket: .*\(after 5 attempts\)$/),
        }),
      ]);
      // An object no event announced (late-bucket has no notification): in the bucket, no record.
      await pipeline.clients.s3.send(
        new PutObjectCommand({ Bucket: 'late-bucket', Key: 'unannounced.txt', Body: 'x' }),
      );
      const pending = await run('get', 'unannounced.txt', '--bucket', 'late-bucket');
      expect(pending).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'article-pipeline: unannounced.txt: uploaded, not processed yet (try `article-pipeline status --wait unannounced.txt`)\n',
      });

      const result = await run('redrive');
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        `1 message moved from the dead-letter queue to the queue (local pipeline (pid ${process.pid}))\n`,
      );
      const parsed = await until(
        () => records('held story.txt', 'late-bucket'),
        (stored) => stored.source.status === 'PARSED',
        'the redriven event to be processed',
      );
      expect(parsed.articles).toHaveLength(1);
      expect(await queueDepth(deadLetterQueueUrl)).toBe(0);
      const again = await run('redrive');
      expect(again.stdout).toMatch(/^0 messages moved /);
    },
    SLOW_TEST_MS,
  );
});

describe('the installed bin', () => {
  it(
    'runs a query against the running local pipeline as a separate process',
    async () => {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [BIN, 'query', '--author', 'priya raman', '--csv', '--data-dir', dataDir],
        { cwd: workDir, env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } },
      );
      expect(stdout.split('\r\n').slice(1, -1)).toHaveLength(2);
      expect(stderr).toBe(`2 articles (local pipeline (pid ${process.pid}))\n`);
    },
    SLOW_TEST_MS,
  );
});

describe('keys S3 takes but a file system would not', () => {
  it(
    'upload --prefix with `../` or a leading `/` stores the key inside the data folder, and status finds it by that prefix',
    async () => {
      for (const prefix of ['../../../escaped/', '/']) {
        const result = await run('upload', join('articles', 'empty.txt'), '--prefix', prefix);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^1 uploaded /);
      }
      const escaped = await run('status', '--prefix', '../', '--wait');
      expect(escaped.code).toBe(0);
      expect(escaped.stdout.trim().split('\n').slice(1)).toEqual([
        expect.stringMatching(/^\.\.\/\.\.\/\.\.\/escaped\/empty\.txt +REJECTED /),
      ]);
      const rooted = await run('status', '--prefix', '/', '--wait');
      expect(rooted.stdout.trim().split('\n').slice(1)).toEqual([
        expect.stringMatching(/^\/empty\.txt +REJECTED /),
      ]);
      const listed = await pipeline.clients.s3.send(
        new ListObjectsV2Command({ Bucket: pipeline.state.bucket }),
      );
      expect(listed.Contents?.map((object) => object.Key)).toEqual(
        expect.arrayContaining(['../../../escaped/empty.txt', '/empty.txt']),
      );
      // Nothing was written next to the data folder, where `../../../` from the bucket's folder points.
      expect((await readdir(workDir)).sort()).toEqual(['articles', 'data']);
    },
    SLOW_TEST_MS,
  );
});

describe('upload --force of a file S3 already holds, unchanged', () => {
  it(
    'stores the object again, and the record stays as it was: its lastModified is the upload it was built from',
    async () => {
      const key = 'archive/wire/storm warning.txt';
      const before = await records(key);
      // S3's LastModified has one-second resolution: let the second upload be visibly later.
      await sleep(1_100);
      const result = await run(
        'upload',
        join('articles', 'wire', 'storm warning.txt'),
        '--prefix',
        'archive/wire/',
        '--force',
      );
      expect(result.stdout).toMatch(/^1 uploaded /);
      const head = await pipeline.clients.s3.send(
        new HeadObjectCommand({ Bucket: pipeline.state.bucket, Key: key }),
      );
      expect(head.LastModified!.getTime()).toBeGreaterThan(Date.parse(before.source.lastModified!));
      // The event is processed when the sequencer moves; nothing else changes (`skipped-unchanged`).
      const after = await until(
        () => records(key),
        (current) => current.source.sequencer !== before.source.sequencer,
        'the re-upload to be processed',
      );
      expect(after).toEqual({
        ...before,
        source: { ...before.source, sequencer: after.source.sequencer },
      });
    },
    SLOW_TEST_MS,
  );
});

describe('a ZIP some of whose members cannot be read', () => {
  it(
    'status, get and query --status rejected name each member that was not read, and why',
    async () => {
      const folder = await mkdtemp(join(tmpdir(), 'cli-zip-'));
      try {
        const docx = writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' }));
        await writeFile(
          join(folder, 'bundle.zip'),
          writeZip([
            { name: 'a.docx', data: docx },
            { name: 'b-cut.docx', data: docx.subarray(0, 200) },
            { name: 'c.pdf', data: '%PDF-1.7\n1 0 obj' },
          ]),
        );
        const key = 'zips/bundle.zip';
        const uploaded = await run('upload', join(folder, 'bundle.zip'), '--prefix', 'zips/');
        expect(uploaded.code).toBe(0);
        const status = await run('status', key, '--wait', '--json');
        expect(jsonLines(status.stdout)).toEqual([
          expect.objectContaining({
            key,
            state: 'PARSED',
            articleCount: 3,
            detail: '2 ZIP members not read: b-cut.docx CORRUPT_CONTAINER, c.pdf UNSUPPORTED_FORMAT',
          }),
        ]);
        const get = await run('get', key);
        expect(get.stdout).toMatch(
          /\n {2}members b-cut\.docx not read: CORRUPT_CONTAINER: .+\n {10}c\.pdf not read: UNSUPPORTED_FORMAT: /,
        );
        const { source } = await records(key);
        expect(source.memberRejections.map((rejection) => [rejection.member, rejection.code])).toEqual([
          ['b-cut.docx', 'CORRUPT_CONTAINER'],
          ['c.pdf', 'UNSUPPORTED_FORMAT'],
        ]);
        const rejected = await run('query', '--status', 'rejected', '--json');
        expect(jsonLines<StoredSource>(rejected.stdout)).toContainEqual(
          expect.objectContaining({ key, status: 'PARSED', memberRejectionCount: 2 }),
        );
        const table = await run('query', '--status', 'rejected');
        expect(table.stdout).toMatch(/\n\S+ +PARSED +zips\/bundle\.zip +2 ZIP members not read: b-cut\.docx/);
        const csv = await run('query', '--status', 'rejected', '--csv');
        expect(csv.stdout.split('\r\n')[0]).toMatch(/,memberRejections$/);
        expect(csv.stdout).toContain('b-cut.docx CORRUPT_CONTAINER: ');
        // The articles' own CSV names their container and member.
        const articlesCsv = await run('query', '--author', 'mara quill', '--csv');
        expect(articlesCsv.stdout).toMatch(/,zips\/bundle\.zip,1,[\d.]+,[^,]+,nexis-uni,zip,a\.docx,\r\n/);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    SLOW_TEST_MS,
  );
});
