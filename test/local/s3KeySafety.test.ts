// s3rver maps object keys to file paths: `../` in a key wrote outside the data folder, a key that starts
// with `/` failed with an XML parse error, and a truncated ListObjectsV2 page was a 500 without node's
// `--openssl-legacy-provider`. S3 takes any UTF-8 key up to 1,024 bytes: local mode must store every one
// inside its folder and list it back exactly.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeS3EventKey } from '../../local/events/encodeS3EventKey';
import { decodeStoreKeyName } from '../../local/servers/decodeStoreKeyName';
import { encodeStoreKeyName, MAX_READABLE_NAME } from '../../local/servers/encodeStoreKeyName';
import { pageObjectKeys } from '../../local/servers/pageObjectKeys';
import { type RunningS3Server, S3RVER_CREDENTIALS, startS3Server } from '../../local/servers/startS3Server';

const BUCKET = 'incoming';
const NASTY_KEYS = [
  '../x',
  '../../../escaped/file.txt',
  'a/../../b',
  '/',
  '/x',
  '//double',
  'x//y',
  '.',
  '..',
  'x/.',
  'x/..',
  '%2e%2e/',
  '%2F..%2F',
  'Zürich – notes 📰.txt',
  'sp ace',
  'a+b',
  'q?x#y&z=1;',
  'back\\slash',
  'Seed.txt',
  'seed.txt',
  'x._S3rver_object',
  '~tilde',
  'ä'.repeat(512),
  `${'long/'.repeat(150)}end`.slice(0, 1024),
];

/** Keys in S3's order: by the bytes of their UTF-8. */
function s3Order(keys: string[]): string[] {
  return [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

let sandbox: string;
let dataDir: string;
let server: RunningS3Server;
let s3: S3Client;
const events: S3Event[] = [];

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 's3-key-safety-'));
  // Deep enough that `../../../` from the bucket still lands inside the sandbox, where the test can see it.
  dataDir = join(sandbox, 'one', 'two', 'data');
  await mkdir(dataDir, { recursive: true });
  server = await startS3Server({ dataDirectory: dataDir, buckets: [BUCKET] });
  server.onEvent((event) => events.push(event));
  s3 = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  for (const key of NASTY_KEYS) {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `body of ${key}` }));
  }
});

afterAll(async () => {
  s3?.destroy();
  await server?.stop();
  await rm(sandbox, { recursive: true, force: true });
});

async function listV2(options: { Prefix?: string; Delimiter?: string; MaxKeys?: number }) {
  const pages: ListObjectsV2CommandOutput[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, ...options, ContinuationToken: token }),
    );
    pages.push(page);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return {
    pages: pages.length,
    keys: pages.flatMap((page) => (page.Contents ?? []).map((object) => object.Key)),
    prefixes: pages.flatMap((page) => (page.CommonPrefixes ?? []).map((prefix) => prefix.Prefix)),
  };
}

describe('local S3 stores any key inside its data folder', () => {
  it('writes nothing outside the data folder', async () => {
    expect(await readdir(sandbox)).toEqual(['one']);
    expect(await readdir(join(sandbox, 'one'))).toEqual(['two']);
    expect(await readdir(join(sandbox, 'one', 'two'))).toEqual(['data']);
  });

  it('gives every object back by its key', async () => {
    for (const key of NASTY_KEYS) {
      const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      expect(await object.Body?.transformToString()).toBe(`body of ${key}`);
    }
  });

  it('lists every key exactly, in S3 order, across ListObjectsV2 pages', async () => {
    const listed = await listV2({ MaxKeys: 5 });
    expect(listed.keys).toEqual(s3Order(NASTY_KEYS));
    expect(listed.pages).toBe(Math.ceil(NASTY_KEYS.length / 5));
  });

  it('lists every key through ListObjects (v1) too', async () => {
    const page = await s3.send(new ListObjectsCommand({ Bucket: BUCKET }));
    expect(page.Contents?.map((object) => object.Key)).toEqual(s3Order(NASTY_KEYS));
  });

  it.each([
    ['../', ['../../../escaped/file.txt', '../x']],
    ['/', ['/', '/x', '//double']],
    ['.', ['.', '..', '../x', '../../../escaped/file.txt']],
    ['x/', ['x/.', 'x/..', 'x//y']],
    ['%2', ['%2F..%2F', '%2e%2e/']],
    ['Z', ['Zürich – notes 📰.txt']],
  ])('lists the keys under the prefix %j', async (prefix, expected) => {
    expect((await listV2({ Prefix: prefix, MaxKeys: 2 })).keys).toEqual(s3Order(expected));
  });

  it('groups keys by a delimiter into common prefixes, each once across pages', async () => {
    const listed = await listV2({ Delimiter: '/', MaxKeys: 2 });
    const grouped = NASTY_KEYS.filter((key) => key.includes('/'));
    const prefixes = [...new Set(grouped.map((key) => key.slice(0, key.indexOf('/') + 1)))];
    expect(listed.keys).toEqual(s3Order(NASTY_KEYS.filter((key) => !key.includes('/'))));
    expect(listed.prefixes).toEqual(s3Order(prefixes));
  });

  it('URL-encodes keys and prefixes when asked to (EncodingType url, which the AWS CLI sends)', async () => {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'sp', Delimiter: ' ', EncodingType: 'url' }),
    );
    expect(page).toMatchObject({ EncodingType: 'url', Prefix: 'sp', Delimiter: '+' });
    expect(page.CommonPrefixes).toEqual([{ Prefix: 'sp+' }]);
    const all = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, EncodingType: 'url' }));
    expect(all.Contents?.map((object) => object.Key)).toEqual(s3Order(NASTY_KEYS).map(encodeS3EventKey));
  });

  it('groups under a prefix with a delimiter', async () => {
    const listed = await listV2({ Prefix: '../', Delimiter: '/' });
    expect(listed).toMatchObject({ keys: ['../x'], prefixes: ['../../'] });
  });

  it('reports each change with the real key', () => {
    const created = events
      .flatMap((event) => event.Records)
      .filter((record) => record.eventName.startsWith('ObjectCreated:'))
      .map((record) => record.s3.object.key);
    expect(created).toEqual(NASTY_KEYS);
    // What the function receives: S3's URL encoding of that key, which handlers decode back to it.
    for (const key of created) {
      expect(decodeURIComponent(encodeS3EventKey(key).replaceAll('+', ' '))).toBe(key);
    }
  });

  it('deletes by key, leaving the other keys', async () => {
    for (const key of ['../x', '/', 'a/../../b']) {
      await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    }
    expect((await listV2({})).keys).toEqual(
      s3Order(NASTY_KEYS.filter((key) => !['../x', '/', 'a/../../b'].includes(key))),
    );
  });
});

describe('local S3 takes any key in a multipart upload and a copy', () => {
  it('completes a multipart upload under any key', async () => {
    const key = '../multi part/Ä?#';
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key }));
    const part = await s3.send(
      new UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId, PartNumber: 1, Body: 'in parts' }),
    );
    await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
      }),
    );
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(await object.Body?.transformToString()).toBe('in parts');
  });

  it('copies from and to any key, the source URL-encoded as S3 takes it', async () => {
    for (const [source, target] of [
      ['q?x#y&z=1;', '/copy/../of q'],
      ['%2F..%2F', 'copy of 100%'],
      ['ä'.repeat(512), '//copy'],
    ] as const) {
      await s3.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: target,
          CopySource: `${BUCKET}/${encodeURIComponent(source)}`,
        }),
      );
      const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: target }));
      expect(await object.Body?.transformToString()).toBe(`body of ${source}`);
    }
    expect(await readdir(sandbox)).toEqual(['one']);
  });
});

describe('the store names an object by its key', () => {
  it('one safe, reversible file name per key, distinct even where case is not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (key) => {
        const name = encodeStoreKeyName(key);
        // A grapheme can be several code points of four bytes each, so a 60-grapheme key may be too long to
        // name readably: the model says which, from each code point's escaped length.
        const readableLength = [...key].reduce(
          (length, character) =>
            length + (/^[a-z0-9._-]$/.test(character) ? 1 : 3 * Buffer.byteLength(character, 'utf8')),
          0,
        );
        if (readableLength > MAX_READABLE_NAME) {
          expect(name).toMatch(/^~[0-9a-f]{64}$/);
          expect(decodeStoreKeyName(name)).toBeUndefined();
          return;
        }
        expect(name).toMatch(/^[a-z0-9._%A-F-]+$/);
        expect(name).toHaveLength(readableLength);
        expect(decodeStoreKeyName(name)).toBe(key);
      }),
    );
    expect(encodeStoreKeyName('Seed.txt').toLowerCase()).not.toBe(
      encodeStoreKeyName('seed.txt').toLowerCase(),
    );
  });

  it.each([
    ['archive/Seed.txt', 'archive%2F%53eed.txt'],
    ['2021/09 notes.txt', '2021%2F09%20notes.txt'],
    ['../x', '..%2Fx'],
    ['.', '.'],
    ['Zürich', '%5A%C3%BCrich'],
  ])('names %j %j', (key, name) => {
    expect(encodeStoreKeyName(key)).toBe(name);
    expect(decodeStoreKeyName(name)).toBe(key);
  });

  it('hashes a key whose name would be too long, and the store keeps the key beside it', () => {
    const name = encodeStoreKeyName('ä'.repeat(512));
    expect(name).toMatch(/^~[0-9a-f]{64}$/);
    expect(decodeStoreKeyName(name)).toBeUndefined();
  });
});

describe('pageObjectKeys', () => {
  // A model of S3's listing, every page at once: keys in UTF-8 byte order, grouped by the delimiter.
  function model(keys: string[], prefix: string, delimiter: string) {
    const listed = s3Order([...new Set(keys)].filter((key) => key.startsWith(prefix)));
    const grouped = (key: string) => delimiter !== '' && key.indexOf(delimiter, prefix.length) !== -1;
    return {
      keys: listed.filter((key) => !grouped(key)),
      prefixes: [
        ...new Set(
          listed
            .filter(grouped)
            .map((key) => key.slice(0, key.indexOf(delimiter, prefix.length) + delimiter.length)),
        ),
      ],
    };
  }

  it('pages through every key and common prefix once, whatever the page size', () => {
    const key = fc.string({
      unit: fc.constantFrom('a', 'b', '/', '.', 'é', '😀'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 30 }),
        fc.constantFrom('', 'a', '/', 'a/'),
        fc.constantFrom('', '/', 'b/'),
        fc.integer({ min: 1, max: 5 }),
        (keys, prefix, delimiter, maxKeys) => {
          const unique = [...new Set(keys)];
          const listed = { keys: [] as string[], prefixes: [] as string[] };
          let startAfter: string | undefined;
          for (let pages = 0; pages <= unique.length + 1; pages++) {
            const page = pageObjectKeys(unique, {
              prefix,
              delimiter,
              maxKeys,
              ...(startAfter && { startAfter }),
            });
            expect(page.keys.length).toBeLessThanOrEqual(maxKeys);
            listed.keys.push(...page.keys);
            listed.prefixes.push(...page.commonPrefixes);
            if (!page.isTruncated) break;
            startAfter = page.keys.at(-1);
          }
          expect(listed).toEqual(model(unique, prefix, delimiter));
        },
      ),
    );
  });
});

describe('a data folder that s3rver’s own store wrote', () => {
  it('is renamed once to the key-safe names, and lists its keys as before', async () => {
    const directory = await mkdtemp(join(tmpdir(), 's3-old-layout-'));
    try {
      const old = join(directory, BUCKET, '2021', 'Sep');
      await mkdir(old, { recursive: true });
      await writeFile(join(old, 'notes.txt._S3rver_object'), 'old body');
      await writeFile(join(directory, BUCKET, 'top.txt._S3rver_object'), 'top body');
      const restarted = await startS3Server({ dataDirectory: directory });
      const client = new S3Client({
        endpoint: restarted.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: S3RVER_CREDENTIALS,
      });
      try {
        const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
        expect(page.Contents?.map((object) => object.Key)).toEqual(['2021/Sep/notes.txt', 'top.txt']);
        const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: '2021/Sep/notes.txt' }));
        expect(await object.Body?.transformToString()).toBe('old body');
        expect(await readdir(join(directory, BUCKET))).not.toContain('2021');
      } finally {
        client.destroy();
        await restarted.stop();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
