import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nexisUniDocx } from './nexisUniExportBytes';

const CHILD = fileURLToPath(new URL('./peakRssOfDocx.ts', import.meta.url));

/**
 * Peak RSS, in MB, of a child process (Lambda's heap flags for 1,024 MB) that parses an invented
 * 1,000-document Nexis Uni DOCX with enrichment on, and its RSS before the parse.
 *
 * @example
 * ```ts
 * const { peakRssMb } = peakRssOfDocxExport();
 * ```
 */
export function peakRssOfDocxExport(): { documents: number; peakRssMb: number; rssBeforeParseMb: number } {
  const folder = mkdtempSync(join(tmpdir(), 'docx-rss-'));
  try {
    const file = join(folder, 'export.docx');
    writeFileSync(file, nexisUniDocx(1_000, 0));
    const output = execFileSync(
      process.execPath,
      ['--max-old-space-size=870', '--import', 'tsx', CHILD, file],
      {
        encoding: 'utf8',
      },
    );
    return JSON.parse(output.trim().split('\n').at(-1)!);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
