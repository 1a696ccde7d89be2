import type { CorpusFormat, InventedArticle } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WIDTH = 78;

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function centre(text: string): string {
  return ' '.repeat(Math.max(0, Math.floor((WIDTH - text.length) / 2))) + text;
}

function nexisDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${WEEKDAYS[date.getUTCDay()]}`;
}

function pressReader(article: InventedArticle): string {
  const byline = `- BY ${article.authors.join(' AND ').toUpperCase()}`;
  const [first, ...rest] = article.paragraphs;
  return [
    article.publication,
    article.headline,
    article.subheadline,
    byline,
    `${article.dateline} — ${first}`,
    ...rest,
    'Newspapers in English',
    'Newspapers from United States',
  ].join('\n\n');
}

function plain(article: InventedArticle): string {
  const [first, ...rest] = article.paragraphs;
  const body = [`${article.dateline} — ${first}`, ...rest].map((p) => wrap(p).join('\n'));
  return [article.headline, `By ${article.authors.join(' and ')}`, ...body].join('\n\n');
}

/** One Nexis document, its separator included. */
function nexis(article: InventedArticle, index: number, total: number): string {
  const [first, ...rest] = article.paragraphs;
  const words = article.paragraphs.join(' ').split(' ').length;
  const year = article.publishedDate.slice(0, 4);
  const lines = [
    centre(`${index} of ${total} DOCUMENTS`),
    '',
    '',
    centre(`Copyright ${year} ${article.publication} Company`),
    centre('All Rights Reserved'),
    '',
    centre(article.publication),
    '',
    centre(nexisDate(article.publishedDate)),
    centre('THIRD EDITION'),
    '',
    `SECTION: ${article.section}; Pg. ${article.page}`,
    '',
    `LENGTH: ${words} words`,
    '',
    ...wrap(`HEADLINE: ${article.headline}; ${article.subheadline}`),
    '',
    `BYLINE: By ${article.authors.join(' and ')}`,
    '',
    'BODY:',
    '',
    ...[`${article.dateline} -- ${first}`, ...rest].flatMap((p) => [...wrap(p), '']),
    'LANGUAGE: ENGLISH',
    '',
    `LOAD-DATE: ${nexisDate(article.publishedDate)}`,
    '',
    'PUBLICATION-TYPE: Newspaper',
    '',
    ...wrap(
      `SUBJECT: ${article.section} (91%); ${article.headline.toUpperCase()} (77%); CITY GOVERNMENT (64%)`,
    ),
    '',
    '',
  ];
  return lines.join('\n');
}

/**
 * Writes an invented article in one of the formats the parser reads. A Nexis document needs its
 * position and the export's size for its `N of M DOCUMENTS` line.
 *
 * @example
 * ```ts
 * formatArticle(article, 'pressreader'); // 'The Bayport Globe\n\nCouncil approved…'
 * ```
 */
export function formatArticle(article: InventedArticle, format: CorpusFormat, index = 1, total = 1): string {
  if (format === 'nexis') return nexis(article, index, total);
  return format === 'pressreader' ? pressReader(article) : plain(article);
}
