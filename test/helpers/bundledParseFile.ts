import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { parseFile as ParseFile } from '../../lambda/parser/parseFile';

const ENTRY = fileURLToPath(new URL('../../lambda/parser/parseFile.ts', import.meta.url));

/** A parser bundled as the function bundles it, and how to remove its file. */
export interface BundledParser {
  parseFile: typeof ParseFile;
  remove: () => void;
}

/**
 * `parseFile` from the parser bundled with the ingest function's esbuild settings (lib/createIngestFunction.ts:
 * one CommonJS file, node24, minified, ES module builds first) and loaded with `require`, so that a test shows a
 * reader loaded with a dynamic `import()` resolves inside the one bundle file and reads its upload.
 *
 * @example
 * ```ts
 * const bundled = await bundledParseFile();
 * await bundled.parseFile(bytes, { enrich: false });
 * bundled.remove();
 * ```
 */
export async function bundledParseFile(): Promise<BundledParser> {
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
  const dir = mkdtempSync(join(tmpdir(), 'bundled-parser-'));
  const file = join(dir, 'parser.cjs');
  writeFileSync(file, result.outputFiles[0]!.contents);
  const { parseFile } = createRequire(import.meta.url)(file) as { parseFile: typeof ParseFile };
  return { parseFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
