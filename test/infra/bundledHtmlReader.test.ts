// The parser bundled as the function is (esbuild, CommonJS, node24, minified) reads a classic HTML export:
// htmlparser2 ships only ES modules, and the HTML readers are loaded with a dynamic import().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type BundledParser, bundledParseFile } from '../helpers/bundledParseFile';

const FIXTURE = fileURLToPath(new URL('../fixtures/nexis-html/classic-export.html', import.meta.url));
let bundled: BundledParser | undefined;
afterAll(() => bundled?.remove());

describe('the bundled parser', () => {
  it('parses a classic LexisNexis HTML export, its reader and htmlparser2 bundled as CommonJS', async () => {
    bundled = await bundledParseFile();
    const { parseFile } = bundled;
    const parsed = await parseFile(readFileSync(FIXTURE), { enrich: false });
    if (!parsed.ok) throw new Error(parsed.rejection.message);
    expect(parsed.format).toBe('nexis');
    expect(
      parsed.articles.map((article) => [article.documentIndex, article.headline, article.container]),
    ).toEqual([
      [1, 'Marina expansion wins a narrow vote', { kind: 'html' }],
      [2, 'Bridge inspection finds cracked bearings', { kind: 'html' }],
      [3, 'Lake levels for the week', { kind: 'html' }],
      [4, 'Library extends its evening hours', { kind: 'html' }],
    ]);
  }, 60_000);
});
