/**
 * Writes test/fixtures/accuracy/developmentPdf/nexis-uni-export.pdf, an invented Nexis Uni PDF export
 * (two columns, running header and footer, a word broken over a page break), from the documents below:
 * `npx tsx scripts/writeAccuracyPdf.ts`. Its answer key beside it is written by hand. pdf-lib writes the
 * same bytes every time (no dates), so the committed file is what this script gives.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { NexisUniDocument } from '../test/helpers/nexisUniExport';
import { nexisUniPdfParagraphs } from '../test/helpers/nexisUniPdf';
import { writePdf } from '../test/helpers/writePdf';

const DOCUMENTS: NexisUniDocument[] = [
  {
    headline: 'Tram depot to become a covered market',
    publication: 'The Millbrook Courier',
    dateLine: 'March 4, 2021 Thursday',
    copyright: 'Copyright 2021 Millbrook Courier Ltd.',
    fields: [
      ['Section', 'BUSINESS; Pg. B2'],
      ['Length', '412 words'],
      ['Byline', 'Tove Lindqvist'],
    ],
    paragraphs: [
      'MILLBROOK — The old tram depot on Canal Row will reopen as a covered market next spring, the city said on Thursday, after the last bus company using it moved to a new yard outside town.',
      'Stallholders from the open-air market on Bell Square will get the first places, and the rent will stay at what they pay now for the first two years, a spokeswoman for the city said.',
      'The roof of the depot needs new glass before anyone can trade under it, and the city has set aside money for that in this year’s budget.',
    ],
    classification: [
      ['Language', 'ENGLISH'],
      ['Subject', 'MARKETS (91%); URBAN PLANNING (77%)'],
    ],
    loadDate: 'March 5, 2021',
  },
  {
    headline: 'Rowing club wins its first regatta in a decade',
    publication: 'The Millbrook Courier',
    dateLine: 'March 6, 2021 Saturday',
    fields: [
      ['Section', 'SPORT'],
      ['Length', '230 words'],
      ['Byline', 'Pim Achterberg and Nell Okafor'],
    ],
    paragraphs: [
      'The Millbrook rowing club won the spring regatta on the reservoir on Saturday, beating crews from four towns in the eights and in the single sculls.',
      'The club’s coach said the crew had trained at dawn all winter, and that the new boat, bought with money the members raised at a summer fair, had made the differ[-][page]ence in the final.',
      'The club will row at the national championships in June.',
    ],
    loadDate: 'March 7, 2021',
  },
  {
    headline: 'Night buses return to the hill villages',
    publication: 'Valley Weekly',
    dateLine: 'March 9, 2021 Tuesday',
    fields: [
      ['Section', 'NEWS'],
      ['Length', '150 words'],
    ],
    paragraphs: [
      'Night buses will run again to the hill villages from April, the transport authority said, two years after the service was cut to save money.',
      'The buses will leave the station at midnight and at two in the morning on Fridays and Saturdays.',
    ],
    loadDate: 'March 10, 2021',
  },
];

const target = fileURLToPath(
  new URL('../test/fixtures/accuracy/developmentPdf/nexis-uni-export.pdf', import.meta.url),
);
await writeFile(
  target,
  await writePdf(nexisUniPdfParagraphs(DOCUMENTS, { cover: true, language: 'en' }), {
    columns: 2,
    header: 'Nexis Uni | Millbrook Courier research export',
    footer: 'Page # of ##',
  }),
);
console.log(`wrote ${target}`);
