import type { MediargusDocument } from '../../helpers/mediargusExport';

/** Invented Mediargus documents (no real article). */
export const MEDIARGUS_DOCUMENTS: MediargusDocument[] = [
  {
    title: 'Veerdienst verhoogt tarieven in de lente',
    publication: 'De Verzonnen Krant',
    date: 'woensdag 30 november 2011',
    page: '23',
    words: 853,
    section: 'Binnenland',
    author: 'Mara Quill',
    paragraphs: [
      'PORTSTAD - De veerdienst zei maandag dat de tarieven in de lente stijgen.',
      'Reizigers betalen twee munten meer voor een retour, zei het bedrijf.',
      'De gemeenteraad vergadert donderdag.',
    ],
  },
  {
    title: 'Bibliotheek opent een zadenruil',
    publication: 'Het Bedachte Blad',
    date: 'donderdag 1 december 2011',
    page: '4',
    words: 120,
    section: null,
    author: 'Ode Brand',
    authorInList: true,
    paragraphs: [
      'De bibliotheek opende dinsdag een zadenruil: café en één idee.',
      'Tuiniers brachten potten bonen mee.',
    ],
  },
];
