import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../lambda/parser/decodeEntities';
import { isNexisSeparator } from '../../lambda/parser/isNexisSeparator';
import { matchNexisLabel } from '../../lambda/parser/matchNexisLabel';
import { parseIndexTerms } from '../../lambda/parser/parseIndexTerms';
import { parseNexisDate } from '../../lambda/parser/parseNexisDate';
import { parseNexisSection } from '../../lambda/parser/parseNexisSection';
import { splitHeadlineDeck } from '../../lambda/parser/splitHeadlineDeck';
import { toLanguageCode } from '../../lambda/parser/toLanguageCode';

describe('Nexis separators', () => {
  it.each(['1 of 250 DOCUMENTS', '          8 of 383 DOCUMENTS   ', '1 of 1 DOCUMENT', '12 of 12 documents'])(
    'a separator: %s',
    (line) => expect(isNexisSeparator(line)).toBe(true),
  );
  it.each(['1 of 250 DOCUMENTS were lost', 'one of two DOCUMENTS', 'Download Request: All Documents: 1-250'])(
    'not a separator: %s',
    (line) => expect(isNexisSeparator(line)).toBe(false),
  );
});

describe('Nexis labels', () => {
  it.each([
    ['SECTION: METRO; Pg. B1', 'SECTION', 8],
    ['LOAD-DATE: March 4, 2014', 'LOAD-DATE', 10],
    ['BODY:', 'BODY', 5],
    ['PUBLICATION-TYPE: Newspaper', 'PUBLICATION-TYPE', 17],
  ])('%s', (line, label, valueStart) => expect(matchNexisLabel(line)).toEqual({ label, valueStart }));

  it.each([
    'NOTE: bring a coat',
    ' SECTION: indented',
    'Section: lower case',
    'BOSTON -- text',
    'SECTION:no space',
  ])('not a label: %s', (line) => expect(matchNexisLabel(line)).toBeNull());
});

describe('Nexis dates', () => {
  it.each([
    ['March 3, 2014 Monday', '2014-03-03', null],
    ['                 March 3, 2014 Monday', '2014-03-03', null],
    ['Monday, March 3, 2014', '2014-03-03', null],
    ['Sept. 30, 2015 Wednesday', '2015-09-30', null],
    ['22 April 2014 Tuesday', '2014-04-22', null],
    ['April 12, 2014 Saturday, LATE EDITION', '2014-04-12', 'LATE EDITION'],
    ['February 29, 2016 Monday', '2016-02-29', null],
  ])('%s', (line, isoDate, rest) => expect(parseNexisDate(line)).toEqual({ isoDate, rest }));

  it.each([
    'February 30, 2014 Sunday',
    'The Boston Globe',
    'March 2014',
    'THIRD EDITION',
    'Copyright 2014 Globe',
  ])('not a date: %s', (line) => expect(parseNexisDate(line)).toBeNull());
});

describe('Nexis values', () => {
  it('reads sections and pages', () => {
    expect(parseNexisSection('METRO; Pg. B1')).toEqual({ section: 'METRO', page: 'B1' });
    expect(parseNexisSection('Section A; Column 0; National Desk; Pg. 12')).toEqual({
      section: 'Section A',
      page: '12',
    });
    expect(parseNexisSection('NEWS')).toEqual({ section: 'NEWS', page: null });
    expect(parseNexisSection('Pg. 3')).toEqual({ section: null, page: '3' });
  });

  it('reads index terms with and without scores, keeping commas in terms', () => {
    expect(parseIndexTerms('ELECTIONS (91%); BOSTON, MA, USA (92%); VOTING; ; CITY COUNCILS (100%)')).toEqual(
      [
        { term: 'ELECTIONS', score: 91 },
        { term: 'BOSTON, MA, USA', score: 92 },
        { term: 'VOTING', score: null },
        { term: 'CITY COUNCILS', score: 100 },
      ],
    );
    expect(parseIndexTerms('ODD (X%)')).toEqual([{ term: 'ODD (X%)', score: null }]);
  });

  it('splits a deck only where a headline would end', () => {
    expect(splitHeadlineDeck('Council backs new budget; Tax rise rejected after long debate')).toEqual({
      headline: 'Council backs new budget',
      deck: 'Tax rise rejected after long debate',
    });
    expect(splitHeadlineDeck('Going, going; gone at last')).toEqual({
      headline: 'Going, going; gone at last',
      deck: null,
    });
    expect(splitHeadlineDeck('Rain; Then snow for the weekend')).toEqual({
      headline: 'Rain; Then snow for the weekend',
      deck: null,
    });
    expect(splitHeadlineDeck('Budget talks stall; Mayor, council trade blame; Vote delayed')).toEqual({
      headline: 'Budget talks stall',
      deck: 'Mayor, council trade blame; Vote delayed',
    });
  });

  it('decodes entities, upper case included, and leaves unknown ones', () => {
    expect(decodeEntities('A &GT; B &lt; C &amp;amp; &#8217;s &#x2014; &bogus; &#0;')).toBe(
      'A > B < C &amp; ’s — &bogus; &#0;',
    );
  });

  it.each([
    ['ENGLISH', 'en'],
    ['English', 'en'],
    ['SPANISH; CASTILIAN', 'es'],
    ['FRENCH', 'fr'],
    ['GERMAN', 'de'],
    ['HEBREW', 'he'],
    ['INDONESIAN', 'id'],
    ['CHINESE', 'zh'],
    ['FARSI', 'fa'],
    ['KLINGONESE', null],
    ['', null],
  ])('language %s', (name, code) => expect(toLanguageCode(name)).toBe(code));
});
