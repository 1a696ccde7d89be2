import type { IntegrumDocument } from '../../helpers/integrumExport';

/** Invented Integrum documents (no real article). */
export const INTEGRUM_DOCUMENTS: IntegrumDocument[] = [
  {
    publication: 'Вымышленная газета',
    section: 'Экономика',
    date: '01.02.2012',
    author: 'Иван Петров',
    headline: 'Паром поднимает цены весной',
    paragraphs: [
      ['Паромная компания сообщила в понедельник, что цены', 'вырастут весной.'],
      ['Пассажиры заплатят на две монеты больше.'],
    ],
  },
  {
    publication: 'Придуманный еженедельник',
    section: null,
    date: '14.03.2006',
    author: null,
    headline: 'Библиотека открыла обмен семенами',
    paragraphs: [['Садоводы принесли банки с фасолью — «много».']],
  },
];
