/**
 * Writes the invented other-vendor exports of the accuracy set `test/fixtures/accuracy/developmentVendors/`
 * (one file per layout, from the invented documents of test/parser/vendors/*Fixtures.ts) with their answer
 * keys. The keys' values are written by hand below, from the invented documents, never from the parser's
 * output; the keys were written after the readers, so the set is a development set.
 *
 * Run: `npx tsx scripts/writeVendorFixtures.ts`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { europresseNewHtml, europresseOldHtml } from '../test/helpers/europresseExport';
import { integrumHtml, windows1251 } from '../test/helpers/integrumExport';
import { mediargusText } from '../test/helpers/mediargusExport';
import { proquestEmail, proquestHtml, proquestText } from '../test/helpers/proquestExport';
import { windows1252 } from '../test/helpers/windows1252';
import { EUROPRESSE_DOCUMENTS } from '../test/parser/vendors/europresseFixtures';
import { INTEGRUM_DOCUMENTS } from '../test/parser/vendors/integrumFixtures';
import { MEDIARGUS_DOCUMENTS } from '../test/parser/vendors/mediargusFixtures';
import { PROQUEST_DOCUMENTS } from '../test/parser/vendors/proquestFixtures';

const FOLDER = new URL('../test/fixtures/accuracy/developmentVendors/', import.meta.url).pathname;
const utf8 = (text: string) => new TextEncoder().encode(text);

type Expected = Record<string, string | number | string[] | null>;

const PROQUEST: Expected[] = [
  {
    publication: 'The Invented Gazette',
    headline: 'Harbour ferry fares to rise in spring',
    byline: 'Quill, Mara; Brand, Ode',
    authors: ['Mara Quill', 'Ode Brand'],
    dateline: 'PORTVILLE',
    publishedDate: '2014-02-07',
    section: 'City',
    page: 'A.1',
    language: 'en',
    firstParagraph: 'The ferry company said on Monday that fares would rise in the spring.',
    lastParagraph: 'The council meets on Thursday.',
    paragraphCount: 3,
  },
  {
    publication: 'Le Journal Inventé',
    headline: 'Library opens a seed exchange',
    byline: null,
    authors: [],
    dateline: null,
    publishedDate: '2021-03-12',
    section: null,
    page: '4',
    language: 'fr',
    firstParagraph: 'La bibliothèque a ouvert un échange de graines mardi.',
    lastParagraph: 'Les jardiniers ont apporté des bocaux de haricots.',
    paragraphCount: 2,
  },
];

const EUROPRESSE: Expected[] = [
  {
    publication: 'Le Quotidien Inventé',
    headline: 'Le port relève ses tarifs',
    byline: 'Jeanne Martin',
    authors: ['Jeanne Martin'],
    dateline: 'PORTVILLE',
    publishedDate: '2006-03-14',
    section: 'Communication',
    page: '16',
    firstParagraph: 'La compagnie de bacs a annoncé lundi une hausse des tarifs au printemps.',
    lastParagraph: 'Les voyageurs paieront deux pièces de plus pour un aller-retour.',
    paragraphCount: 2,
  },
  {
    publication: 'Hebdo Imaginaire',
    headline: 'La bibliothèque ouvre une grainothèque',
    byline: null,
    authors: [],
    publishedDate: '2018-02-01',
    section: null,
    page: null,
    firstParagraph: 'Les jardiniers ont apporté des bocaux de haricots : café, thé et graines.',
    paragraphCount: 1,
  },
];

const INTEGRUM: Expected[] = [
  {
    publication: 'Вымышленная газета',
    headline: 'Паром поднимает цены весной',
    byline: 'Иван Петров',
    authors: ['Иван Петров'],
    publishedDate: '2012-02-01',
    section: 'Экономика',
    firstParagraph: 'Паромная компания сообщила в понедельник, что цены вырастут весной.',
    lastParagraph: 'Пассажиры заплатят на две монеты больше.',
    paragraphCount: 2,
  },
  {
    publication: 'Придуманный еженедельник',
    headline: 'Библиотека открыла обмен семенами',
    byline: null,
    authors: [],
    publishedDate: '2006-03-14',
    section: null,
    paragraphCount: 1,
  },
];

const MEDIARGUS: Expected[] = [
  {
    publication: 'De Verzonnen Krant',
    headline: 'Veerdienst verhoogt tarieven in de lente',
    byline: 'Mara Quill',
    authors: ['Mara Quill'],
    dateline: 'PORTSTAD',
    publishedDate: '2011-11-30',
    section: 'Binnenland',
    page: '23',
    statedWordCount: 853,
    firstParagraph: 'De veerdienst zei maandag dat de tarieven in de lente stijgen.',
    lastParagraph: 'De gemeenteraad vergadert donderdag.',
    paragraphCount: 3,
  },
  {
    publication: 'Het Bedachte Blad',
    headline: 'Bibliotheek opent een zadenruil',
    byline: 'Ode Brand',
    authors: ['Ode Brand'],
    publishedDate: '2011-12-01',
    section: null,
    page: '4',
    statedWordCount: 120,
    paragraphCount: 2,
  },
];

/** The layouts: file name, key format (scored apart in `parser.accuracy.byFormat`), bytes, classes and keys. */
const FILES: { file: string; format: string; bytes: Uint8Array; classes: string[]; expected: Expected[] }[] =
  [
    {
      file: 'proquest.txt',
      format: 'proquest-text',
      bytes: utf8(proquestText(PROQUEST_DOCUMENTS)),
      classes: ['surname-first-author'],
      expected: PROQUEST,
    },
    {
      file: 'proquest.html',
      format: 'proquest-html',
      bytes: utf8(proquestHtml(PROQUEST_DOCUMENTS, { highlight: true })),
      classes: ['html-highlight-spans'],
      expected: PROQUEST,
    },
    {
      file: 'proquest-2023.html',
      format: 'proquest-html-2023',
      bytes: utf8(proquestHtml(PROQUEST_DOCUMENTS, { layout: 'v2', brokenHtmlIn: [1] })),
      classes: ['broken-html-tag'],
      expected: PROQUEST,
    },
    {
      file: 'proquest.eml',
      format: 'proquest-email',
      bytes: utf8(proquestEmail(PROQUEST_DOCUMENTS, { forwarded: true })),
      classes: ['forwarded-email'],
      expected: PROQUEST,
    },
    {
      file: 'europresse-old.html',
      format: 'europresse-old',
      bytes: utf8(europresseOldHtml(EUROPRESSE_DOCUMENTS)),
      classes: ['charset-lies'],
      expected: EUROPRESSE,
    },
    {
      file: 'europresse-new.html',
      format: 'europresse-new',
      bytes: utf8(europresseNewHtml(EUROPRESSE_DOCUMENTS)),
      classes: ['trailing-notes'],
      expected: EUROPRESSE,
    },
    {
      file: 'integrum.html',
      format: 'integrum',
      bytes: windows1251(integrumHtml(INTEGRUM_DOCUMENTS)),
      classes: ['windows-1251'],
      expected: INTEGRUM,
    },
    {
      file: 'mediargus.txt',
      format: 'mediargus',
      bytes: windows1252(mediargusText(MEDIARGUS_DOCUMENTS)),
      classes: ['publication-from-list'],
      expected: MEDIARGUS,
    },
  ];

mkdirSync(FOLDER, { recursive: true });
for (const { file, format, bytes, classes, expected } of FILES) {
  writeFileSync(join(FOLDER, file), bytes);
  const documents = expected.map((fields, i) => ({ documentIndex: i + 1, classes, expected: fields }));
  writeFileSync(
    join(FOLDER, `${file}.key.json`),
    `${JSON.stringify({ file, format, documents }, null, 2)}\n`,
  );
  console.log(`wrote ${file} and its key`);
}
