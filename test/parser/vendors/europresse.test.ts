import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../lambda/parser/parseFile';
import { collectEvents } from '../../helpers/collectEvents';
import { europresseNewHtml, europresseOldHtml } from '../../helpers/europresseExport';
import { EUROPRESSE_DOCUMENTS } from './europresseFixtures';

const encode = (text: string) => new TextEncoder().encode(text);

// Answer keys: written by hand from the invented documents in europresseFixtures.ts.
const KEY = [
  {
    documentIndex: 1,
    format: 'europresse',
    publication: 'Le Quotidien Inventé',
    section: 'Communication',
    publishedDate: '2006-03-14',
    page: '16',
    headline: 'Le port relève ses tarifs',
    byline: 'Jeanne Martin',
    authors: ['Jeanne Martin'],
    dateline: 'PORTVILLE',
    paragraphs: [
      'La compagnie de bacs a annoncé lundi une hausse des tarifs au printemps.',
      'Les voyageurs paieront deux pièces de plus pour un aller-retour.',
    ],
    sourceDocumentId: { vendor: 'europresse', id: 'news·20060314·QI·0001' },
    // Europresse prints no language field, and `<html lang="fr">` is the interface's: never guessed.
    language: null,
  },
  {
    documentIndex: 2,
    publication: 'Hebdo Imaginaire',
    section: null,
    publishedDate: '2018-02-01',
    page: null,
    headline: 'La bibliothèque ouvre une grainothèque',
    byline: null,
    paragraphs: ['Les jardiniers ont apporté des bocaux de haricots : café, thé et graines.'],
    sourceDocumentId: { vendor: 'europresse', id: 'news·20180201·HI·0002' },
  },
];

describe('Europresse HTML', () => {
  it.each([
    ['older layout (ISO-8859-1 declared over UTF-8)', europresseOldHtml],
    ['newer layout (<article>, illustrations and notes)', europresseNewHtml],
  ] as const)('reads the %s', async (_name, write) => {
    const result = await parseFile(encode(write(EUROPRESSE_DOCUMENTS)), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.format).toBe('europresse');
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject(KEY[0]!);
    expect(result.articles[1]).toMatchObject(KEY[1]!);
    const text = JSON.stringify(result.articles.map((a) => a.paragraphs));
    expect(text).not.toMatch(/Illustration|Note\(s\)|certificat|Tous droits|Jardins/);
  });

  it('says when the declared charset was overruled, and the text is right', async () => {
    const result = await parseFile(encode(europresseOldHtml(EUROPRESSE_DOCUMENTS)), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.encoding).toBe('utf-8');
    expect(result.articles[0]!.warnings.some((w) => w.includes('charset'))).toBe(true);
  });

  it('resumes after a document and names the lines of its fields', async () => {
    const bytes = encode(europresseNewHtml(EUROPRESSE_DOCUMENTS));
    const { articles } = await collectEvents(bytes, { enrich: false, resumeAfter: { documentIndex: 1 } });
    expect(articles.map((a) => a.documentIndex)).toEqual([2]);
    const { articles: all } = await collectEvents(bytes, { enrich: false });
    const provenance = all[0]!.provenance!;
    expect(provenance.fields.sourceDocumentId).toHaveLength(1);
    expect(provenance.fields.headline).toHaveLength(1);
    expect(provenance.lines.some(([role]) => role === 'factbox')).toBe(true);
  });

  it('rejects Europresse markup with no document, naming the layout', async () => {
    const result = await parseFile(encode('<html><body><p>Numéro de document : news·1</p></body></html>'));
    expect(result).toEqual({
      ok: false,
      rejection: {
        code: 'UNRECOGNIZED_LAYOUT',
        message:
          'The file looks like a Europresse export (HTML), but no document in it has a DocPublicationName or an <article>.',
      },
    });
  });
});
