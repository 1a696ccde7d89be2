import type { EuropresseDocument } from '../../helpers/europresseExport';

/** Invented Europresse documents (no real article). */
export const EUROPRESSE_DOCUMENTS: EuropresseDocument[] = [
  {
    publication: 'Le Quotidien Inventé',
    header: 'Communication, mardi 14 mars 2006, p. 16',
    headline: 'Le port relève ses tarifs',
    author: 'Jeanne Martin',
    paragraphs: [
      'PORTVILLE - La compagnie de bacs a annoncé lundi une hausse des tarifs au printemps.',
      'Les voyageurs paieront deux pièces de plus pour un aller-retour.',
    ],
    illustration: 'Un bac dans le port.',
    note: 'Article paru aussi en ligne.',
    copyright: '© 2006 Le Quotidien Inventé. Tous droits réservés.',
    number: 'news·20060314·QI·0001',
  },
  {
    publication: 'Hebdo Imaginaire, no. 512',
    header: 'jeudi 1er février 2018',
    kicker: 'Jardins',
    headline: 'La bibliothèque ouvre une grainothèque',
    author: null,
    paragraphs: ['Les jardiniers ont apporté des bocaux de haricots : café, thé et graines.'],
    copyright: '© 2018 Hebdo Imaginaire. Tous droits réservés.',
    number: 'news·20180201·HI·0002',
  },
];
