// `parse --explain FILE.pdf`: the lines the PDF reader produced, each with its role and the fields it fed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParseCommand } from '../../cli/commands/parseCommand';
import { nexisUniPdfParagraphs } from '../helpers/nexisUniPdf';
import { writePdf } from '../helpers/writePdf';
import { PDF_DOCUMENTS } from '../parser/pdfFixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'explain-pdf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parse --explain on a PDF', () => {
  it('labels the reader’s lines, in reading order and without page furniture, with their roles and fields', async () => {
    const file = join(dir, 'export.pdf');
    const paragraphs = nexisUniPdfParagraphs(PDF_DOCUMENTS, { cover: false, language: 'en' });
    await writeFile(file, await writePdf(paragraphs, { columns: 2, shuffleSeed: 9, footer: 'Page # of ##' }));
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    const code = await runParseCommand([file], { stdout, stderr: new PassThrough() }, { explain: true });
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^── .*export\.pdf #1 \(nexis-uni\): Harbour ferry fares to rise in spring$/);
    const row = (n: number) => lines.find((line) => line.startsWith(`${String(n).padStart(2)} `)) ?? '';
    expect(row(1)).toMatch(/^ 1 headline\s+headline\s+│ Harbour ferry fares to rise in spring$/);
    expect(row(2)).toMatch(/^ 2 header\s+publication\s+│ The Invented Gazette$/);
    expect(row(4)).toMatch(/^ 4 field\s+section\s+│ Section: CITY; Version:2$/);
    expect(row(8)).toMatch(/^ 8 body\s+dateline p1\s+│ PORTVILLE — The ferry company said/);
    expect(lines.filter((line) => line.startsWith('── '))).toHaveLength(3);
    expect(out).not.toMatch(/Page \d+ of \d+/);
  });
});
