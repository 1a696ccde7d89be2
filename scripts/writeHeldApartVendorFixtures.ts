/**
 * Writes the held-apart answer keys of the other vendors (`test/fixtures/accuracy/heldApartVendors/`):
 * new invented documents (made-up names, places and text; no real article) in every vendor layout, in
 * several interface languages, with bylines of several authors, missing optional fields and odd dates,
 * each file with its answer key. The keys' values are written by hand below, as a careful reader of the
 * invented documents gives them, before any reader was changed for them: the set is committed on its own
 * and pinned by hash (test/accuracy/heldApartPin.test.ts), and never tuned to.
 *
 * It was run once, to write the committed files; the pin, not this script, is what keeps them fixed (a
 * later change to a fixture writer does not change the committed bytes).
 *
 * Run: `npx tsx scripts/writeHeldApartVendorFixtures.ts`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type EuropresseDocument,
  europresseNewHtml,
  europresseOldHtml,
} from '../test/helpers/europresseExport';
import {
  type FactivaDocument,
  factivaDivHtml,
  factivaLabelledHtml,
  factivaText,
  factivaXml,
} from '../test/helpers/factivaExport';
import { type IntegrumDocument, integrumHtml, windows1251 } from '../test/helpers/integrumExport';
import { type MediargusDocument, mediargusText } from '../test/helpers/mediargusExport';
import {
  type ProQuestDocument,
  type ProQuestUiWords,
  proquestEmail,
  proquestHtml,
  proquestText,
} from '../test/helpers/proquestExport';
import { windows1252 } from '../test/helpers/windows1252';

const FOLDER = new URL('../test/fixtures/accuracy/heldApartVendors/', import.meta.url).pathname;
const utf8 = (text: string) => new TextEncoder().encode(text);

type Expected = Record<string, string | number | string[] | null>;
interface Keyed {
  classes: string[];
  expected: Expected;
}

// ---------------------------------------------------------------- Factiva

/**
 * A Factiva document and its key, written by hand beside it (the writer's own `expected` is not read
 * here, so it is left empty).
 */
interface FactivaKeyed extends Keyed {
  document: FactivaDocument;
}

const FACTIVA: FactivaKeyed[] = [
  {
    document: {
      section: 'Business',
      headline: 'Grain silo on Mill Road reopens after repairs',
      byline: 'By Tova Reyes, Amir Lund and Jo Sato',
      wordCount: 1530,
      date: { year: 2016, month: 2, day: 29 },
      time: '07:05',
      source: 'The Meadow Herald',
      sourceCode: 'MDWHRL',
      page: 'B2',
      language: 'en',
      copyright: '(c) 2016 Meadow Press Inc.',
      lead: ['ELMFORD -- The grain silo on Mill Road reopened on Monday after six weeks of repairs.'],
      text: [
        'Farmers queued from dawn with trailers of barley.',
        'The cooperative said the new roof should last thirty years.',
      ],
      industries: [['i0100', 'Farming']],
      subjects: [['c24', 'Capacity/Facilities']],
      regions: [['elmfd', 'Elmford']],
      publisher: 'Meadow Press Inc.',
      accessionNo: 'MDWHRL0020160229ec2t0000d',
      expected: { byline: null, authors: [], dateline: null, paragraphs: [] },
    },
    classes: ['factiva', 'several-authors', 'leap-day', 'dateline'],
    expected: {
      publication: 'The Meadow Herald',
      headline: 'Grain silo on Mill Road reopens after repairs',
      byline: 'By Tova Reyes, Amir Lund and Jo Sato',
      authors: ['Tova Reyes', 'Amir Lund', 'Jo Sato'],
      dateline: 'ELMFORD',
      publishedDate: '2016-02-29',
      section: 'Business',
      page: 'B2',
      edition: null,
      statedWordCount: 1530,
      language: 'en',
      firstParagraph: 'The grain silo on Mill Road reopened on Monday after six weeks of repairs.',
      lastParagraph: 'The cooperative said the new roof should last thirty years.',
      paragraphCount: 3,
    },
  },
  {
    document: {
      headline: 'Fähre nach Lindau fährt wieder im Stundentakt',
      byline: 'Von Jonas Keller&softReturn;Petra Wolf',
      wordCount: 2048,
      date: { year: 2022, month: 1, day: 1 },
      source: 'Erfundene Seezeitung',
      sourceCode: 'ERFSEE',
      edition: 'Ausgabe Bodensee',
      language: 'de',
      copyright: '(c) 2022 Erfundene Seezeitung GmbH',
      lead: [
        'Die Fähre fährt ab Montag wieder jede Stunde.',
        'Der Betreiber hat zwei neue Kapitäne eingestellt.',
      ],
      text: ['Im Sommer soll ein drittes Schiff dazukommen.'],
      regions: [['gfr', 'Germany']],
      publisher: 'Erfundene Seezeitung GmbH',
      accessionNo: 'ERFSEE0020220101ei110000e',
      expected: { byline: null, authors: [], dateline: null, paragraphs: [] },
    },
    classes: ['factiva', 'several-authors', 'soft-return-byline', 'new-year-date', 'no-page'],
    expected: {
      publication: 'Erfundene Seezeitung',
      headline: 'Fähre nach Lindau fährt wieder im Stundentakt',
      byline: 'Von Jonas Keller, Petra Wolf',
      authors: ['Jonas Keller', 'Petra Wolf'],
      dateline: null,
      publishedDate: '2022-01-01',
      section: null,
      page: null,
      edition: 'Ausgabe Bodensee',
      statedWordCount: 2048,
      language: 'de',
      firstParagraph: 'Die Fähre fährt ab Montag wieder jede Stunde.',
      lastParagraph: 'Im Sommer soll ein drittes Schiff dazukommen.',
      paragraphCount: 3,
    },
  },
  {
    document: {
      section: 'Régions',
      headline: 'Le marché couvert rouvre ses portes',
      wordCount: 412,
      date: { year: 2009, month: 8, day: 15 },
      source: 'La Gazette Imaginaire',
      sourceCode: 'GAZIMA',
      page: '7',
      language: 'fr',
      copyright: 'La Gazette Imaginaire 2009.',
      lead: ['Après un an de travaux, le marché couvert a rouvert samedi.'],
      text: ['Les maraîchers ont retrouvé leurs étals.', 'La mairie promet des concerts le dimanche.'],
      subjects: [['gcat', 'Political/General News']],
      regions: [['fra', 'France']],
      publisher: 'La Gazette Imaginaire',
      accessionNo: 'GAZIMA0020090815e58f0000f',
      expected: { byline: null, authors: [], dateline: null, paragraphs: [] },
    },
    classes: ['factiva', 'no-byline', 'august-accent'],
    expected: {
      publication: 'La Gazette Imaginaire',
      headline: 'Le marché couvert rouvre ses portes',
      byline: null,
      authors: [],
      dateline: null,
      publishedDate: '2009-08-15',
      section: 'Régions',
      page: '7',
      edition: null,
      statedWordCount: 412,
      language: 'fr',
      firstParagraph: 'Après un an de travaux, le marché couvert a rouvert samedi.',
      lastParagraph: 'La mairie promet des concerts le dimanche.',
      paragraphCount: 3,
    },
  },
  {
    document: {
      headline: 'Night market moves to the old tram depot',
      byline: 'Rosa Delgado; Ken Ito',
      wordCount: 95,
      date: { year: 2023, month: 12, day: 31 },
      time: '23:50',
      source: 'Harbour Weekly',
      sourceCode: 'HRBWKL',
      language: 'en',
      copyright: '(c) 2023 Harbour Weekly',
      lead: ['The night market will move to the old tram depot in the spring.'],
      captions: ['Photo: Invented Picture Desk'],
      text: [],
      publisher: 'Harbour Weekly',
      accessionNo: 'HRBWKL0020231231ejcv0000g',
      expected: { byline: null, authors: [], dateline: null, paragraphs: [] },
    },
    classes: ['factiva', 'several-authors', 'photo-caption', 'no-td', 'year-end-date'],
    expected: {
      publication: 'Harbour Weekly',
      headline: 'Night market moves to the old tram depot',
      byline: 'Rosa Delgado; Ken Ito',
      authors: ['Rosa Delgado', 'Ken Ito'],
      dateline: null,
      publishedDate: '2023-12-31',
      section: null,
      page: null,
      edition: null,
      statedWordCount: 95,
      language: 'en',
      firstParagraph: 'The night market will move to the old tram depot in the spring.',
      lastParagraph: 'The night market will move to the old tram depot in the spring.',
      paragraphCount: 1,
    },
  },
];

// ---------------------------------------------------------------- ProQuest

const GERMAN: ProQuestUiWords = { fullText: 'Volltext', document: 'Dokument', of: 'von' };
const FRENCH: ProQuestUiWords = { fullText: 'Texte intégral', document: 'Document', of: 'sur' };
const SPANISH: ProQuestUiWords = { fullText: 'Texto completo', document: 'Documento', of: 'de' };

/** German interface: two documents, several authors surname first, one with no author and no section. */
const PROQUEST_DE: ProQuestDocument[] = [
  {
    ui: GERMAN,
    id: '2700000011',
    headline: 'Neue Radbrücke über die Aller eröffnet',
    before: [
      ['Autor', 'Keller, Jonas; Wolf, Petra; Brandt, Lea'],
      ['Publikationsinformationen', 'Erfundener Kurier; Hannover [Hannover]. 14 März 2019: 5.'],
    ],
    paragraphs: [
      'Die neue Radbrücke über die Aller ist seit Mittwoch offen.',
      'Täglich sollen dort zweitausend Räder fahren.',
      'Die Stadt plant eine zweite Brücke bis 2025.',
    ],
    after: [
      ['Thema', 'Radverkehr; Brücken'],
      ['Titel', 'Neue Radbrücke über die Aller eröffnet'],
      ['Titel der Publikation', 'Erfundener Kurier'],
      ['Seiten', '5'],
      ['Erscheinungsjahr', '2019'],
      ['Publikationsdatum', '14.03.2019'],
      ['Bereich', 'Lokales'],
      ['Herausgeber', 'Erfundener Verlag'],
      ['Publikationssprache', 'Deutsch'],
      ['Dokumententyp', 'Zeitungsartikel'],
      ['ProQuest-Dokument-ID', '2700000011'],
      ['Dokument-URL', 'https://www.proquest.com/docview/2700000011?accountid=1'],
      ['Copyright', 'Copyright Erfundener Verlag 14.03.2019'],
      ['Datenbank', 'Erfundene Zeitungsdatenbank'],
    ],
  },
  {
    ui: GERMAN,
    id: '2700000012',
    headline: 'Wochenmarkt zieht auf den Domplatz',
    before: [['Publikationsinformationen', 'Erfundene Rundschau; Bremen. 3 Okt. 2020: 12.']],
    paragraphs: ['Der Wochenmarkt zieht im Herbst auf den Domplatz.'],
    after: [
      ['Titel der Publikation', 'Erfundene Rundschau'],
      ['Seiten', '12'],
      ['Publikationsdatum', '03.10.2020'],
      ['Publikationssprache', 'Deutsch'],
      ['ProQuest-Dokument-ID', '2700000012'],
    ],
  },
];

const PROQUEST_DE_KEYS: Keyed[] = [
  {
    classes: ['proquest', 'ui-german', 'several-authors', 'surname-first-author', 'numeric-date'],
    expected: {
      publication: 'Erfundener Kurier',
      headline: 'Neue Radbrücke über die Aller eröffnet',
      byline: 'Keller, Jonas; Wolf, Petra; Brandt, Lea',
      authors: ['Jonas Keller', 'Petra Wolf', 'Lea Brandt'],
      dateline: null,
      publishedDate: '2019-03-14',
      section: 'Lokales',
      page: '5',
      language: 'de',
      firstParagraph: 'Die neue Radbrücke über die Aller ist seit Mittwoch offen.',
      lastParagraph: 'Die Stadt plant eine zweite Brücke bis 2025.',
      paragraphCount: 3,
    },
  },
  {
    classes: ['proquest', 'ui-german', 'no-author', 'missing-optional-fields', 'numeric-date'],
    expected: {
      publication: 'Erfundene Rundschau',
      headline: 'Wochenmarkt zieht auf den Domplatz',
      byline: null,
      authors: [],
      publishedDate: '2020-10-03',
      section: null,
      page: '12',
      language: 'de',
      firstParagraph: 'Der Wochenmarkt zieht im Herbst auf den Domplatz.',
      paragraphCount: 1,
    },
  },
];

/** French interface: an English-language article (the language is the article's, not the interface's). */
const PROQUEST_FR: ProQuestDocument[] = [
  {
    ui: FRENCH,
    id: '2700000021',
    headline: 'La piscine municipale ferme pour l’été',
    before: [
      ['Auteur', 'Moreau, Claire'],
      ['Informations de publication', 'Le Courrier Inventé; Nantes [Nantes]. 02 juil. 2018: 9.'],
      ['Résumé', 'La piscine ferme deux mois pour travaux.'],
    ],
    paragraphs: [
      'NANTES -- La piscine municipale fermera tout l’été pour changer ses filtres.',
      'Les nageurs pourront aller au bassin du quartier nord.',
    ],
    after: [
      ['Sujet', 'Piscines; Travaux publics'],
      ['Lieu', 'Nantes'],
      ['Titre de la publication', 'Le Courrier Inventé'],
      ['Pages', '9'],
      ['Année de publication', '2018'],
      ['Date de publication', '2 juil. 2018'],
      ['Section', 'Vie locale'],
      ['Éditeur', 'Éditions Inventées'],
      ['Langue de publication', 'Français'],
      ['Type de document', 'Article de presse'],
      ['ID de document ProQuest', '2700000021'],
      ['URL du document', 'https://www.proquest.com/docview/2700000021?accountid=1'],
    ],
  },
  {
    ui: FRENCH,
    id: '2700000022',
    headline: 'Harbour pilots ask for a second boat',
    before: [
      ['Auteur', 'Okafor, Ben; Lindqvist, Sara'],
      ['Informations de publication', 'The Invented Courier; Dover. 11 sept. 2017: A.4.'],
    ],
    paragraphs: [
      'The harbour pilots asked the port authority on Friday for a second boat.',
      'One boat cannot cover both channels at night, they said.',
    ],
    after: [
      ['Sujet', 'Ports; Navigation'],
      ['Société / organisation', 'Name: Dover Pilots Association; NAICS: 488330'],
      ['Titre de la publication', 'The Invented Courier'],
      ['Pages', 'A.4'],
      ['Date de publication', '11 sept. 2017'],
      ['Langue de publication', 'Anglais'],
      ['ID de document ProQuest', '2700000022'],
    ],
  },
];

const PROQUEST_FR_KEYS: Keyed[] = [
  {
    classes: ['proquest', 'ui-french', 'surname-first-author', 'dateline', 'abbreviated-month'],
    expected: {
      publication: 'Le Courrier Inventé',
      headline: 'La piscine municipale ferme pour l’été',
      byline: 'Moreau, Claire',
      authors: ['Claire Moreau'],
      dateline: 'NANTES',
      publishedDate: '2018-07-02',
      section: 'Vie locale',
      page: '9',
      language: 'fr',
      firstParagraph: 'La piscine municipale fermera tout l’été pour changer ses filtres.',
      lastParagraph: 'Les nageurs pourront aller au bassin du quartier nord.',
      paragraphCount: 2,
    },
  },
  {
    classes: ['proquest', 'ui-french', 'several-authors', 'surname-first-author', 'language-not-ui'],
    expected: {
      publication: 'The Invented Courier',
      headline: 'Harbour pilots ask for a second boat',
      byline: 'Okafor, Ben; Lindqvist, Sara',
      authors: ['Ben Okafor', 'Sara Lindqvist'],
      dateline: null,
      publishedDate: '2017-09-11',
      section: null,
      page: 'A.4',
      language: 'en',
      firstParagraph: 'The harbour pilots asked the port authority on Friday for a second boat.',
      lastParagraph: 'One boat cannot cover both channels at night, they said.',
      paragraphCount: 2,
    },
  },
];

/** Spanish interface, e-mailed (base64): a date with `de`, and a document whose date is only in the citation. */
const PROQUEST_ES: ProQuestDocument[] = [
  {
    ui: SPANISH,
    id: '2700000031',
    headline: 'El tranvía llega al barrio del puerto',
    before: [
      ['Autor', 'Ruiz, Marta; Gómez, Luis'],
      ['Información de publicación', 'El Diario Inventado; Valencia [Valencia]. 03 mayo 2020: 14.'],
    ],
    paragraphs: [
      'El tranvía llegó el domingo al barrio del puerto.',
      'Los vecinos lo esperaban desde hacía diez años.',
      'La línea tendrá seis paradas nuevas.',
    ],
    after: [
      ['Materia', 'Transporte público; Tranvías'],
      ['Lugar', 'Valencia'],
      ['Título de publicación', 'El Diario Inventado'],
      ['Páginas', '14'],
      ['Fecha de publicación', '3 de mayo de 2020'],
      ['Sección', 'Ciudad'],
      ['Idioma de la publicación', 'Español'],
      ['Tipo de documento', 'Noticias'],
      ['ID del documento de ProQuest', '2700000031'],
    ],
  },
  {
    ui: SPANISH,
    id: '2700000032',
    headline: 'Abre una biblioteca de semillas',
    before: [['Información de publicación', 'Gaceta Imaginaria; Sevilla. 21 nov. 2015: 3.']],
    paragraphs: ['La biblioteca de semillas abrió el sábado con cien variedades.'],
    after: [
      ['Título de publicación', 'Gaceta Imaginaria'],
      ['Páginas', '3'],
      ['Idioma de la publicación', 'Español'],
      ['ID del documento de ProQuest', '2700000032'],
    ],
  },
];

const PROQUEST_ES_KEYS: Keyed[] = [
  {
    classes: ['proquest', 'ui-spanish', 'several-authors', 'surname-first-author', 'date-with-de'],
    expected: {
      publication: 'El Diario Inventado',
      headline: 'El tranvía llega al barrio del puerto',
      byline: 'Ruiz, Marta; Gómez, Luis',
      authors: ['Marta Ruiz', 'Luis Gómez'],
      dateline: null,
      publishedDate: '2020-05-03',
      section: 'Ciudad',
      page: '14',
      language: 'es',
      firstParagraph: 'El tranvía llegó el domingo al barrio del puerto.',
      lastParagraph: 'La línea tendrá seis paradas nuevas.',
      paragraphCount: 3,
    },
  },
  {
    classes: ['proquest', 'ui-spanish', 'no-author', 'date-only-in-citation'],
    expected: {
      publication: 'Gaceta Imaginaria',
      headline: 'Abre una biblioteca de semillas',
      byline: null,
      authors: [],
      publishedDate: '2015-11-21',
      section: null,
      page: '3',
      language: 'es',
      firstParagraph: 'La biblioteca de semillas abrió el sábado con cien variedades.',
      paragraphCount: 1,
    },
  },
];

/** English interface, 2023 layout: three authors, a `Dateline:` holding a place, no publication title. */
const PROQUEST_EN: ProQuestDocument[] = [
  {
    headline: 'Coastal path closed after landslip',
    before: [
      ['Author', 'Hale, Nina; Osei, Kwame; Park, Min-ji'],
      ['Publication info', 'The Invented Post; Eastport [Eastport]. Dec 31, 2019: B.7.'],
      ['Abstract', 'None available.'],
    ],
    paragraphs: [
      'The coastal path between the two coves was closed on Monday after a landslip.',
      'Walkers were told to use the inland lane.',
    ],
    after: [
      ['Subject', 'Landslides; Trails'],
      ['Location', 'Eastport'],
      ['Publication title', 'The Invented Post'],
      ['Pages', 'B.7'],
      ['Publication date', 'Dec 31, 2019'],
      ['Section', 'Region'],
      ['Dateline', 'EASTPORT'],
      ['Language of publication', 'English'],
      ['Document type', 'News'],
      ['ProQuest document ID', '2700000041'],
    ],
  },
  {
    headline: 'School choir wins regional prize',
    before: [
      ['Author', 'By Amara Singh'],
      ['Publication info', 'Valley Invented Times. 05 Jan 2021: 2.'],
    ],
    paragraphs: ['The school choir won the regional prize on Saturday with a folk song.'],
    after: [
      ['Pages', '2'],
      ['Publication date', 'Jan 5, 2021'],
      ['Language of publication', 'English'],
      ['ProQuest document ID', '2700000042'],
    ],
  },
];

const PROQUEST_EN_KEYS: Keyed[] = [
  {
    classes: ['proquest', 'several-authors', 'surname-first-author', 'dateline-field', 'year-end-date'],
    expected: {
      publication: 'The Invented Post',
      headline: 'Coastal path closed after landslip',
      byline: 'Hale, Nina; Osei, Kwame; Park, Min-ji',
      authors: ['Nina Hale', 'Kwame Osei', 'Min-ji Park'],
      dateline: 'EASTPORT',
      publishedDate: '2019-12-31',
      section: 'Region',
      page: 'B.7',
      language: 'en',
      firstParagraph: 'The coastal path between the two coves was closed on Monday after a landslip.',
      lastParagraph: 'Walkers were told to use the inland lane.',
      paragraphCount: 2,
    },
  },
  {
    classes: ['proquest', 'by-prefix-author', 'publication-only-in-citation'],
    expected: {
      publication: 'Valley Invented Times',
      headline: 'School choir wins regional prize',
      byline: 'By Amara Singh',
      authors: ['Amara Singh'],
      publishedDate: '2021-01-05',
      section: null,
      page: '2',
      language: 'en',
      firstParagraph: 'The school choir won the regional prize on Saturday with a folk song.',
      paragraphCount: 1,
    },
  },
];

// ---------------------------------------------------------------- Europresse

const EUROPRESSE: EuropresseDocument[] = [
  {
    publication: 'Le Matin Imaginaire',
    header: 'Économie, samedi 1er janvier 2000, p. 3',
    headline: 'Le nouveau pont ouvre à la circulation',
    author: 'Paul Girard et Léa Roux',
    paragraphs: [
      'BORDEAUX - Le nouveau pont a ouvert samedi matin aux voitures et aux vélos.',
      'Les premiers cyclistes ont traversé sous la pluie.',
      'La ville attend dix mille passages par jour.',
    ],
    illustration: 'Le pont au lever du jour.',
    copyright: '© 2000 Le Matin Imaginaire. Tous droits réservés.',
    number: 'news·20000101·MI·0101',
  },
  {
    publication: 'La Voix Inventée',
    header: 'lundi 29 février 2016, Édition Nord',
    headline: 'Une année bissextile pour la foire',
    author: null,
    paragraphs: ['La foire aux livres se tient cette année le 29 février, une première.'],
    note: 'Cet article est paru dans l’édition du Nord.',
    copyright: '© 2016 La Voix Inventée. Tous droits réservés.',
    number: 'news·20160229·VI·0102',
  },
  {
    publication: 'Le Soir Inventé (Belgique)',
    header: 'Culture, mercredi 7 août 2013, p. 22-23',
    headline: 'Festival : trois scènes au lieu de deux',
    author: 'Anne Dubois, Marc Lefèvre',
    paragraphs: [
      'Le festival ajoute une troisième scène au bord du canal.',
      'Les billets du dimanche sont déjà vendus.',
    ],
    copyright: '© 2013 Le Soir Inventé. Tous droits réservés.',
    number: 'news·20130807·SI·0103',
  },
];

const EUROPRESSE_KEYS: Keyed[] = [
  {
    classes: ['europresse', 'several-authors', 'first-of-month-date', 'dateline'],
    expected: {
      publication: 'Le Matin Imaginaire',
      headline: 'Le nouveau pont ouvre à la circulation',
      byline: 'Paul Girard et Léa Roux',
      authors: ['Paul Girard', 'Léa Roux'],
      dateline: 'BORDEAUX',
      publishedDate: '2000-01-01',
      section: 'Économie',
      page: '3',
      language: 'fr',
      firstParagraph: 'Le nouveau pont a ouvert samedi matin aux voitures et aux vélos.',
      lastParagraph: 'La ville attend dix mille passages par jour.',
      paragraphCount: 3,
    },
  },
  {
    classes: ['europresse', 'no-author', 'no-section', 'leap-day', 'edition'],
    expected: {
      publication: 'La Voix Inventée',
      headline: 'Une année bissextile pour la foire',
      byline: null,
      authors: [],
      publishedDate: '2016-02-29',
      section: null,
      page: null,
      edition: 'Édition Nord',
      language: 'fr',
      firstParagraph: 'La foire aux livres se tient cette année le 29 février, une première.',
      paragraphCount: 1,
    },
  },
  {
    classes: ['europresse', 'several-authors', 'page-range'],
    expected: {
      publication: 'Le Soir Inventé (Belgique)',
      headline: 'Festival : trois scènes au lieu de deux',
      byline: 'Anne Dubois, Marc Lefèvre',
      authors: ['Anne Dubois', 'Marc Lefèvre'],
      publishedDate: '2013-08-07',
      section: 'Culture',
      page: '22-23',
      language: 'fr',
      firstParagraph: 'Le festival ajoute une troisième scène au bord du canal.',
      lastParagraph: 'Les billets du dimanche sont déjà vendus.',
      paragraphCount: 2,
    },
  },
];

// ---------------------------------------------------------------- Integrum

const INTEGRUM: IntegrumDocument[] = [
  {
    publication: 'Вымышленные вести',
    section: 'Общество',
    date: '29.02.2008',
    author: 'Анна Смирнова, Олег Козлов',
    headline: 'В городе открылся новый мост',
    paragraphs: [
      ['Новый мост через реку открылся в пятницу утром.'],
      ['Первыми по нему прошли школьники', 'и пенсионеры.'],
      ['Мэрия обещает фонари к зиме.'],
    ],
  },
  {
    publication: 'Придуманная правда',
    section: null,
    date: '31.12.1999',
    author: null,
    headline: 'Ёлку поставили на площади',
    paragraphs: [['Большую ёлку поставили на главной площади в пятницу.']],
  },
];

const INTEGRUM_KEYS: Keyed[] = [
  {
    classes: ['integrum', 'several-authors', 'leap-day', 'wrapped-paragraph'],
    expected: {
      publication: 'Вымышленные вести',
      headline: 'В городе открылся новый мост',
      byline: 'Анна Смирнова, Олег Козлов',
      authors: ['Анна Смирнова', 'Олег Козлов'],
      publishedDate: '2008-02-29',
      section: 'Общество',
      language: 'ru',
      firstParagraph: 'Новый мост через реку открылся в пятницу утром.',
      lastParagraph: 'Мэрия обещает фонари к зиме.',
      paragraphCount: 3,
    },
  },
  {
    classes: ['integrum', 'no-author', 'no-section', 'year-end-date', 'yo-letter'],
    expected: {
      publication: 'Придуманная правда',
      headline: 'Ёлку поставили на площади',
      byline: null,
      authors: [],
      publishedDate: '1999-12-31',
      section: null,
      language: 'ru',
      firstParagraph: 'Большую ёлку поставили на главной площади в пятницу.',
      paragraphCount: 1,
    },
  },
];

// ---------------------------------------------------------------- Mediargus

const MEDIARGUS: MediargusDocument[] = [
  {
    title: 'Nieuwe fietsbrug over de Schelde',
    publication: 'Het Verzonnen Nieuws',
    date: 'zaterdag 1 januari 2000',
    page: '5',
    words: 1204,
    section: 'Regio',
    author: 'Els Peeters en Tom Maes',
    paragraphs: [
      'ANTWERPEN - De nieuwe fietsbrug over de Schelde is zaterdag geopend.',
      'Duizenden fietsers reden er de eerste dag over.',
    ],
  },
  {
    title: 'Le marché de Noël s’agrandit',
    publication: 'Le Quotidien Imaginaire',
    date: 'maandag 29 februari 2016',
    page: '12',
    words: 310,
    section: null,
    author: null,
    paragraphs: ['Le marché de Noël comptera quarante chalets cette année.'],
  },
];

const MEDIARGUS_KEYS: Keyed[] = [
  {
    classes: ['mediargus', 'several-authors', 'first-of-month-date', 'dateline'],
    expected: {
      publication: 'Het Verzonnen Nieuws',
      headline: 'Nieuwe fietsbrug over de Schelde',
      byline: 'Els Peeters en Tom Maes',
      authors: ['Els Peeters', 'Tom Maes'],
      dateline: 'ANTWERPEN',
      publishedDate: '2000-01-01',
      section: 'Regio',
      page: '5',
      statedWordCount: 1204,
      language: 'nl',
      firstParagraph: 'De nieuwe fietsbrug over de Schelde is zaterdag geopend.',
      lastParagraph: 'Duizenden fietsers reden er de eerste dag over.',
      paragraphCount: 2,
    },
  },
  {
    classes: ['mediargus', 'no-author', 'no-section', 'leap-day', 'french-article'],
    expected: {
      publication: 'Le Quotidien Imaginaire',
      headline: 'Le marché de Noël s’agrandit',
      byline: null,
      authors: [],
      publishedDate: '2016-02-29',
      section: null,
      page: '12',
      statedWordCount: 310,
      language: 'fr',
      firstParagraph: 'Le marché de Noël comptera quarante chalets cette année.',
      paragraphCount: 1,
    },
  },
];

// ---------------------------------------------------------------- The files

const factivaDocs = FACTIVA.map((keyed) => keyed.document);
const factivaKeys: Keyed[] = FACTIVA;

/** The layouts: file name, key format (scored apart in `parser.accuracy.byFormat`), bytes and keys. */
const FILES: { file: string; format: string; bytes: Uint8Array; keys: Keyed[] }[] = [
  {
    file: 'factiva-held.xml',
    format: 'factiva-xml',
    bytes: utf8(factivaXml(factivaDocs)),
    keys: factivaKeys,
  },
  {
    file: 'factiva-held-fr.txt',
    format: 'factiva-text',
    bytes: utf8(factivaText(factivaDocs, 'fr', { codeStyle: 'spaces', lineEnd: '\r\n' })),
    keys: factivaKeys,
  },
  {
    file: 'factiva-held-de-labelled.html',
    format: 'factiva-html-labelled',
    bytes: utf8(factivaLabelledHtml(factivaDocs, 'de')),
    keys: factivaKeys,
  },
  {
    file: 'factiva-held-fr-divs.html',
    format: 'factiva-html-divs',
    bytes: utf8(factivaDivHtml(factivaDocs, 'fr', { searchSummary: true })),
    keys: factivaKeys,
  },
  {
    file: 'proquest-held-de.txt',
    format: 'proquest-text',
    bytes: utf8(proquestText(PROQUEST_DE, '\r\n')),
    keys: PROQUEST_DE_KEYS,
  },
  {
    file: 'proquest-held-fr.html',
    format: 'proquest-html',
    bytes: utf8(proquestHtml(PROQUEST_FR)),
    keys: PROQUEST_FR_KEYS,
  },
  {
    file: 'proquest-held-es.eml',
    format: 'proquest-email',
    bytes: utf8(proquestEmail(PROQUEST_ES, { transfer: 'base64' })),
    keys: PROQUEST_ES_KEYS,
  },
  {
    file: 'proquest-held-en-2023.html',
    format: 'proquest-html-2023',
    bytes: utf8(proquestHtml(PROQUEST_EN, { layout: 'v2', brokenHtmlIn: [2] })),
    keys: PROQUEST_EN_KEYS,
  },
  {
    file: 'europresse-held-old.html',
    format: 'europresse-old',
    bytes: utf8(europresseOldHtml(EUROPRESSE)),
    keys: EUROPRESSE_KEYS,
  },
  {
    file: 'europresse-held-new.html',
    format: 'europresse-new',
    bytes: utf8(europresseNewHtml(EUROPRESSE)),
    keys: EUROPRESSE_KEYS,
  },
  {
    file: 'integrum-held.html',
    format: 'integrum',
    bytes: windows1251(integrumHtml(INTEGRUM)),
    keys: INTEGRUM_KEYS,
  },
  {
    file: 'mediargus-held.txt',
    format: 'mediargus',
    bytes: windows1252(mediargusText(MEDIARGUS)),
    keys: MEDIARGUS_KEYS,
  },
];

mkdirSync(FOLDER, { recursive: true });
for (const { file, format, bytes, keys } of FILES) {
  writeFileSync(join(FOLDER, file), bytes);
  const documents = keys.map(({ classes, expected }, i) => ({ documentIndex: i + 1, classes, expected }));
  writeFileSync(
    join(FOLDER, `${file}.key.json`),
    `${JSON.stringify({ file, format, documents }, null, 2)}\n`,
  );
  console.log(`wrote ${file} and its key`);
}
