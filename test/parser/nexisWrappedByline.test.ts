// A Nexis `BYLINE:` field wrapped over lines: a wrap that separates people keeps every author (issue 15, rule 3).
import { describe, expect, it } from 'vitest';
import { nexisBylineCredits } from '../../lambda/parser/nexisBylineCredits';
import { parseFile } from '../../lambda/parser/parseFile';

/** One invented Nexis document whose `BYLINE:` field is printed on the given lines. */
async function authorsOf(bylineLines: readonly string[]) {
  const text = [
    '                              1 of 1 DOCUMENT',
    '',
    '                            Millbrook Ledger',
    '',
    '                          June 2, 2022 Thursday',
    '',
    'HEADLINE: Canal lock reopens after repairs',
    '',
    `BYLINE: ${bylineLines[0]}`,
    ...bylineLines.slice(1),
    '',
    'BODY:',
    '',
    'The east lock of the canal reopened on Wednesday.',
    '',
  ].join('\n');
  const result = await parseFile(new TextEncoder().encode(text), { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  const [article] = result.articles;
  return { byline: article!.byline, authors: article!.authors, provenance: article!.provenance! };
}

describe('a wrapped Nexis BYLINE: field', () => {
  it.each([
    [
      ['By Anneke Voss', 'Tomasz Reidel'],
      ['Anneke Voss', 'Tomasz Reidel'],
    ],
    [
      ['By GRETA LINDQVIST', 'OSKAR BRANDT'],
      ['Greta Lindqvist', 'Oskar Brandt'],
    ],
    [
      ['Priya Hallam, Staff Writer', 'Declan Moor'],
      ['Priya Hallam', 'Declan Moor'],
    ],
    [
      ['By Ada Brook', 'Lee Marsh', 'Tove Ek'],
      ['Ada Brook', 'Lee Marsh', 'Tove Ek'],
    ],
  ])('%j: a wrap before a whole name starts a new author', async (lines, authors) => {
    const read = await authorsOf(lines);
    expect(read.authors).toEqual(authors);
    // The byline stays as printed, wrapped lines joined, and names both lines.
    expect(read.byline).toBe(lines.join(' '));
    expect(read.provenance.fields.byline).toEqual([[8, 8 + lines.length]]);
  });

  it('a person and an organization on the next line: the person is the author', async () => {
    expect((await authorsOf(['By Jo Pruitt', 'HARBOR NEWS SERVICE'])).authors).toEqual(['Jo Pruitt']);
  });

  it.each([
    // The wrap is inside the credit: after a connector, after a comma, inside a name.
    [
      ['By Ines Toller and', 'Wen Hsu'],
      ['Ines Toller', 'Wen Hsu'],
    ],
    [
      ['By Marguerite Okonkwo-Bell and Sebastian', 'Fairweather'],
      ['Marguerite Okonkwo-Bell', 'Sebastian Fairweather'],
    ],
    [
      ['By Ruth Amsel and Colm', 'Padraig Doyle'],
      ['Ruth Amsel', 'Colm Padraig Doyle'],
    ],
    [['By Nia Cole,', 'Metro Desk Editor'], ['Nia Cole']],
  ])('%j: a wrap inside a credit joins it', async (lines, authors) => {
    expect((await authorsOf(lines)).authors).toEqual(authors);
  });

  it('reads wraps only where they separate people', () => {
    expect(nexisBylineCredits(['BYLINE: By Anneke Voss', 'Tomasz Reidel'], [[0, 2]])).toBe(
      'By Anneke Voss; Tomasz Reidel',
    );
    expect(nexisBylineCredits(['BYLINE: By Ines Toller and', 'Wen Hsu'], [[0, 2]])).toBeNull();
    expect(nexisBylineCredits(['BYLINE: By Ann Lee'], [[0, 1]])).toBeNull();
    // A field printed twice is read as its joined values, as before.
    expect(
      nexisBylineCredits(
        ['BYLINE: By Ann Lee', 'Bo Chan', '', 'BYLINE: Kit Ray'],
        [
          [0, 2],
          [3, 4],
        ],
      ),
    ).toBeNull();
  });
});
