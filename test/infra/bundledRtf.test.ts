// The parser as the ingest bundle carries it (esbuild, CommonJS, minified, node24): the RTF reader, loaded
// with a dynamic import, must resolve inside one bundle file and read an upload.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { parseFile as ParseFile } from '../../lambda/parser/parseFile';
import { type BundledParser, bundledParseFile } from '../helpers/bundledParseFile';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
let bundled: BundledParser;
let parseFile: typeof ParseFile;

beforeAll(async () => {
  bundled = await bundledParseFile();
  ({ parseFile } = bundled);
}, 60_000);

afterAll(() => bundled?.remove());

describe('the bundled parser', () => {
  it('reads a Nexis Uni RTF upload and a classic LexisNexis .DOC that is RTF', async () => {
    const uni = await readFile(join(PROJECT_ROOT, 'test/local/fixtures/uploads/nexis-uni export.rtf'));
    const result = await parseFile(new Uint8Array(uni));
    expect(result.ok && result.articles.map((article) => [article.format, article.headline])).toEqual([
      ['nexis-uni', 'Tramway extension wins council backing'],
      ['nexis-uni', 'Café owners protest new terrace fees'],
      ['nexis-uni', 'Library adds Sunday hours'],
    ]);
    const classic = await readFile(
      join(PROJECT_ROOT, 'test/fixtures/accuracy/developmentRtf/LEXISNEXIS-DE.DOC'),
    );
    const german = await parseFile(new Uint8Array(classic));
    expect(german.ok && german.articles.map((article) => [article.format, article.container])).toEqual([
      ['nexis', { kind: 'rtf' }],
      ['nexis', { kind: 'rtf' }],
    ]);
  });
});
