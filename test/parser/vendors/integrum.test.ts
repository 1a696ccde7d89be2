import { describe, expect, it } from 'vitest';
import { parseRussianDate } from '../../../lambda/parser/integrum/parseRussianDate';
import { parseFile } from '../../../lambda/parser/parseFile';
import { integrumHtml, windows1251 } from '../../helpers/integrumExport';
import { INTEGRUM_DOCUMENTS } from './integrumFixtures';

// Answer keys: written by hand from the invented documents in integrumFixtures.ts.
const KEY = [
  {
    documentIndex: 1,
    format: 'integrum',
    publication: 'Вымышленная газета',
    section: 'Экономика',
    publishedDate: '2012-02-01',
    byline: 'Иван Петров',
    authors: ['Иван Петров'],
    headline: 'Паром поднимает цены весной',
    paragraphs: [
      'Паромная компания сообщила в понедельник, что цены вырастут весной.',
      'Пассажиры заплатят на две монеты больше.',
    ],
    // Integrum's caret labels name no language, and Cyrillic is not only Russian: never guessed.
    language: null,
  },
  {
    documentIndex: 2,
    publication: 'Придуманный еженедельник',
    section: null,
    publishedDate: '2006-03-14',
    byline: null,
    headline: 'Библиотека открыла обмен семенами',
    paragraphs: ['Садоводы принесли банки с фасолью — «много».'],
  },
];

describe('Integrum HTML', () => {
  it('reads Windows-1251 full texts by their caret labels, paragraphs by indentation, the list passed over', async () => {
    const result = await parseFile(windows1251(integrumHtml(INTEGRUM_DOCUMENTS)), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.format).toBe('integrum');
    expect(result.encoding).toBe('windows-1251');
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject(KEY[0]!);
    expect(result.articles[1]).toMatchObject(KEY[1]!);
  });

  it('reads Russian dates, numeric or in words', () => {
    expect(parseRussianDate('01.02.2012')).toBe('2012-02-01');
    expect(parseRussianDate('14 марта 2006 г.')).toBe('2006-03-14');
    expect(parseRussianDate('31.02.2012')).toBeNull();
    expect(parseRussianDate('вчера')).toBeNull();
  });
});
