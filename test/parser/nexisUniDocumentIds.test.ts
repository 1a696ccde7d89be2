import { describe, expect, it } from 'vitest';
import { InflateBudget } from '../../lambda/parser/containers/InflateBudget';
import { listZipEntries } from '../../lambda/parser/containers/listZipEntries';
import { nexisDocumentIdOf } from '../../lambda/parser/containers/nexisDocumentIdOf';
import { readDocxLines } from '../../lambda/parser/containers/readDocxLines';
import { collectEvents } from '../helpers/collectEvents';
import { type NexisUniDocument, nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH, GERMAN } from './nexisUniFixtures';

// Invented ids in the shape of Lexis Advance document ids.
const IDS = ['6A1B-2C3D-E4F5-G6H7-00000-00', '6A1B-2C3D-E4F5-G6J8-00000-00', '6Z9Y-8X7W-V6U5-T4S3-00000-00'];

function withIds(documents: readonly NexisUniDocument[], ids: readonly (string | undefined)[]) {
  return documents.map((document, at) => ({ ...document, documentId: ids[at] }));
}

describe('sourceDocumentId from a Nexis Uni cover page', () => {
  it('reads a document id from a link target, raw or percent-encoded, and nothing else', () => {
    expect(
      nexisDocumentIdOf(
        'https://advance.lexis.com/api/document?collection=news&id=urn:contentItem:6A1B-2C3D-E4F5-G6H7-00000-00&context=1',
      ),
    ).toBe('6A1B-2C3D-E4F5-G6H7-00000-00');
    expect(
      nexisDocumentIdOf(
        'https://advance.lexis.com/api/document?id=urn%3acontentItem%3a6a1b-2c3d-e4f5-g6h7-00000-00',
      ),
    ).toBe('6A1B-2C3D-E4F5-G6H7-00000-00');
    expect(nexisDocumentIdOf('https://www.example.org/story/2019/ferry')).toBeNull();
  });

  it('gives each document the id its cover title links to, with provenance on the title line', async () => {
    const docx = writeDocx(nexisUniBlocks(withIds(ENGLISH, IDS), { cover: true, language: 'en' }));
    const { articles } = await collectEvents(docx);
    expect(articles.map((article) => article.sourceDocumentId)).toEqual(
      IDS.map((id) => ({ vendor: 'nexis', id })),
    );
    const { lines } = readDocxLines(docx, listZipEntries(docx, 100), new InflateBudget(1 << 26), 200, 'x');
    articles.forEach((article, at) => {
      const [range] = article.provenance!.fields.sourceDocumentId!;
      expect(lines[range![0]]).toBe(`${at + 1}. ${' '}${ENGLISH[at]!.headline}`);
      expect(range![1]).toBe(range![0] + 1);
    });
  });

  it('a link to another document inside a body is not an id, and the ids stay in document order', async () => {
    const [first, ...rest] = ENGLISH;
    const citing: NexisUniDocument = {
      ...first!,
      paragraphs: [
        ...first!.paragraphs,
        [
          'As reported in ',
          {
            link: 'an earlier story',
            target: 'https://advance.lexis.com/api/document?id=urn:contentItem:5AAA-BBBB-CCCC-DDDD-00000-00',
          },
          '.',
        ],
      ],
    };
    const docx = writeDocx(nexisUniBlocks(withIds([citing, ...rest], IDS), { cover: true, language: 'en' }));
    const { articles } = await collectEvents(docx);
    expect(articles.map((article) => article.sourceDocumentId?.id)).toEqual(IDS);
    expect(articles[0]!.paragraphs.at(-1)).toBe('As reported in an earlier story.');
  });

  it('guesses nothing when the title list and the documents disagree in number, or there is no cover', async () => {
    const partial = writeDocx(
      nexisUniBlocks(withIds(ENGLISH, [IDS[0], undefined, IDS[2]]), { cover: true, language: 'en' }),
    );
    const noCover = writeDocx(nexisUniBlocks(withIds(ENGLISH, IDS), { cover: false, language: 'en' }));
    for (const docx of [partial, noCover]) {
      const { articles } = await collectEvents(docx);
      expect(articles).toHaveLength(3);
      for (const article of articles) {
        expect(article).not.toHaveProperty('sourceDocumentId');
        expect(article.provenance?.fields.sourceDocumentId).toBeUndefined();
      }
    }
  });

  it('each DOCX of a ZIP gives its own documents their ids, German interface included', async () => {
    const zip = writeZip([
      {
        name: 'a.docx',
        data: writeDocx(
          nexisUniBlocks(withIds(GERMAN.slice(0, 1), [IDS[0]]), { cover: true, language: 'de' }),
        ),
      },
      {
        name: 'b.docx',
        data: writeDocx(
          nexisUniBlocks(withIds(GERMAN.slice(1, 2), [IDS[1]]), { cover: true, language: 'de' }),
        ),
      },
    ]);
    const { articles } = await collectEvents(zip);
    expect(articles.map((article) => [article.container?.member, article.sourceDocumentId?.id])).toEqual([
      ['a.docx', IDS[0]],
      ['b.docx', IDS[1]],
    ]);
  });
});
