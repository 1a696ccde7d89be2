import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../bin/cli';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await main(['node', 'article-pipeline', ...args], { stdout, stderr });
  return { code, stdout: stdout.read()?.toString() ?? '', stderr: stderr.read()?.toString() ?? '' };
}

describe('errors a user can cause: one line on stderr, exit status 2, no stack trace', () => {
  beforeEach(() => {
    // No credentials anywhere the default chain looks, and no instance metadata service to wait for.
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_REGION',
      'AWS_DEFAULT_REGION',
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/aws/credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/aws/config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    [
      'no AWS credentials',
      ['query', '--author', 'x', '--table', 't', '--region', 'eu-west-1'],
      'article-pipeline: no AWS credentials: set AWS_PROFILE or pass --profile (run `aws sso login` or `aws configure` first), or start a local pipeline with `npm start`\n',
    ],
    [
      'no AWS region',
      ['query', '--author', 'x', '--table', 't'],
      'article-pipeline: no AWS region: pass --region or set AWS_REGION (or a region in your AWS profile)\n',
    ],
    [
      'a file that does not exist',
      ['upload', 'no/such/folder'],
      'article-pipeline: no/such/folder: no such file or folder\n',
    ],
    [
      'a file that does not exist, to parse',
      ['parse', 'no-such-file.txt'],
      'article-pipeline: no-such-file.txt: no such file\n',
    ],
    [
      'a query without a selector',
      ['query', '--limit', '5'],
      'article-pipeline: query needs exactly one of --publication, --author, --entity, --status, --same-as, --source-id\n',
    ],
    [
      'a date range backwards',
      ['query', '--author', 'x', '--since', '2021-09-02', '--until', '2021-09-01'],
      'article-pipeline: --since 2021-09-02 is after --until 2021-09-01\n',
    ],
    [
      'a bad --same-as',
      ['query', '--same-as', 'xyz', '--table', 't', '--region', 'eu-west-1'],
      'article-pipeline: --same-as takes an article id (32 hex digits) or a content hash (64): xyz\n',
    ],
    [
      'a --source-id without its vendor',
      ['query', '--source-id', 'WSJO0001', '--table', 't', '--region', 'eu-west-1'],
      'article-pipeline: --source-id takes VENDOR:ID, such as factiva:WSJO000020190502ef5200001: WSJO0001\n',
    ],
  ])('%s', async (_name, args, message) => {
    const result = await run(args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it.each([
    [
      ['query', '--limit', 'ten', '--author', 'x'],
      "error: option '--limit <n>' argument 'ten' is invalid. expected a whole number of at least 1",
    ],
    [
      ['query', '--since', '2021-02-30', '--author', 'x'],
      "error: option '--since <date>' argument '2021-02-30' is invalid. expected a date as YYYY-MM-DD",
    ],
    [
      ['query', '--status', 'lost'],
      "error: option '--status <status>' argument 'lost' is invalid. Allowed choices are rejected, failed, deleted.",
    ],
    [
      ['reprocess', '--parser-older-than', 'two'],
      "error: option '--parser-older-than <version>' argument 'two' is invalid. expected a semantic version such as 1.2.0",
    ],
    [['get'], "error: missing required argument 'key'"],
  ])('usage error %j: the error and a hint, exit status 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n(add --help for usage)\n`);
  });

  it('a mistyped command suggests the right one', async () => {
    const result = await run(['uplod', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "error: unknown command 'uplod'\n(Did you mean upload?)\n(add --help for usage)\n",
    );
  });
});
