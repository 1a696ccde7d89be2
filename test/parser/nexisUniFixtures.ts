import type { NexisUniDocument } from '../helpers/nexisUniExport';

/** Invented English Nexis Uni documents: the first without Copyright, the last without End of Document. */
export const ENGLISH: NexisUniDocument[] = [
  {
    headline: 'Harbour ferry fares to rise in spring',
    publication: 'The Invented Gazette',
    dateLine: 'July 1, 2019 Monday 9:20 AM GMT',
    fields: [
      ['Section', 'CITY; Version:2'],
      ['Length', '120 words'],
      ['Byline', 'Mara Quill'],
    ],
    paragraphs: [
      'PORTVILLE — The ferry company said on Monday that fa|res would rise.',
      '',
      '',
      'Riders will pay two coins m|ore.',
      ['See ', { link: 'the timetable' }, ' for details.'],
      ['Stops', { tab: true }, 'North and South', { br: true }, 'Second line of the stops.'],
      {
        table: [
          ['Stop', 'Fare'],
          ['North', '2 coins'],
        ],
      },
      [{ drawing: 'TEXT BOX MUST NOT APPEAR' }, 'A paragraph beside a drawing.'],
    ],
    loadDate: 'July 2, 2019',
  },
  {
    headline: 'Library opens a seed exchange',
    publication: 'The Invented Gazette',
    dateLine: 'July 2, 2019 Tuesday',
    copyright: 'Copyright 2019 Invented Media Ltd. All Rights Reserved',
    fields: [
      ['Section', 'LOCAL; Pg. 4'],
      ['Length', '1,088 words'],
      ['Byline', 'Ode Brand and Lin Vasquez'],
      ['Highlight', 'Gardeners swap seeds'],
    ],
    paragraphs: ['The library opened a seed exchange on Tuesday.', 'Gardeners brought jars of beans.'],
    graphic: ['A photo of jars on a shelf.'],
    classification: [
      ['Language', 'ENGLISH'],
      ['Publication-Type', 'Newspaper'],
      ['Subject', 'GARDENING (90%); LIBRARIES (72%)'],
      ['Organization', 'PORTVILLE LIBRARY (81%)'],
      ['Person', 'ODE BRAND (60%)'],
      ['Geographic', 'PORTVILLE, ATLANTIS (88%)'],
      ['Industry', 'AGRICULTURE (55%)'],
    ],
    loadDate: 'July 3, 2019',
  },
  {
    headline: 'Council delays vote',
    publication: 'Invented Weekly',
    dateLine: 'July 3, 2019 Wednesday 6:18 PM GMT',
    copyright: 'Copyright 2019 Invented Weekly',
    fields: [
      ['Section', 'NEWS'],
      ['Length', '40 words'],
      ['Dateline', 'PORTVILLE'],
    ],
    paragraphs: ['OFFERROLLER: a word that looks like a label stays text.', 'The vote moves to August.'],
    ended: false,
  },
];

/** Invented German documents: a surname-first author, German dates and labels. */
export const GERMAN: NexisUniDocument[] = [
  {
    headline: 'Stadtwerke senken die Preise',
    publication: 'Erfundene Zeitung',
    dateLine: '27. Februar 2012 Montag 9:50 PM GMT+1',
    copyright: 'Copyright 2012 Erfundener Verlag GmbH Alle Rechte vorbehalten',
    fields: [
      ['Rubrik', 'WIRTSCHAFT'],
      ['Länge', '1285 Wörter'],
      ['Autor', 'Berger, Anna'],
    ],
    paragraphs: ['Die Stadtwerke senken ab März die Preise.', 'Kunden sparen im Schnitt zwölf Euro.'],
    classification: [
      ['Sprache', 'DEUTSCH'],
      ['Thema', 'ENERGIE (91%)'],
    ],
    loadDate: '28. Februar 2012',
  },
  {
    headline: 'Neue Brücke eröffnet',
    publication: 'Erfundene Zeitung',
    dateLine: 'Mittwoch 31. August 2011',
    fields: [['Länge', '80 Wörter']],
    paragraphs: ['Die Brücke ist seit Mittwoch offen.'],
    loadDate: '1. September 2011',
  },
];

/** Invented French documents. */
export const FRENCH: NexisUniDocument[] = [
  {
    headline: 'Le marché couvert rouvre',
    publication: 'Le Journal Inventé',
    dateLine: '17 mai 2003',
    fields: [
      ['Rubrique', 'ÉCONOMIE'],
      ['Longueur', '143 mots'],
      ['Auteur', 'Jean Morel'],
    ],
    paragraphs: ['Le marché couvert rouvre samedi.', 'Les commerçants sont soulagés.'],
    classification: [['Langue', 'FRANÇAIS']],
    loadDate: '18 mai 2003',
  },
];

/** Invented Dutch documents. */
export const DUTCH: NexisUniDocument[] = [
  {
    headline: 'Nieuwe fietsbrug geopend',
    publication: 'De Verzonnen Krant',
    dateLine: '17 mei 2003 zaterdag',
    fields: [
      ['Rubriek', 'BINNENLAND'],
      ['Lengte', '80 woorden'],
      ['Auteur', 'Pieters, Jan'],
    ],
    paragraphs: ['De fietsbrug is zaterdag geopend.'],
    classification: [['Taal', 'NEDERLANDS']],
    loadDate: '18 mei 2003',
  },
];
