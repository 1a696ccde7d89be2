import {
  type EuropresseDocument,
  europresseNewHtml,
  europresseOldHtml,
} from '../../test/helpers/europresseExport';
import { type IntegrumDocument, integrumHtml, windows1251 } from '../../test/helpers/integrumExport';
import { type MediargusDocument, mediargusText } from '../../test/helpers/mediargusExport';
import {
  type ProQuestDocument,
  proquestEmail,
  proquestHtml,
  proquestText,
} from '../../test/helpers/proquestExport';
import { windows1252 } from '../../test/helpers/windows1252';

const WORDS = [
  'harbour',
  'council',
  'ferry',
  'budget',
  'library',
  'school',
  'market',
  'bridge',
  'vote',
  'river',
];
const word = (n: number, i: number) => WORDS[(n * 7 + i * 3) % WORDS.length]!;

/** About 3 KB of invented story text, varied by `n`: twelve paragraphs. */
function story(n: number): string[] {
  return Array.from(
    { length: 12 },
    (_, p) =>
      `The ${word(n, p)} plan number ${n}-${p} was discussed on Monday, and the ${word(n, p + 1)} committee said it would report back to the ${word(n, p + 2)} board before the end of the month, officials said.`,
  );
}

function proquestDocument(n: number): ProQuestDocument {
  return {
    headline: `The ${word(n, 0)} story number ${n}`,
    before: [
      ['Author', 'Quill, Mara; Brand, Ode'],
      ['Publication info', `The Invented Gazette; Portville [Portville]. 0${(n % 9) + 1} Feb 2014: A.1.`],
      ['Abstract', 'None available.'],
    ],
    paragraphs: story(n),
    after: [
      ['Subject', `${word(n, 1)}; ${word(n, 2)}`],
      ['Location', 'Portville'],
      ['Company / organization', `Name: ${word(n, 3)} Co; NAICS: 483212`],
      ['Publication title', 'The Invented Gazette'],
      ['Pages', 'A.1'],
      ['Publication date', `Feb ${(n % 9) + 1}, 2014`],
      ['Section', 'City'],
      ['Language of publication', 'English'],
      ['Document type', 'News'],
      ['ProQuest document ID', String(1_400_000_000 + n)],
      ['Database', 'Invented Newsstand'],
    ],
  };
}

function europresseDocument(n: number): EuropresseDocument {
  return {
    publication: 'Le Quotidien Inventé',
    header: `Communication, mardi ${(n % 27) + 1} mars 2006, p. ${n % 40}`,
    headline: `Le ${word(n, 0)} numéro ${n}`,
    author: 'Jeanne Martin',
    paragraphs: story(n),
    note: 'Article paru aussi en ligne.',
    copyright: '© 2006 Le Quotidien Inventé. Tous droits réservés.',
    number: `news·20060314·QI·${n}`,
  };
}

function integrumDocument(n: number): IntegrumDocument {
  return {
    publication: 'Вымышленная газета',
    section: 'Экономика',
    date: `${String((n % 27) + 1).padStart(2, '0')}.02.2012`,
    author: 'Иван Петров',
    headline: `Паром номер ${n}`,
    paragraphs: story(n).map((paragraph) => {
      const cut = paragraph.indexOf(' committee');
      return [paragraph.slice(0, cut), paragraph.slice(cut + 1)];
    }),
  };
}

function mediargusDocument(n: number): MediargusDocument {
  return {
    title: `Verhaal ${word(n, 0)} nummer ${n}`,
    publication: 'De Verzonnen Krant',
    date: `woensdag ${(n % 27) + 1} november 2011`,
    page: String(n % 40),
    words: 420,
    section: 'Binnenland',
    author: 'Mara Quill',
    paragraphs: story(n),
  };
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** One invented export of `count` documents in each vendor layout, by the key its figures use. */
export function vendorExports(count: number): Record<string, Uint8Array> {
  const proquest = range(count).map(proquestDocument);
  const europresse = range(count).map(europresseDocument);
  return {
    'proquest-text': utf8(proquestText(proquest)),
    'proquest-html': utf8(proquestHtml(proquest, { highlight: true })),
    'proquest-html-2023': utf8(proquestHtml(proquest, { layout: 'v2' })),
    'proquest-email': utf8(proquestEmail(proquest)),
    'europresse-old': utf8(europresseOldHtml(europresse)),
    'europresse-new': utf8(europresseNewHtml(europresse)),
    integrum: windows1251(integrumHtml(range(count).map(integrumDocument))),
    mediargus: windows1252(mediargusText(range(count).map(mediargusDocument))),
  };
}
