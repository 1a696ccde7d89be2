import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../lambda/parser/parseFile';
import { collectEvents } from '../../helpers/collectEvents';
import { mediargusText } from '../../helpers/mediargusExport';
import { windows1252 } from '../../helpers/windows1252';
import { MEDIARGUS_DOCUMENTS } from './mediargusFixtures';

// Answer keys: written by hand from the invented documents in mediargusFixtures.ts.
const KEY = [
  {
    documentIndex: 1,
    format: 'mediargus',
    headline: 'Veerdienst verhoogt tarieven in de lente',
    publication: 'De Verzonnen Krant',
    section: 'Binnenland',
    publishedDate: '2011-11-30',
    page: '23',
    statedWordCount: 853,
    byline: 'Mara Quill',
    authors: ['Mara Quill'],
    dateline: 'PORTSTAD',
    paragraphs: [
      'De veerdienst zei maandag dat de tarieven in de lente stijgen.',
      'Reizigers betalen twee munten meer voor een retour, zei het bedrijf.',
      'De gemeenteraad vergadert donderdag.',
    ],
  },
  {
    documentIndex: 2,
    headline: 'Bibliotheek opent een zadenruil',
    publication: 'Het Bedachte Blad',
    section: null,
    publishedDate: '2011-12-01',
    page: '4',
    statedWordCount: 120,
    byline: 'Ode Brand',
    authors: ['Ode Brand'],
    paragraphs: [
      'De bibliotheek opende dinsdag een zadenruil: café en één idee.',
      'Tuiniers brachten potten bonen mee.',
    ],
  },
];

describe('Mediargus text export', () => {
  it('pairs each full text with its list entry, in Windows-1252', async () => {
    const result = await parseFile(windows1252(mediargusText(MEDIARGUS_DOCUMENTS)), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.format).toBe('mediargus');
    expect(result.encoding).toBe('windows-1252');
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject(KEY[0]!);
    expect(result.articles[1]).toMatchObject(KEY[1]!);
  });

  it('reads UTF-8 and LF line ends the same way, and resumes after a document', async () => {
    const bytes = new TextEncoder().encode(mediargusText(MEDIARGUS_DOCUMENTS, '\n'));
    const { articles } = await collectEvents(bytes, { enrich: false, resumeAfter: { documentIndex: 1 } });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject(KEY[1]!);
  });

  it('names the list line the publication came from', async () => {
    const text = mediargusText(MEDIARGUS_DOCUMENTS, '\n');
    const lines = text.split('\n');
    const result = await parseFile(new TextEncoder().encode(text), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    const [range] = result.articles[1]!.provenance!.fields.publication!;
    expect(lines[range![0]]).toBe('Het Bedachte Blad, donderdag 1 december 2011, p. 4, 120w., Ode Brand');
    const [headline] = result.articles[0]!.provenance!.fields.headline!;
    expect(lines[headline![0]]).toBe(KEY[0]!.headline);
  });
});
