// The parser bundled as the function is (esbuild, CommonJS, node24, minified) reads every other-vendor
// layout: the vendor readers are loaded with a dynamic import(), which the bundle must carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type BundledParser, bundledParseFile } from '../helpers/bundledParseFile';

const VENDORS = fileURLToPath(new URL('../fixtures/accuracy/developmentVendors/', import.meta.url));
let bundled: BundledParser | undefined;
afterAll(() => bundled?.remove());

describe('the bundled parser', () => {
  it('reads ProQuest, Europresse, Integrum and Mediargus exports, its readers bundled as CommonJS', async () => {
    bundled = await bundledParseFile();
    const { parseFile } = bundled;
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
