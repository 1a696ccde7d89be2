import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../lambda/parser/parseFile';
import { collectEvents } from '../../helpers/collectEvents';
import { proquestText } from '../../helpers/proquestExport';
import { PROQUEST_DOCUMENTS } from './proquestFixtures';

const encode = (text: string) => new TextEncoder().encode(text);

// Answer keys: written by hand from the invented documents in proquestFixtures.ts, not computed from them.
const KEY = [
  {
    documentIndex: 1,
    format: 'proquest',
    headline: 'Harbour ferry fares to rise in spring',
    publication: 'The Invented Gazette',
    byline: 'Quill, Mara; Brand, Ode',
    authors: ['Mara Quill', 'Ode Brand'],
    dateline: 'PORTVILLE',
    publishedDate: '2014-02-07',
    section: 'City',
    page: 'A.1',
    language: 'en',
    sourceDocumentId: { vendor: 'proquest', id: '1499999901' },
    paragraphs: [
      'The ferry company said on Monday that fares would rise in the spring.',
      'Riders will pay two coins more for a return ticket, the company said.',
      'The council meets on Thursday.',
    ],
    indexTerms: {
      subject: [
        { term: 'Ferries', score: null },
        { term: 'Public transportation', score: null },
      ],
      organization: [
        { term: 'Portville Ferry Co', score: null },
        { term: 'Harbour Board', score: null },
      ],
      person: [],
      geographic: [
        { term: 'Portville', score: null },
        { term: 'Atlantis', score: null },
      ],
    },
    warnings: [],
  },
  {
    documentIndex: 2,
    headline: 'Library opens a seed exchange',
    publication: 'Le Journal Inventé',
    byline: null,
    authors: [],
    // `Dateline:` holds a timestamp there, not a place.
    dateline: null,
    publishedDate: '2021-03-12',
    page: '4',
    language: 'fr',
    sourceDocumentId: { vendor: 'proquest', id: '2500000002' },
    paragraphs: [
      'La bibliothèque a ouvert un échange de graines mardi.',
      'Les jardiniers ont apporté des bocaux de haricots.',
    ],
    warnings: ['no byline found'],
  },
];

describe('ProQuest plain-text export', () => {
  it('gives one record per document, the report header and table of contents passed over', async () => {
    const result = await parseFile(encode(proquestText(PROQUEST_DOCUMENTS)), { enrich: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('proquest');
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject(KEY[0]!);
    expect(result.articles[1]).toMatchObject(KEY[1]!);
  });

  it('reads CRLF line ends and a UTF-8 byte-order mark the same way', async () => {
    const plain = await parseFile(encode(proquestText(PROQUEST_DOCUMENTS)), { enrich: false });
    const crlf = await parseFile(encode(`\ufeff${proquestText(PROQUEST_DOCUMENTS, '\r\n')}`), {
      enrich: false,
    });
    expect(crlf.ok && plain.ok).toBe(true);
    if (!crlf.ok || !plain.ok) return;
    const fields = (a: (typeof plain.articles)[number]) => ({ ...a, provenance: undefined });
    expect(crlf.articles.map(fields)).toEqual(plain.articles.map(fields));
  });

  it('resumes after a document: the later ones only, with the same positions', async () => {
    const bytes = encode(proquestText(PROQUEST_DOCUMENTS));
    const { events, articles } = await collectEvents(bytes, {
      enrich: false,
      resumeAfter: { documentIndex: 1 },
    });
    expect(events[0]).toMatchObject({ kind: 'file', format: 'proquest' });
    expect(articles.map((a) => a.documentIndex)).toEqual([2]);
    const past = await collectEvents(bytes, { enrich: false, resumeAfter: { documentIndex: 2 } });
    expect(past.events).toEqual([{ kind: 'file', format: 'proquest', encoding: 'utf-8', compressed: false }]);
  });

  it('names the lines each field came from', async () => {
    const text = proquestText(PROQUEST_DOCUMENTS);
    const lines = text.split('\n');
    const result = await parseFile(encode(text), { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    const [first] = result.articles;
    const at = (field: string) => {
      const range = first!.provenance!.fields[field as 'headline']![0]!;
      return lines.slice(range[0], range[1]).join('\n');
    };
    expect(at('headline')).toBe('Harbour ferry fares to rise in spring');
    expect(at('sourceDocumentId')).toBe('ProQuest document ID: 1499999901');
    expect(at('byline')).toBe('Author: Quill, Mara; Brand, Ode');
    expect(at('dateline')).toContain('PORTVILLE --');
    const body = first!.provenance!.paragraphs[1]![0]!;
    expect(lines[body[0]]).toBe(KEY[0]!.paragraphs[1]);
    const span = first!.provenance!.span;
    expect(lines[span[0]]).toMatch(/^_{20,}$/);
  });

  it('rejects a file with ProQuest markers but no document, naming what it looked like', async () => {
    const text = `${'_'.repeat(60)}\n\nReport Information from ProQuest\nDatabase: Invented\n${'_'.repeat(60)}\n`;
    const result = await parseFile(encode(text));
    expect(result).toEqual({
      ok: false,
      rejection: {
        code: 'UNRECOGNIZED_LAYOUT',
        message: 'The file looks like a ProQuest plain-text export, but no document could be read from it.',
      },
    });
  });

  it('takes the publication from a citation with no place, up to its date', async () => {
    const document = {
      headline: 'Invented choir story',
      before: [['Publication info', 'Valley Invented Times. 05 Jan 2021: 2.']] as [string, string][],
      paragraphs: ['The choir sang.'],
      after: [['ProQuest document ID', '3100000010']] as [string, string][],
    };
    const result = await parseFile(encode(proquestText([document])), { enrich: false });
    expect(result.ok && result.articles[0]).toMatchObject({
      publication: 'Valley Invented Times',
      publishedDate: '2021-01-05',
      page: '2',
    });
  });

  it('leaves text without ProQuest markers to the plain-text reader', async () => {
    const text = `Harbour news\n\n${'_'.repeat(30)}\n\nFull text: a story that quotes a label.\n`;
    const result = await parseFile(encode(text), { enrich: false });
    expect(result.ok && result.format).toBe('plain');
  });
});
