import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/corpus/createRandom';
import { formatArticle } from '../../bench/corpus/formatArticle';
import { inventArticle } from '../../bench/corpus/inventArticle';
import { contentHash } from '../../lambda/parser/contentHash';
import { LineHasher } from '../../lambda/parser/LineHasher';
import { parseFile } from '../../lambda/parser/parseFile';

/** The contract, computed another way: the words (split at white space) joined by single spaces, as UTF-8. */
const expectedHash = (lines: readonly string[]) =>
  createHash('sha256')
    .update(
      lines
        .join('\n')
        .split(/\s+/)
        .filter((word) => word !== '')
        .join(' '),
      'utf8',
    )
    .digest('hex');

const all = (lines: readonly string[]) => contentHash(lines, 0, lines.length);

function streamed(lines: readonly string[]): string {
  const hasher = new LineHasher();
  for (const line of lines) hasher.push(line);
  return hasher.digest();
}

describe('contentHash ignores white space, never words', () => {
  it('gives padded, hard-wrapped, tabbed and no-break-spaced layouts of one text the same hash', () => {
    const plain = ['Storm closes the coast road', 'Crews expect to reopen it next week.'];
    const layouts = [
      plain,
      [
        '',
        '                 Storm closes the coast road   ',
        '',
        'Crews expect to',
        'reopen it next week.',
        '',
      ],
      ['Storm\tcloses the\u00a0coast road\r', 'Crews  expect to reopen it next week.\u2003'],
      ['Storm closes the coast road Crews expect to reopen it next week.'],
    ];
    for (const lines of layouts) expect(all(lines)).toBe(expectedHash(plain));
  });

  it('tells texts apart that differ in a word, or where a space splits one', () => {
    expect(all(['coast road'])).not.toBe(all(['coastroad']));
    expect(all(['coast road'])).not.toBe(all(['coast roads']));
  });

  it('hashes only the lines [start, end)', () => {
    const lines = ['1 of 2 DOCUMENTS', 'Headline', 'Body', '2 of 2 DOCUMENTS'];
    expect(contentHash(lines, 1, 3)).toBe(expectedHash(['Headline', 'Body']));
  });

  it('hashes a long document chunk by chunk as if whole, blank chunks between text included', () => {
    const lines = [
      ...Array.from({ length: 300 }, (_, i) => `  line ${i} of the story  `),
      ...Array.from({ length: 600 }, () => '   '),
      'after the gap',
    ];
    expect(all(lines)).toBe(expectedHash(lines));
    expect(contentHash(lines, 5, 700)).toBe(expectedHash(lines.slice(5, 700)));
    expect(streamed(lines)).toBe(expectedHash(lines));
  });

  it('is the contract for any lines, one call or line by line', () => {
    const piece = fc.constantFrom(
      'word',
      'Wört',
      '日本',
      '“q”',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '',
    );
    const line = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 700 }), (lines) => {
        const expected = expectedHash(lines);
        expect(all(lines)).toBe(expected);
        expect(streamed(lines)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('contentHash of lines known to hold only spaces', () => {
  it('is the contract when the caller says no line holds white space but U+0020', () => {
    const piece = fc.constantFrom('word', 'Wört', '日本', '“q”', ' ', '  ', '');
    const line = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 700 }), (lines) => {
        const expected = expectedHash(lines);
        expect(contentHash(lines, 0, lines.length, true)).toBe(expected);
        const hasher = new LineHasher({ plainSpaces: true });
        for (const text of lines) hasher.push(text);
        expect(hasher.digest()).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseFile hashes white space met late in a file as a space', () => {
  const random = createRandom(31);
  const articles = Array.from({ length: 90 }, () => inventArticle(random));
  /** The text with its last space but `skip` turned into `space`: deep in the file, pieces after the first. */
  const withLateSpace = (text: string, space: string, skip = 0) => {
    let at = text.length;
    for (let i = 0; i <= skip; i++) at = text.lastIndexOf(' ', at - 1);
    return `${text.slice(0, at)}${space}${text.slice(at + 1)}`;
  };
  const hashes = async (text: string) => {
    const result = await parseFile(new TextEncoder().encode(text), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    return result.articles.map((article) => article.contentHash);
  };

  it.each(['\t', '\u00a0', '\u1680', '\u3000'])(
    'a %j in the last document of an export or the end of a long text',
    async (space) => {
      const nexis = articles
        .map((article, i) => formatArticle(article, 'nexis', i + 1, articles.length))
        .join('\n');
      // One long plain article: the first article's head and every article's paragraphs, about 200 KB.
      const long = formatArticle(
        { ...articles[0]!, paragraphs: articles.flatMap((article) => article.paragraphs) },
        'plain',
      );
      for (const text of [nexis, long]) {
        expect(text.length).toBeGreaterThan(100_000);
        // Skip the Nexis export's closing fields: the changed space is in the last document's body.
        const changed = withLateSpace(text, space, text === nexis ? 40 : 0);
        expect(changed).not.toBe(text);
        expect(await hashes(changed)).toEqual(await hashes(text));
      }
    },
  );
});
