import { describe, expect, it } from 'vitest';
import { isNexisSeparator } from '../../lambda/parser/isNexisSeparator';
import { parseFile } from '../../lambda/parser/parseFile';
import { parseLocalizedDate } from '../../lambda/parser/parseLocalizedDate';
import { reorderSurnameFirst } from '../../lambda/parser/reorderSurnameFirst';

const encoder = new TextEncoder();

/** An invented classic LexisNexis TXT export in the German interface. */
const GERMAN_TXT = [
  '',
  '                              Dokument 1 von 2',
  '',
  '                              Erfundene Rundschau',
  '',
  '                       27. Februar 2012 Montag 9:50 PM GMT+1',
  '',
  'RUBRIK: LOKALES; S. 12',
  '',
  'LÄNGE: 1285 Wörter',
  '',
  'HEADLINE: Der Stadtrat beschließt den Haushalt',
  '',
  'AUTOR: Berger, Anna',
  '',
  'BODY:',
  '',
  'Der Stadtrat hat am Montag den Haushalt beschlossen.',
  '',
  'Die Opposition stimmte dagegen.',
  '',
  'UPDATE: 28. Februar 2012',
  '',
  'SPRACHE: GERMAN',
  '',
  '                              Dokument 2 von 2',
  '',
  '                              Erfundene Rundschau',
  '',
  '                        Mittwoch 31. August 2011',
  '',
  'LÄNGE: 80 Wörter',
  '',
  'HEADLINE: Kurzmeldung',
  '',
  'BODY:',
  '',
  'OFFERROLLER: Ein Wort, das wie ein Feld aussieht, bleibt Text.',
  '',
  'SPRACHE: DEUTSCH',
  '',
].join('\n');

/** An invented classic export in the French interface. */
const FRENCH_TXT = [
  '                              1 sur 1 documents',
  '',
  '                              Le Journal Inventé',
  '',
  '                              17 mai 2003',
  '',
  'RUBRIQUE: ÉCONOMIE',
  '',
  'LONGUEUR: 143 mots',
  '',
  'TITRE: Le port agrandit ses quais',
  '',
  'AUTEUR: Morel, Jean',
  '',
  'BODY:',
  '',
  'Le port agrandit ses quais cette année.',
  '',
  'LANGUE: FRANÇAIS',
  '',
  'DATE-CHARGEMENT: 18 mai 2003',
].join('\n');

/** An invented classic export in the Dutch interface. */
const DUTCH_TXT = [
  '                              1 van 1 documenten',
  '',
  '                              De Verzonnen Krant',
  '',
  '                              17 mei 2003 zaterdag',
  '',
  'LENGTE: 80 woorden',
  '',
  'KOP: Nieuwe fietsbrug geopend',
  '',
  'AUTEUR: Jan Pieters',
  '',
  'TEKST:',
  '',
  'De fietsbrug is zaterdag geopend.',
  '',
  'TAAL: NEDERLANDS',
].join('\n');

describe('classic Nexis TXT in German, French and Dutch', () => {
  it('German: `Dokument N von M`, German labels, dates, a surname-first author', async () => {
    const result = await parseFile(encoder.encode(GERMAN_TXT), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.format).toBe('nexis');
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject({
      publication: 'Erfundene Rundschau',
      publishedDate: '2012-02-27',
      section: 'LOKALES',
      page: '12',
      statedWordCount: 1285,
      headline: 'Der Stadtrat beschließt den Haushalt',
      byline: 'Berger, Anna',
      authors: ['Anna Berger'],
      language: 'de',
      paragraphs: ['Der Stadtrat hat am Montag den Haushalt beschlossen.', 'Die Opposition stimmte dagegen.'],
    });
    expect(result.articles[1]).toMatchObject({
      publishedDate: '2011-08-31',
      statedWordCount: 80,
      language: 'de',
      paragraphs: ['OFFERROLLER: Ein Wort, das wie ein Feld aussieht, bleibt Text.'],
    });
  });

  it('French: `1 sur 1`, RUBRIQUE, LONGUEUR in mots, TITRE, AUTEUR, LANGUE, DATE-CHARGEMENT', async () => {
    const result = await parseFile(encoder.encode(FRENCH_TXT), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.articles).toEqual([
      expect.objectContaining({
        publication: 'Le Journal Inventé',
        publishedDate: '2003-05-17',
        section: 'ÉCONOMIE',
        statedWordCount: 143,
        headline: 'Le port agrandit ses quais',
        authors: ['Jean Morel'],
        language: 'fr',
        paragraphs: ['Le port agrandit ses quais cette année.'],
      }),
    ]);
  });

  it('Dutch: KOP, LENGTE, TEKST, TAAL', async () => {
    const result = await parseFile(encoder.encode(DUTCH_TXT), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.articles).toEqual([
      expect.objectContaining({
        publication: 'De Verzonnen Krant',
        publishedDate: '2003-05-17',
        statedWordCount: 80,
        headline: 'Nieuwe fietsbrug geopend',
        authors: ['Jan Pieters'],
        language: 'nl',
        paragraphs: ['De fietsbrug is zaterdag geopend.'],
      }),
    ]);
  });
});

describe('dates, separators and authors in the languages Nexis offers', () => {
  it.each([
    ['27. Februar 2012 Montag 9:50 PM GMT+1', '2012-02-27'],
    ['Mittwoch 31. August 2011', '2011-08-31'],
    ['17 mai 2003', '2003-05-17'],
    ['samedi 1er mars 2003', '2003-03-01'],
    ['17 mei 2003 zaterdag', '2003-05-17'],
    ['17 de mayo de 2003', '2003-05-17'],
    // The calendar date as printed, never shifted by the zone: 11:50 PM GMT-5 is still 1 July.
    ['July 1, 2019 Monday 11:50 PM GMT-5', '2019-07-01'],
  ])('%s → %s', (line, iso) => expect(parseLocalizedDate(line)?.isoDate).toBe(iso));

  it.each(['31. Februar 2012', 'Quellen: The Guardian(London)', '17 mai', 'Mai 2003 war ein guter Monat'])(
    'not a date: %s',
    (line) => expect(parseLocalizedDate(line)).toBeNull(),
  );

  it.each(['Dokument 234 von 456', '  1 von 3 Dokumenten', '1 sur 1 documents', '2 van 9 documenten'])(
    'a separator: %s',
    (line) => expect(isNexisSeparator(line)).toBe(true),
  );

  it.each([
    ['Berger, Anna', 'Anna Berger'],
    ['van der Berg, Jan', 'Jan van der Berg'],
    ['Anna Berger und Kai Lenz', 'Anna Berger und Kai Lenz'],
    ['Berger, Anna; Lenz, Kai', 'Berger, Anna; Lenz, Kai'],
  ])('%s reads %s', (name, reading) => expect(reorderSurnameFirst(name)).toBe(reading));
});
