// The parser bundled as the function is (esbuild, CommonJS, node24, minified) reads a classic HTML export:
// htmlparser2 ships only ES modules, and the HTML readers are loaded with a dynamic import().
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { parseFile as ParseFile } from '../../lambda/parser/parseFile';

const ENTRY = fileURLToPath(new URL('../../lambda/parser/parseFile.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/nexis-html/classic-export.html', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bundled-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled parser', () => {
  it('parses a classic LexisNexis HTML export, its reader and htmlparser2 bundled as CommonJS', async () => {
    // The bundling settings of lib/createIngestFunction.ts.
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      minify: true,
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, 'parser.cjs');
    writeFileSync(file, result.outputFiles[0]!.contents);
    const { parseFile } = createRequire(import.meta.url)(file) as { parseFile: typeof ParseFile };
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
