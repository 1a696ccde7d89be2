import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../cli/errors';
import { explainError } from '../../cli/explainError';
import { parsePositiveInteger } from '../../cli/parsePositiveInteger';
import { collectPage } from '../../cli/query/collectPage';
import { parseIsoDate } from '../../cli/query/parseIsoDate';
import { commonPrefix } from '../../cli/upload/commonPrefix';
import { fingerprintBytes } from '../../cli/upload/fingerprintBytes';
import { isSameContent } from '../../cli/upload/isSameContent';

describe('argument parsers', () => {
  it('take whole numbers of at least 1 and real calendar dates', () => {
    expect(parsePositiveInteger('25')).toBe(25);
    for (const bad of ['0', '-1', '2.5', 'x', ''])
      expect(() => parsePositiveInteger(bad)).toThrow(InvalidArgumentError);
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2021-02-29', '2021-13-01', '21-09-01', '2021-9-1']) {
      expect(() => parseIsoDate(bad)).toThrow(InvalidArgumentError);
    }
  });
});

describe('upload helpers', () => {
  it('find the narrowest listing prefix', () => {
    expect(commonPrefix(['2021/09/a.txt', '2021/10/b.txt'])).toBe('2021/');
    expect(commonPrefix(['exp-a.txt', 'exp-b.txt'])).toBe('exp-');
    expect(commonPrefix([])).toBe('');
  });

  it('know content is the same by MD5 ETag or by sha256 metadata, and never across sizes', () => {
    const bytes = new TextEncoder().encode('abc');
    const fingerprint = fingerprintBytes(bytes);
    expect(fingerprint.md5Hex).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(isSameContent({ size: 3, eTag: '900150983CD24FB0D6963F7D28E17F72' }, 3, fingerprint)).toBe(true);
    expect(isSameContent({ size: 3, eTag: 'abc-2', sha256: fingerprint.sha256Hex }, 3, fingerprint)).toBe(
      true,
    );
    expect(isSameContent({ size: 3, eTag: 'abc-2' }, 3, fingerprint)).toBe(false);
    expect(isSameContent({ size: 4, eTag: fingerprint.md5Hex }, 3, fingerprint)).toBe(false);
  });
});

describe('collectPage', () => {
  const numbers = Array.from({ length: 10 }, (_, index) => index);
  const fetch = async (limit: number, cursor: string | null) => {
    const start = cursor === null ? 0 : Number(cursor);
    const items = numbers.slice(start, start + limit);
    return { items, cursor: start + limit < numbers.length ? String(start + limit) : null };
  };

  it('fills a page from filtered pages and continues exactly after the last record read', async () => {
    const first = await collectPage({ limit: 3, cursor: null, fetch, accept: (n) => n % 2 === 0 });
    expect(first.items).toEqual([0, 2, 4]);
    const second = await collectPage({ limit: 3, cursor: first.cursor, fetch, accept: (n) => n % 2 === 0 });
    expect(second.items).toEqual([6, 8]);
    expect(second.cursor).toBeNull();
  });

  it('stops at the first record past the end of an ordered range', async () => {
    const page = await collectPage({
      limit: 5,
      cursor: null,
      fetch,
      accept: () => true,
      isPastEnd: (n) => n >= 2,
    });
    expect(page).toEqual({ items: [0, 1], cursor: null });
  });
});

describe('explainError', () => {
  const serviceError = (name: string, message: string) => Object.assign(new Error(message), { name });

  it('turns errors a user can fix into one clear line', () => {
    expect(explainError(serviceError('ValidationError', 'Stack with id Nope does not exist'))?.message).toBe(
      'no such stack: Nope (check the name, --region and --profile)',
    );
    expect(
      explainError(serviceError('CredentialsProviderError', 'Could not load credentials from any providers'))
        ?.message,
    ).toMatch(/^no AWS credentials: /);
    expect(
      explainError(serviceError('ResourceNotFoundException', 'Requested resource not found'))?.message,
    ).toBe('table not found: Requested resource not found');
    expect(
      explainError(serviceError('NoSuchBucket', 'The specified bucket does not exist'))?.message,
    ).toMatch(/^bucket not found/);
    expect(
      explainError(serviceError('ExpiredToken', 'The security token included in the request is expired'))
        ?.message,
    ).toMatch(/expired/);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' });
    expect(explainError(Object.assign(new Error('socket'), { cause: refused }))?.message).toMatch(
      /npm start/,
    );
    expect(explainError(serviceError('InvalidCursorError', 'Invalid page cursor'))?.message).toBe(
      'invalid --cursor: pass the token printed after the previous page',
    );
    const userError = new UserError('x');
    expect(explainError(userError)).toBe(userError);
  });

  it('leaves anything else alone: a bug keeps its stack', () => {
    expect(explainError(new TypeError('undefined is not a function'))).toBeUndefined();
    expect(explainError(serviceError('InternalServerError', 'boom'))).toBeUndefined();
  });
});
