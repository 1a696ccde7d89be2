// The parser bundled as the function is (esbuild, CommonJS, node24, minified) reads every other-vendor
// layout: the vendor readers are loaded with a dynamic import(), which the bundle must carry.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { parseFile as ParseFile } from '../../lambda/parser/parseFile';

const ENTRY = fileURLToPath(new URL('../../lambda/parser/parseFile.ts', import.meta.url));
const VENDORS = fileURLToPath(new URL('../fixtures/accuracy/developmentVendors/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bundled-vendors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled parser', () => {
  it('reads ProQuest, Europresse, Integrum and Mediargus exports, its readers bundled as CommonJS', async () => {
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
    const formats: [string, string, number][] = [];
    for (const name of [
      'proquest.txt',
      'proquest.eml',
      'europresse-old.html',
      'integrum.html',
      'mediargus.txt',
    ]) {
      const parsed = await parseFile(readFileSync(join(VENDORS, name)), { enrich: false });
      if (!parsed.ok) throw new Error(`${name}: ${parsed.rejection.message}`);
      formats.push([name, parsed.format, parsed.articles.length]);
    }
    expect(formats).toEqual([
      ['proquest.txt', 'proquest', 2],
      ['proquest.eml', 'proquest', 2],
      ['europresse-old.html', 'europresse', 2],
      ['integrum.html', 'integrum', 2],
      ['mediargus.txt', 'mediargus', 2],
    ]);
  }, 60_000);
});
