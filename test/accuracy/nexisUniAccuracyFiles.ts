import { type NexisUniDocument, nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';

/**
 * The Nexis Uni files of the `developmentNexisUni` labelled set, made by code with the DOCX and ZIP fixture
 * writers: the committed bytes in test/fixtures/accuracy/developmentNexisUni/ must equal these
 * (`nexisUniAccuracyFiles.test.ts`); rewrite them with
 * `npx tsx test/accuracy/writeNexisUniAccuracyFiles.ts`. Every name, place and sentence is invented. The
 * answer keys beside the files are written by hand from these documents, never from the parser's output.
 */

/** English, with a cover page: a deck after `;`, two bylines, a Graphic block, a cut-off last document. */
const ENGLISH_COVER: NexisUniDocument[] = [
  {
    headline: 'Tide gauges to be replaced; Harbour board approves the budget',
    publication: 'The Kestrel Bay Courier',
    dateLine: 'March 4, 2020 Wednesday',
    copyright: 'Copyright 2020 Kestrel Bay Media Ltd. All Rights Reserved',
    fields: [
      ['Section', 'METRO; Pg. A3'],
      ['Length', '412 words'],
      ['Byline', 'Tessa Holm and Ravi Dunmore'],
      ['Dateline', 'KESTREL BAY'],
    ],
    paragraphs: [
      'KESTREL BAY — The harbour board voted on Tuesday to replace the three tide gau|ges on the north pier.',
      '',
      'The new gauges report every minute instead of every hour.',
      'Work starts in May and should take six weeks.',
    ],
    classification: [
      ['Language', 'ENGLISH'],
      ['Publication-Type', 'Newspaper'],
      ['Subject', 'PORTS (92%); BUDGETS (71%)'],
      ['Geographic', 'KESTREL BAY (90%)'],
    ],
    loadDate: 'March 5, 2020',
  },
  {
    headline: 'Choir wins regional prize',
    publication: 'Kestrel Bay Weekly',
    dateLine: 'March 6, 2020 Friday Final Edition',
    fields: [
      ['Section', 'CULTURE; Version:2'],
      ['Length', '95 words'],
      ['Byline', 'Ilse Marrow'],
    ],
    paragraphs: [
      'The Kestrel Bay youth choir took first prize at the regional festival on Thursday.',
      'Its director said the singers had rehearsed twice a week since October.',
    ],
    loadDate: 'March 7, 2020',
  },
  {
    headline: 'Ferry pier reopens',
    publication: 'The Kestrel Bay Courier',
    dateLine: 'March 9, 2020 Monday 7:05 AM GMT',
    copyright: 'Copyright 2020 Kestrel Bay Media Ltd.',
    fields: [
      ['Section', 'NEWS'],
      ['Length', '60 words'],
    ],
    paragraphs: ['The ferry pier reopened on Monday after repairs.', 'Boats run every half hour.'],
    graphic: ['A ferry at the reopened pier.'],
    ended: false,
  },
];

/** German interface, no cover page: surname-first author, German dates, a document without Classification. */
const GERMAN_PLAIN: NexisUniDocument[] = [
  {
    headline: 'Stadtbibliothek verlängert die Öffnungszeiten',
    publication: 'Erfundener Anzeiger',
    dateLine: '14. Januar 2021 Donnerstag 8:15 AM GMT+1',
    copyright: 'Copyright 2021 Erfundener Verlag GmbH',
    fields: [
      ['Rubrik', 'LOKALES; S. 12'],
      ['Länge', '230 Wörter'],
      ['Autor', 'Lindqvist, Maren'],
    ],
    paragraphs: [
      'Die Stadtbibliothek öffnet ab Februar auch am Samstagnachmittag.',
      'Der Stadtrat hat dafür zwei neue Stellen bewilligt.',
      'Die Leiterin rechnet mit mehr Besuchern.',
    ],
    classification: [
      ['Sprache', 'DEUTSCH'],
      ['Thema', 'BIBLIOTHEKEN (88%)'],
    ],
    loadDate: '15. Januar 2021',
  },
  {
    headline: 'Wochenmarkt zieht um',
    publication: 'Erfundener Anzeiger',
    dateLine: 'Freitag 15. Januar 2021',
    fields: [['Länge', '70 Wörter']],
    paragraphs: ['Der Wochenmarkt zieht für drei Monate auf den Kirchplatz.'],
    loadDate: '16. Januar 2021',
  },
];

/** French and Dutch interfaces, one DOCX each, bundled in a ZIP (members in name order). */
const FRENCH: NexisUniDocument[] = [
  {
    headline: 'La piscine municipale ferme pour travaux',
    publication: 'La Gazette Inventée',
    dateLine: '3 juin 2019 lundi',
    fields: [
      ['Rubrique', 'RÉGION'],
      ['Longueur', '180 mots'],
      ['Auteur', 'Claire Dufay'],
    ],
    paragraphs: ['La piscine municipale fermera tout l’été.', 'Les travaux coûteront deux millions.'],
    classification: [['Langue', 'FRANÇAIS']],
    loadDate: '4 juin 2019',
  },
];
const DUTCH: NexisUniDocument[] = [
  {
    headline: 'Gemeente plant nieuwe bomen',
    publication: 'Het Verzonnen Dagblad',
    dateLine: '12 oktober 2018 vrijdag',
    fields: [
      ['Rubriek', 'REGIO'],
      ['Lengte', '110 woorden'],
      ['Auteur', 'Bakker, Femke'],
    ],
    paragraphs: ['De gemeente plant dit najaar driehonderd bomen.', 'Bewoners mogen de plekken kiezen.'],
    classification: [['Taal', 'NEDERLANDS']],
    loadDate: '13 oktober 2018',
  },
];

/** The set's files by name, built afresh. */
export function nexisUniAccuracyFiles(): { name: string; bytes: Uint8Array }[] {
  return [
    {
      name: 'nexis-uni-en-cover.docx',
      bytes: writeDocx(nexisUniBlocks(ENGLISH_COVER, { cover: true, language: 'en' })),
    },
    {
      name: 'nexis-uni-de.docx',
      bytes: writeDocx(nexisUniBlocks(GERMAN_PLAIN, { cover: false, language: 'de' })),
    },
    {
      name: 'nexis-uni-fr-nl.zip',
      bytes: writeZip([
        { name: 'a-fr.docx', data: writeDocx(nexisUniBlocks(FRENCH, { cover: true, language: 'fr' })) },
        { name: 'b-nl.docx', data: writeDocx(nexisUniBlocks(DUTCH, { cover: true, language: 'nl' })) },
      ]),
    },
  ];
}
