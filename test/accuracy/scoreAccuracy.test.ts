import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerKeyError } from '../../bench/accuracy/errors';
import { fieldMatches } from '../../bench/accuracy/fieldMatches';
import { readLabelledSet } from '../../bench/accuracy/readLabelledSet';
import { summarizeAccuracy } from '../../bench/accuracy/summarizeAccuracy';
import type { ActualFields, AnswerKey, FileOutcome } from '../../bench/accuracy/types';

/** An article in the key's terms with every field null (or empty), then the given ones. */
const article = (fields: Partial<ActualFields>): ActualFields => ({
  publication: null,
  headline: null,
  subheadline: null,
  byline: null,
  authors: [],
  dateline: null,
  publishedDate: null,
  section: null,
  page: null,
  edition: null,
  statedWordCount: null,
  language: null,
  country: null,
  firstParagraph: null,
  lastParagraph: null,
  paragraphCount: 0,
  ...fields,
});

const outcome = (
  key: AnswerKey,
  articles: [number, ActualFields][],
  rejection: string | null = null,
): FileOutcome => ({
  set: 'test',
  key,
  articles: new Map(articles),
  rejection,
});

const NEXIS_KEY: AnswerKey = {
  file: 'a.txt',
  format: 'nexis',
  documents: [
    {
      documentIndex: 1,
      classes: ['multi-author'],
      expected: {
        headline: 'Town  weighs\na bridge',
        subheadline: null,
        authors: ['Ann Lee', 'Bo Chan'],
        paragraphCount: 2,
      },
    },
    {
      documentIndex: 2,
      classes: ['credit-not-person'],
      expected: { headline: 'Fair opens', byline: null, authors: [] },
    },
  ],
};

describe('summarizeAccuracy', () => {
  it('scores valued and null fields apart, lists in order, a missing document wrong everywhere', () => {
    const summary = summarizeAccuracy([
      outcome(NEXIS_KEY, [
        [
          1,
          article({
            headline: 'Town weighs a bridge ',
            subheadline: 'A deck',
            authors: ['Bo Chan', 'Ann Lee'],
            paragraphCount: 2,
          }),
        ],
        [3, article({ headline: 'Not in the key' })],
      ]),
    ]);
    // valued: headline 1 (right), authors 1 (wrong order), paragraphCount 1 (right), headline 2 (missing document).
    expect(summary.valued).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
    // null: subheadline 1 (wrong), byline 2 and authors 2 (missing document, wrong although the key says nothing).
    expect(summary.null).toEqual({ correct: 0, total: 3, accuracy: 0 });
    expect(summary.documents).toEqual({ keyed: 2, found: 1, missing: 1, extra: 1, allRight: 0 });
    expect(summary.byField.headline).toEqual({
      valued: { correct: 1, total: 2, accuracy: 0.5 },
      null: { correct: 0, total: 0, accuracy: null },
    });
    expect(summary.byField.authors).toEqual({
      valued: { correct: 0, total: 1, accuracy: 0 },
      null: { correct: 0, total: 1, accuracy: 0 },
    });
    expect(summary.byField.dateline).toBeUndefined();
    expect(summary.byClass['credit-not-person']).toEqual({
      valued: { correct: 0, total: 1, accuracy: 0 },
      null: { correct: 0, total: 2, accuracy: 0 },
    });
  });

  it('counts a document all right only when every field its key states is right', () => {
    const right = article({
      headline: 'Town weighs a bridge',
      authors: ['Ann Lee', 'Bo Chan'],
      paragraphCount: 2,
    });
    const perfect = summarizeAccuracy([
      outcome(NEXIS_KEY, [
        [1, right],
        [2, article({ headline: 'Fair opens' })],
      ]),
    ]);
    expect(perfect.documents).toEqual({ keyed: 2, found: 2, missing: 0, extra: 0, allRight: 2 });
    expect(perfect.valued.accuracy).toBe(1);
    const oneWrong = summarizeAccuracy([
      outcome(NEXIS_KEY, [
        [1, right],
        [2, article({ headline: 'Fair opens', byline: 'Staff' })],
      ]),
    ]);
    expect(oneWrong.documents.allRight).toBe(1);
  });

  it('gives a parser that returns null everywhere nothing on valued fields', () => {
    const summary = summarizeAccuracy([
      outcome(NEXIS_KEY, [
        [1, article({})],
        [2, article({})],
      ]),
    ]);
    expect(summary.valued).toEqual({ correct: 0, total: 4, accuracy: 0 });
    expect(summary.null).toEqual({ correct: 3, total: 3, accuracy: 1 });
  });

  it('counts every field of a rejected file wrong, and keeps formats apart', () => {
    const plainKey: AnswerKey = {
      file: 'b.txt',
      format: 'plain',
      documents: [
        { documentIndex: 1, classes: [], expected: { publication: null, headline: 'Mill reopens' } },
      ],
    };
    const summary = summarizeAccuracy([
      outcome(plainKey, [], 'NO_ARTICLE'),
      outcome(NEXIS_KEY, [
        [1, article({ headline: 'Town weighs a bridge', authors: ['Ann Lee', 'Bo Chan'] })],
      ]),
    ]);
    expect(summary.byFormat.plain).toEqual({
      valued: { correct: 0, total: 1, accuracy: 0 },
      null: { correct: 0, total: 1, accuracy: 0 },
      documents: { keyed: 1, found: 0, missing: 1, extra: 0, allRight: 0 },
    });
    expect(summary.byFormat.nexis?.valued).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
    expect(summary.byFormat.nexis?.documents).toEqual({
      keyed: 2,
      found: 1,
      missing: 1,
      extra: 0,
      allRight: 0,
    });
  });
});

describe('fieldMatches', () => {
  it('normalizes white space, treats an empty string as null, and compares numbers exactly', () => {
    expect(fieldMatches(' Rain;\tthen  snow ', 'Rain; then snow')).toBe(true);
    expect(fieldMatches(null, '  ')).toBe(true);
    expect(fieldMatches('Rain', 'rain')).toBe(false);
    expect(fieldMatches(2, 3)).toBe(false);
    expect(fieldMatches([], [])).toBe(true);
    expect(fieldMatches(null, undefined)).toBe(false);
  });
});

describe('readLabelledSet', () => {
  it('refuses a key that names an unknown field, so a typo never scores', async () => {
    const root = await mkdtemp(join(tmpdir(), 'accuracy-'));
    try {
      await writeFile(join(root, 'a.txt'), 'Headline\n\nBody.\n');
      await writeFile(
        join(root, 'a.key.json'),
        JSON.stringify({
          file: 'a.txt',
          format: 'plain',
          documents: [{ documentIndex: 1, classes: [], expected: { headLine: 'Headline' } }],
        }),
      );
      await expect(readLabelledSet('', `${root}/`)).rejects.toThrow(AnswerKeyError);
      await expect(readLabelledSet('', `${root}/`)).rejects.toThrow(/unknown field "headLine"/);
    } finally {
      await rm(root, { recursive: true });
    }
  });

  it('reads both committed sets, and each key quotes its fixture (headline, deck, first and last paragraph)', async () => {
    const norm = (text: string) => text.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
    for (const set of ['heldApart', 'development']) {
      const files = await readLabelledSet(set);
      expect(files.length).toBeGreaterThan(0);
      for (const { key, bytes } of files) {
        const text = norm(new TextDecoder().decode(bytes));
        for (const document of key.documents) {
          for (const field of ['headline', 'subheadline', 'firstParagraph', 'lastParagraph'] as const) {
            const value = document.expected[field];
            if (typeof value === 'string')
              expect(text, `${set}/${key.file} #${document.documentIndex} ${field}`).toContain(norm(value));
          }
        }
      }
    }
  });
});
