import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL_INPUTS } from '../../bench/corpus/pathologicalInputs';
import { type ParseResult, parseFile } from '../../lambda/parser';

// The inputs the benchmark times for linearity, parsed here for correctness only: no test asserts a time.
const SIZE = 200_000;

async function parseInput(name: string): Promise<ParseResult> {
  const input = PATHOLOGICAL_INPUTS.find((candidate) => candidate.name === name);
  if (input === undefined) throw new Error(`no input ${name}`);
  const bytes = input.generate(SIZE);
  expect(bytes.length).toBe(SIZE);
  return parseFile(bytes, { enrich: false });
}

function articlesOf(result: ParseResult) {
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  return result.articles;
}

describe('pathological inputs parse correctly', () => {
  it('every one gives an article or a clear rejection, never a parser error', async () => {
    for (const input of PATHOLOGICAL_INPUTS) {
      const result = await parseFile(input.generate(SIZE), { enrich: false });
      if (!result.ok) expect(result.rejection.code, input.name).not.toBe('PARSER_ERROR');
    }
  });

  it('one long line is a body without a headline', async () => {
    const [article] = articlesOf(await parseInput('singleLine'));
    expect(article).toMatchObject({ format: 'plain', headline: null });
    expect(article!.paragraphs).toHaveLength(1);
    expect(article!.wordCount).toBe(article!.paragraphs[0]!.split(' ').length);
  });

  it('blank lines only are empty', async () => {
    expect(await parseInput('blankLines')).toMatchObject({ ok: false, rejection: { code: 'EMPTY' } });
  });

  it('separator lines only hold no article', async () => {
    expect(await parseInput('separatorsOnly')).toMatchObject({
      ok: false,
      rejection: { code: 'NO_ARTICLE' },
    });
  });

  it('a repeated byline gives one PressReader article whose byline is read once', async () => {
    const [article, ...rest] = articlesOf(await parseInput('bylineRepeated'));
    expect(rest).toEqual([]);
    expect(article).toMatchObject({ format: 'pressreader', authors: ['Robert Burns', 'Lolita C. Baldor'] });
  });

  it('one long word is one word', async () => {
    expect(articlesOf(await parseInput('oneLongWord'))[0]!.wordCount).toBe(1);
  });

  it('a huge wrapped index field is read term by term', async () => {
    const [article] = articlesOf(await parseInput('nexisHugeIndexField'));
    expect(article!.paragraphs).toEqual(['Text.']);
    // Terms repeat, so each appears once.
    expect(article!.indexTerms.subject.slice(0, 2)).toEqual([
      { term: 'ELECTIONS', score: 91 },
      { term: 'VOTERS', score: 89 },
    ]);
  });

  it('a headline of semicolons splits at the first `; ` that can end a headline', async () => {
    const [article] = articlesOf(await parseInput('nexisSemicolonHeadline'));
    expect(article!.headline).toBe('a; b');
    expect(article!.subheadline!.length).toBeGreaterThan(SIZE / 2);
  });

  it('entities and label lookalikes stay in the body', async () => {
    const [article] = articlesOf(await parseInput('nexisEntities'));
    expect(article!.paragraphs).toHaveLength(1);
    expect(article!.paragraphs[0]).toMatch(/^>& NOTE: ’&bogus; >& NOTE:/);
  });

  it('CR line ends split into paragraphs', async () => {
    const [article] = articlesOf(await parseInput('carriageReturns'));
    expect(article!.headline).toBe('Headline');
    expect(article!.paragraphs.length).toBeGreaterThan(1000);
  });
});

describe('patterns anchored at the end of unbounded values', () => {
  it('a DATELINE: field of dashes loses only its trailing dashes', async () => {
    const dashes = '-'.repeat(100_000);
    const text = `1 of 1 DOCUMENT\n\nDATELINE: BOSTON ${dashes}x --\n\nBODY:\n\nText.\n`;
    const result = await parseFile(new TextEncoder().encode(text), { enrich: false });
    expect(result.ok && result.articles[0]!.dateline).toBe(`BOSTON ${dashes}x`);
  });
});
