import type { ProQuestDocument } from '../../helpers/proquestExport';

/** Invented ProQuest documents (no real article): every field the reader takes, and gaps. */
export const PROQUEST_DOCUMENTS: ProQuestDocument[] = [
  {
    headline: 'Harbour ferry fares to rise in spring',
    before: [
      ['Author', 'Quill, Mara; Brand, Ode'],
      ['Publication info', 'The Invented Gazette; Portville [Portville]. 07 Feb 2014: A.1.'],
      ['Abstract', 'None available.'],
    ],
    paragraphs: [
      'PORTVILLE -- The ferry company said on Monday that fares would rise in the spring.',
      'Riders will pay two coins more for a return ticket, the company said.',
      'The council meets on Thursday.',
    ],
    after: [
      ['Subject', 'Ferries; Public transportation'],
      ['Location', 'Portville; Atlantis'],
      ['Company / organization', 'Name: Portville Ferry Co; NAICS: 483212; Name: Harbour Board'],
      ['Title', 'Harbour ferry fares to rise in spring'],
      ['Publication title', 'The Invented Gazette'],
      ['Pages', 'A.1'],
      ['Publication year', '2014'],
      ['Publication date', 'Feb 7, 2014'],
      ['Section', 'City'],
      ['Publisher', 'Invented Media'],
      ['Language of publication', 'English'],
      ['Document type', 'News'],
      ['ProQuest document ID', '1499999901'],
      ['Document URL', 'https://www.proquest.com/docview/1499999901?accountid=1'],
      ['Copyright', 'Copyright Invented Media Feb 7, 2014'],
      ['Last updated', '2014-02-08'],
      ['Database', 'Invented Newsstand'],
    ],
  },
  {
    headline: 'Library opens a seed exchange',
    before: [
      ['Author', 'Anonymous'],
      ['Publication info', 'Le Journal Inventé; Lyon [Lyon]. 12 Mar 2021: 4.'],
      ['Abstract', 'Gardeners swap seeds at the library.'],
    ],
    paragraphs: [
      'La bibliothèque a ouvert un échange de graines mardi.',
      'Les jardiniers ont apporté des bocaux de haricots.',
    ],
    after: [
      ['Subject', 'Gardening; Libraries'],
      ['Publication title', 'Le Journal Inventé'],
      ['Pages', '4'],
      ['Publication date', 'Mar 12, 2021'],
      ['Language of publication', 'French'],
      ['Dateline', '2021-03-12 08:15'],
      ['ProQuest document ID', '2500000002'],
    ],
  },
];
