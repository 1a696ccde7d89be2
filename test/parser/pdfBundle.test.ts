import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfjsAssetCommands } from '../../lib/pdfjsAssetCommands';
import { nexisUniPdfParagraphs } from '../helpers/nexisUniPdf';
import { writePdf } from '../helpers/writePdf';
import { PDF_DOCUMENTS } from './pdfFixtures';

const PARSE_FILE = fileURLToPath(new URL('../../lambda/parser/parseFile.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'article-pipeline-pdf-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the PDF reader bundled as the function bundles it', () => {
  it('reads a PDF from a minified CommonJS bundle with PDF.js beside it, outside the project, without the native canvas package', async () => {
    // The ingest function's esbuild options (lib/createIngestFunction.ts): CJS, node24, minified, ES module
    // builds first, PDF.js external and laid beside the bundle by the same commands as its asset.
    await build({
      entryPoints: [PARSE_FILE],
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      minify: true,
      mainFields: ['module', 'main'],
      external: ['pdfjs-dist'],
      outfile: join(scratch, 'parser.cjs'),
      logLevel: 'silent',
    });
    await promisify(execFile)('bash', [
      '-c',
      pdfjsAssetCommands(PROJECT_ROOT.replace(/\/$/, ''), scratch).join(' && '),
    ]);
    writeFileSync(
      join(scratch, 'export.pdf'),
      await writePdf(nexisUniPdfParagraphs(PDF_DOCUMENTS, { cover: true, language: 'en' }), {
        footer: 'Page # of ##',
      }),
    );
    const script =
      "const { parseFile } = require('./parser.cjs');" +
      "parseFile(require('node:fs').readFileSync('./export.pdf')).then((r) => process.stdout.write(JSON.stringify(r.ok ? r.articles.map((a) => a.headline) : r.rejection)));";
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual(PDF_DOCUMENTS.map((document) => document.headline));
    // PDF.js's load-time warnings about canvas polyfills are kept out of the function's logs.
    expect(stderr).toBe('');
  });
});
