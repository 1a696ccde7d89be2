import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../lambda/parser/parseFile';
import type { ParsedArticle } from '../../../lambda/parser/types';
import {
  type ProQuestDocument,
  type ProQuestUiWords,
  proquestEmail,
  proquestHtml,
  proquestText,
} from '../../helpers/proquestExport';

const encode = (text: string) => new TextEncoder().encode(text);

/** One invented document per interface language, with its answer key written by hand. */
interface LanguageCase {
  ui: string;
  words: ProQuestUiWords;
  document: ProQuestDocument;
  key: Partial<ParsedArticle>;
}

const CASES: LanguageCase[] = [
  {
    ui: 'German',
    words: { fullText: 'Volltext', document: 'Dokument', of: 'von' },
    document: {
      headline: 'Sternwarte öffnet nachts',
      id: '3100000001',
      before: [
        ['Autor', 'Vogel, Ida; Sommer, Karl'],
        ['Publikationsinformationen', 'Erfundenes Tagblatt; Kassel [Kassel]. 5 Dez. 2022: 11.'],
        ['Zusammenfassung', 'Die Sternwarte lädt zu Nachtführungen ein.'],
      ],
      paragraphs: ['Die Sternwarte bietet ab Freitag Führungen bei Nacht an.', 'Der Eintritt ist frei.'],
      after: [
        ['Thema', 'Astronomie; Museen'],
        ['Ort', 'Kassel'],
        ['Titel', 'Sternwarte öffnet nachts'],
        ['Titel der Publikation', 'Erfundenes Tagblatt'],
        ['Seiten', '11'],
        ['Publikationsdatum', '5. Dezember 2022'],
        ['Bereich', 'Kultur'],
        ['Publikationssprache', 'Deutsch'],
        ['Dokumententyp', 'Zeitungsartikel'],
        ['ProQuest-Dokument-ID', '3100000001'],
        ['Dokument-URL', 'https://www.proquest.com/docview/3100000001'],
      ],
    },
    key: {
      headline: 'Sternwarte öffnet nachts',
      publication: 'Erfundenes Tagblatt',
      byline: 'Vogel, Ida; Sommer, Karl',
      authors: ['Ida Vogel', 'Karl Sommer'],
      publishedDate: '2022-12-05',
      section: 'Kultur',
      page: '11',
      language: 'de',
      sourceDocumentId: { vendor: 'proquest', id: '3100000001' },
      paragraphs: ['Die Sternwarte bietet ab Freitag Führungen bei Nacht an.', 'Der Eintritt ist frei.'],
      indexTerms: {
        subject: [
          { term: 'Astronomie', score: null },
          { term: 'Museen', score: null },
        ],
        organization: [],
        person: [],
        geographic: [{ term: 'Kassel', score: null }],
      },
    },
  },
  {
    ui: 'French',
    words: { fullText: 'Texte intégral', document: 'Document', of: 'sur' },
    document: {
      headline: 'Le tramway prolongé jusqu’au stade',
      id: '3100000002',
      before: [
        ['Auteur', 'Lambert, Sophie'],
        ['Informations de publication', 'Le Réveil Inventé; Lille [Lille]. 1 févr. 2019: 6.'],
      ],
      paragraphs: ['LILLE - La ligne de tramway ira jusqu’au stade dès la rentrée.'],
      after: [
        ['Sujet', 'Tramways'],
        ['Société / organisation', 'Name: Régie Inventée des Transports; NAICS: 485112'],
        ['Titre de la publication', 'Le Réveil Inventé'],
        ['Pages', '6'],
        ['Date de publication', '1er février 2019'],
        ['Langue de publication', 'Français'],
        ['ID de document ProQuest', '3100000002'],
      ],
    },
    key: {
      headline: 'Le tramway prolongé jusqu’au stade',
      publication: 'Le Réveil Inventé',
      authors: ['Sophie Lambert'],
      dateline: 'LILLE',
      publishedDate: '2019-02-01',
      page: '6',
      language: 'fr',
      sourceDocumentId: { vendor: 'proquest', id: '3100000002' },
      paragraphs: ['La ligne de tramway ira jusqu’au stade dès la rentrée.'],
    },
  },
  {
    ui: 'Spanish',
    words: { fullText: 'Texto completo', document: 'Documento', of: 'de' },
    document: {
      headline: 'Reabre el mercado de abastos',
      id: '3100000003',
      before: [
        ['Autor', 'Navarro, Pilar'],
        ['Información de publicación', 'La Voz Inventada; Cádiz. 17 ago. 2012: 8.'],
      ],
      paragraphs: [
        'El mercado de abastos reabrió el viernes tras dos años de obras.',
        'Los comerciantes celebraron con música.',
      ],
      after: [
        ['Materia', 'Mercados'],
        ['Lugar', 'Cádiz'],
        ['Título de publicación', 'La Voz Inventada'],
        ['Páginas', '8'],
        ['Fecha de publicación', '17 de agosto de 2012'],
        ['Sección', 'Local'],
        ['Idioma de la publicación', 'Español'],
        ['ID del documento de ProQuest', '3100000003'],
      ],
    },
    key: {
      headline: 'Reabre el mercado de abastos',
      publication: 'La Voz Inventada',
      authors: ['Pilar Navarro'],
      publishedDate: '2012-08-17',
      section: 'Local',
      page: '8',
      language: 'es',
      sourceDocumentId: { vendor: 'proquest', id: '3100000003' },
      paragraphs: [
        'El mercado de abastos reabrió el viernes tras dos años de obras.',
        'Los comerciantes celebraron con música.',
      ],
      indexTerms: {
        subject: [{ term: 'Mercados', score: null }],
        organization: [],
        person: [],
        geographic: [{ term: 'Cádiz', score: null }],
      },
    },
  },
];

/** A second document in the same interface, with only a citation, to check that documents stay apart. */
function companion(words: ProQuestUiWords, id: string): ProQuestDocument {
  return {
    headline: 'Second invented story',
    id,
    ui: words,
    before: [],
    paragraphs: ['A second invented story closes the export.'],
    after: [],
  };
}

async function articlesOf(bytes: Uint8Array): Promise<ParsedArticle[]> {
  const result = await parseFile(bytes, { enrich: false });
  if (!result.ok) throw new Error(`rejected: ${result.rejection.code} ${result.rejection.message}`);
  return result.articles;
}

describe('ProQuest results in the German, French and Spanish interfaces', () => {
  for (const { ui, words, document, key } of CASES) {
    const documents = [{ ...document, ui: words }, companion(words, '3199999999')];
    const layouts: [string, () => Uint8Array][] = [
      ['plain-text export', () => encode(proquestText(documents))],
      ['HTML results', () => encode(proquestHtml(documents))],
      ['2023 e-mail (base64)', () => encode(proquestEmail(documents, { layout: 'v2', transfer: 'base64' }))],
    ];
    for (const [layout, bytes] of layouts) {
      it(`${ui}: ${layout}`, async () => {
        const articles = await articlesOf(bytes());
        expect(articles).toHaveLength(2);
        expect(articles[0]).toMatchObject({ format: 'proquest', ...key });
        expect(articles[1]).toMatchObject({
          headline: 'Second invented story',
          paragraphs: ['A second invented story closes the export.'],
        });
      });
    }
  }

  it('reads a German plain-text export that ProQuest names only in its document ids', async () => {
    const words = CASES[0]!.words;
    const text = proquestText([{ ...CASES[0]!.document, ui: words }]).replace(
      'Report Information from ProQuest',
      'Bericht',
    );
    const articles = await articlesOf(encode(text));
    expect(articles.map((article) => article.sourceDocumentId)).toEqual([
      { vendor: 'proquest', id: '3100000001' },
    ]);
  });

  it('reads the company names and an empty abstract as the French and Spanish interfaces word them', async () => {
    const documents: ProQuestDocument[] = [
      {
        headline: 'Invented port story',
        ui: CASES[1]!.words,
        before: [['Résumé', 'Non disponible.']],
        paragraphs: [],
        after: [
          ['Société / organisation', 'Nom : Port Inventé SA; NAICS : 488310; Nom : Régie des Quais'],
          ['ID de document ProQuest', '3100000011'],
        ],
      },
      {
        headline: 'Invented market story',
        ui: CASES[2]!.words,
        before: [['Resumen', 'El mercado abre los domingos.']],
        paragraphs: [],
        after: [
          ['Empresa / organización', 'Nombre: Mercado Inventado SL; NAICS: 445110'],
          ['ID del documento de ProQuest', '3100000012'],
        ],
      },
    ];
    const [french, spanish] = await articlesOf(encode(proquestText(documents)));
    expect(french?.indexTerms?.organization).toEqual([
      { term: 'Port Inventé SA', score: null },
      { term: 'Régie des Quais', score: null },
    ]);
    expect(french?.paragraphs).toEqual([]);
    expect(spanish?.indexTerms?.organization).toEqual([{ term: 'Mercado Inventado SL', score: null }]);
    expect(spanish?.paragraphs).toEqual(['El mercado abre los domingos.']);
  });

  it('does not take a sentence that starts like a label in another language for a field', async () => {
    const document: ProQuestDocument = {
      headline: 'Invented council story',
      before: [],
      paragraphs: ['Titel: a word at the start of a line inside the story.', 'The story goes on.'],
      after: [['ProQuest document ID', '3100000009']],
    };
    const [article] = await articlesOf(encode(proquestText([document])));
    expect(article?.paragraphs).toEqual([
      'Titel: a word at the start of a line inside the story.',
      'The story goes on.',
    ]);
  });
});
