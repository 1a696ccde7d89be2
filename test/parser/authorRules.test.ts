import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lambda/parser';
import { parseByline } from '../../lambda/parser/parseByline';
import { parseSurnameFirst } from '../../lambda/parser/parseSurnameFirst';

/** The author rule set of lambda/parser/README.md ("Authors"): one test per rule, one per conflict. */

async function plainAuthors(text: string): Promise<string[]> {
  const result = await parseFile(new TextEncoder().encode(text), { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.articles[0]!.authors;
}

describe('rule 1: a field the layout writes surname first is reordered', () => {
  it('reorders each person of an AUTOR: field', async () => {
    expect(parseSurnameFirst('Lindqvist, Hanne')).toEqual(['Hanne Lindqvist']);
    expect(parseSurnameFirst('Lindqvist, Hanne; Brecht, Ole')).toEqual(['Hanne Lindqvist', 'Ole Brecht']);
    expect(parseSurnameFirst('Lindqvist, Hanne und Brecht, Ole')).toEqual(['Hanne Lindqvist', 'Ole Brecht']);
    expect(parseSurnameFirst('Berg, Anna von')).toEqual(['Anna von Berg']);
    expect(await plainAuthors('Markt wächst\n\nAUTOR: Lindqvist, Hanne\n\nDer Markt wächst.\n')).toEqual([
      'Hanne Lindqvist',
    ]);
  });
});

describe('rule 2: a byline that runs on with paper and place keeps the person', () => {
  it('drops the paper and the place', () => {
    expect(parseByline('Dana Whitfield, Valley Herald, Pa.')).toEqual(['Dana Whitfield']);
    expect(parseByline('By Ivo Renk, Tarn County Courier, N.M.')).toEqual(['Ivo Renk']);
    expect(parseByline('Ivo Renk, Quillby Evening Ledger', 'Quillby Evening Ledger')).toEqual(['Ivo Renk']);
  });
});

describe('rule 3: otherwise commas separate people', () => {
  it('gives each name between commas', () => {
    expect(parseByline('Kim Park, Lou Tan')).toEqual(['Kim Park', 'Lou Tan']);
    expect(parseByline('By Kim Park, Lou Tan and Ada Moss')).toEqual(['Kim Park', 'Lou Tan', 'Ada Moss']);
  });
});

describe('conflicts between the rules', () => {
  it('surname first against commas: the layout decides, not the text', async () => {
    // The same text is one person in a surname-first field, and two credits in a byline.
    expect(await plainAuthors('Markt wächst\n\nAUTOR: Park, Kim\n\nDer Markt wächst.\n')).toEqual([
      'Kim Park',
    ]);
    expect(parseByline('Park, Kim')).toEqual(['Park', 'Kim']);
  });

  it('run-on against commas: people before the paper are still separated by commas', () => {
    expect(parseByline('Kim Park, Lou Tan, Valley Herald, Pa.')).toEqual(['Kim Park', 'Lou Tan']);
  });

  it('run-on against commas: without a place or the publication, a paper-like name is a person', () => {
    expect(parseByline('Kim Park, Ann Post')).toEqual(['Kim Park', 'Ann Post']);
  });

  it('a place alone after the name is not a person', () => {
    expect(parseByline('Kim Park, Ore.')).toEqual(['Kim Park']);
  });

  it('surname first against run-on: a surname-first field is never cut at a paper', () => {
    expect(parseSurnameFirst('Park, Kim; Tan, Lou')).toEqual(['Kim Park', 'Lou Tan']);
  });
});

describe('before the rules: credits that name no person', () => {
  it('gives none for reports and compilers, and keeps an organization alone', () => {
    for (const credit of [
      'From staff and wire reports',
      'Staff and wire reports',
      'Tarn-News report',
      'Compiled by Ola Venn',
    ])
      expect(parseByline(credit), credit).toEqual([]);
    expect(parseByline('The Canadian Press')).toEqual(['The Canadian Press']);
  });
});
