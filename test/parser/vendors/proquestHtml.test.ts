import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../lambda/parser/parseFile';
import { MAX_MIME_PART_BYTES, MAX_MIME_PARTS } from '../../../lambda/parser/vendors/mimeLimits';
import { proquestEmail, proquestHtml } from '../../helpers/proquestExport';
import { PROQUEST_DOCUMENTS } from './proquestFixtures';

const encode = (text: string) => new TextEncoder().encode(text);

/** The fields every ProQuest layout must give alike (the answer key of proquestText.test.ts, in short). */
const FIELDS = [
  {
    headline: 'Harbour ferry fares to rise in spring',
    publication: 'The Invented Gazette',
    authors: ['Mara Quill', 'Ode Brand'],
    dateline: 'PORTVILLE',
    publishedDate: '2014-02-07',
    page: 'A.1',
    language: 'en',
    statedWordCount: 33,
    sourceDocumentId: { vendor: 'proquest', id: '1499999901' },
    paragraphs: [
      'The ferry company said on Monday that fares would rise in the spring.',
      'Riders will pay two coins more for a return ticket, the company said.',
      'The council meets on Thursday.',
    ],
  },
  {
    headline: 'Library opens a seed exchange',
    publication: 'Le Journal Inventé',
    authors: [],
    dateline: null,
    publishedDate: '2021-03-12',
    language: 'fr',
    sourceDocumentId: { vendor: 'proquest', id: '2500000002' },
    paragraphs: [
      'La bibliothèque a ouvert un échange de graines mardi.',
      'Les jardiniers ont apporté des bocaux de haricots.',
    ],
  },
];

async function articlesOf(text: string) {
  const result = await parseFile(encode(text), { enrich: false });
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  expect(result.format).toBe('proquest');
  return result.articles;
}

describe('ProQuest HTML results', () => {
  it.each([
    ['the older layout', {}],
    ['the 2023 layout, with hit highlights', { layout: 'v2', highlight: true }],
    ['a broken <html> tag in a full text', { brokenHtmlIn: [1] }],
  ] as const)('reads %s', async (_name, options) => {
    const articles = await articlesOf(proquestHtml(PROQUEST_DOCUMENTS, options));
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({ ...FIELDS[0], container: { kind: 'html' } });
    expect(articles[1]).toMatchObject(FIELDS[1]!);
  });

  it('never reads the script or the style sheet', async () => {
    const articles = await articlesOf(proquestHtml(PROQUEST_DOCUMENTS));
    expect(JSON.stringify(articles)).not.toMatch(/saveas|\.hit\{/);
  });
});

describe('ProQuest e-mailed results', () => {
  it.each([
    ['quoted-printable, older layout', {}],
    ['base64, 2023 layout', { transfer: 'base64', layout: 'v2' }],
    ['forwarded, with a broken <html> tag', { forwarded: true, brokenHtmlIn: [2] }],
  ] as const)('reads the HTML part: %s', async (_name, options) => {
    const articles = await articlesOf(proquestEmail(PROQUEST_DOCUMENTS, options));
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({ ...FIELDS[0], container: { kind: 'email' } });
    expect(articles[1]).toMatchObject(FIELDS[1]!);
  });

  it('rejects an e-mail that is not a ProQuest results mail as an e-mail, never as plain text', async () => {
    const mail =
      'From: friend@example.invalid\r\nSubject: Lunch\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee you at noon.\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>See you at noon.</p>\r\n--b--\r\n';
    const result = await parseFile(encode(mail));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('UNRECOGNIZED_LAYOUT');
    expect(result.rejection.message).toMatch(/e-mail, but not a ProQuest results mail/);
    const plain =
      'From: friend@example.invalid\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello.\r\n';
    const noHtml = await parseFile(encode(plain));
    expect(noHtml.ok === false && noHtml.rejection.message).toMatch(/e-mail with no HTML part/);
  });

  it('caps a MIME bomb: too many parts, or a huge encoded part', async () => {
    const parts = Array.from(
      { length: MAX_MIME_PARTS + 1 },
      () => '--b\r\nContent-Type: text/plain\r\n\r\nx\r\n',
    );
    const many = `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${parts.join('')}--b--\r\n`;
    const tooMany = await parseFile(encode(many));
    expect(tooMany.ok === false && tooMany.rejection.code).toBe('TOO_MANY_PARTS');
    const huge = `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${'QUFB'.repeat(MAX_MIME_PART_BYTES / 4 + 1)}\r\n--b--\r\n`;
    const tooLarge = await parseFile(encode(huge), { maxBytes: 64 * 1024 * 1024 });
    expect(tooLarge.ok === false && tooLarge.rejection.code).toBe('PART_TOO_LARGE');
    let nested = '<p>x</p>';
    for (let depth = 0; depth < 12; depth++)
      nested = `Content-Type: multipart/mixed; boundary="n${depth}"\r\n\r\n--n${depth}\r\n${nested}\r\n--n${depth}--`;
    const deep = await parseFile(encode(`MIME-Version: 1.0\r\n${nested}\r\n`));
    expect(deep.ok === false && deep.rejection.code).toBe('NESTED_TOO_DEEP');
  });
});
