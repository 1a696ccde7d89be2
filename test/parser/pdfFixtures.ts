import type { NexisUniDocument } from '../helpers/nexisUniExport';

/**
 * Invented documents of a Nexis Uni PDF export. Their paragraphs are long enough to wrap over several
 * lines; the second document's body runs over a page break, and the third's breaks `committee` with a
 * hyphen across a page break (`[page]`), `town[-]hall` at a line end where the text prints `town-hall`
 * elsewhere, and `Anglo[-]Saxon` before a capital.
 */
export const PDF_DOCUMENTS: NexisUniDocument[] = [
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
      'PORTVILLE — The ferry company said on Monday that fares on the harbour crossing would rise in spring for the first time in six years, and that riders who cross every day would pay two coins more.',
      'Riders at the north pier said the rise was steep but expected, since the boats are old and the company has asked for new engines twice.',
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
    ],
    paragraphs: [
      'The library opened a seed exchange on Tuesday, with drawers of beans, peas and marigolds that anyone with a library card may take home and plant in a garden or a window box.',
      'Gardeners brought jars of seeds they had saved from last summer, and the librarians sorted them by kind and by the month they should go into the ground, writing each label by hand.',
      'The exchange will stay open on weekday afternoons until the end of the planting season, and the library hopes that those who take seeds will bring some back in the autumn.',
      'A second drawer holds seeds for the school garden, which the pupils of the north school tend with their teachers, and which gave more pumpkins last year than the school could eat.',
    ],
    classification: [
      ['Language', 'ENGLISH'],
      ['Subject', 'GARDENING (90%); LIBRARIES (72%)'],
    ],
    loadDate: 'July 3, 2019',
  },
  {
    headline: 'Council delays vote on the town-hall roof',
    publication: 'Invented Weekly',
    dateLine: 'July 3, 2019 Wednesday',
    fields: [
      ['Section', 'NEWS'],
      ['Length', '40 words'],
      ['Dateline', 'PORTVILLE'],
    ],
    paragraphs: [
      'The council voted on Wednesday to wait for a second report on the town[-]hall roof, which leaks over the records room, before it spends any money on the repair that the building commit[-][page]tee asked for in May.',
      'An Anglo[-]Saxon coin found in the roof beams will go to the town museum.',
    ],
    loadDate: 'July 4, 2019',
  },
];

/** What the export above must give, written by hand (not computed from it). */
export const PDF_KEY = [
  {
    documentIndex: 1,
    format: 'nexis-uni',
    headline: 'Harbour ferry fares to rise in spring',
    publication: 'The Invented Gazette',
    publishedDate: '2019-07-01',
    section: 'CITY',
    statedWordCount: 120,
    byline: 'Mara Quill',
    authors: ['Mara Quill'],
    dateline: 'PORTVILLE',
    paragraphs: [
      'The ferry company said on Monday that fares on the harbour crossing would rise in spring for the first time in six years, and that riders who cross every day would pay two coins more.',
      'Riders at the north pier said the rise was steep but expected, since the boats are old and the company has asked for new engines twice.',
    ],
  },
  {
    documentIndex: 2,
    format: 'nexis-uni',
    headline: 'Library opens a seed exchange',
    publication: 'The Invented Gazette',
    publishedDate: '2019-07-02',
    section: 'LOCAL',
    page: '4',
    statedWordCount: 1088,
    byline: 'Ode Brand and Lin Vasquez',
    authors: ['Ode Brand', 'Lin Vasquez'],
    language: 'en',
    paragraphs: [
      'The library opened a seed exchange on Tuesday, with drawers of beans, peas and marigolds that anyone with a library card may take home and plant in a garden or a window box.',
      'Gardeners brought jars of seeds they had saved from last summer, and the librarians sorted them by kind and by the month they should go into the ground, writing each label by hand.',
      'The exchange will stay open on weekday afternoons until the end of the planting season, and the library hopes that those who take seeds will bring some back in the autumn.',
      'A second drawer holds seeds for the school garden, which the pupils of the north school tend with their teachers, and which gave more pumpkins last year than the school could eat.',
    ],
  },
  {
    documentIndex: 3,
    format: 'nexis-uni',
    headline: 'Council delays vote on the town-hall roof',
    publication: 'Invented Weekly',
    publishedDate: '2019-07-03',
    section: 'NEWS',
    statedWordCount: 40,
    dateline: 'PORTVILLE',
    paragraphs: [
      'The council voted on Wednesday to wait for a second report on the town-hall roof, which leaks over the records room, before it spends any money on the repair that the building committee asked for in May.',
      'An Anglo-Saxon coin found in the roof beams will go to the town museum.',
    ],
  },
];
