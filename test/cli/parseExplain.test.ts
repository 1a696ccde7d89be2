// `parse --explain FILE`: the file's lines, each with its role and the fields it fed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParseCommand } from '../../cli/commands/parseCommand';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH } from '../parser/nexisUniFixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'explain-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function explain(text: string): Promise<{ code: number; lines: string[] }> {
  const file = join(dir, 'article.txt');
  await writeFile(file, text);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  const code = await runParseCommand([file], { stdout, stderr }, { explain: true });
  return { code, lines: out.split('\n') };
}

describe('parse --explain', () => {
  it('labels every line of a PressReader page with its role and field', async () => {
    const text = [
      'Harbor Ledger',
      '',
      'Tide tables revised',
      '',
      '- BY ILSE MORROW',
      '',
      'KELP BAY — The tables change.',
      '',
      'Fishermen welcomed it.',
      '',
      'Newspapers in English',
    ].join('\n');
    const { code, lines } = await explain(text);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^── .*article\.txt #1 \(pressreader\): Tide tables revised$/);
    const row = (n: number) => lines.find((line) => line.startsWith(`${String(n).padStart(2)} `)) ?? '';
    expect(row(1)).toMatch(/^ 1 header\s+publication\s+│ Harbor Ledger$/);
    expect(row(3)).toMatch(/^ 3 headline\s+headline\s+│ Tide tables revised$/);
    expect(row(5)).toMatch(/^ 5 byline\s+byline\s+│ - BY ILSE MORROW$/);
    expect(row(7)).toMatch(/^ 7 body\s+dateline p1\s+│ KELP BAY/);
    expect(row(9)).toMatch(/^ 9 body\s+p2\s+│ Fishermen/);
    expect(row(11)).toMatch(/^11 footer\s+language\s+│ Newspapers in English$/);
  });

  it('marks lines outside every document, and names the lines of a warning', async () => {
    const text = [
      'Export header',
      '    1 of 1 DOCUMENTS',
      '',
      'SECTION: NEWS',
      '',
      'Short headline',
      '',
      'Body text here.',
    ].join('\n');
    const { lines } = await explain(text);
    expect(lines[0]).toMatch(/^1 -\s+│ Export header$/);
    expect(lines[1]).toMatch(/^── .* #1 \(nexis\)/);
    expect(lines[2]).toMatch(/^2 separator/);
    expect(lines).toContain('   warning (line 6-8): no BODY: label; body taken from the unlabelled text');
    expect(lines).toContain('   warning (line 6): headline guessed from the first line');
  });
});

describe('parse of a ZIP some of whose members cannot be read', () => {
  it('prints the other members’ articles and names each member not read on stderr', async () => {
    const file = join(dir, 'bundle.zip');
    const docx = writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' }));
    await writeFile(
      file,
      writeZip([
        { name: 'a.docx', data: docx },
        { name: 'b.docx', data: docx.subarray(0, 120) },
      ]),
    );
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    const code = await runParseCommand([file], { stdout, stderr });
    expect(code).toBe(0);
    expect(
      out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).container.member),
    ).toEqual(['a.docx', 'a.docx', 'a.docx']);
    expect(err).toMatch(/^.*bundle\.zip: member b\.docx not read \(CORRUPT_CONTAINER\): .+\n$/);
  });
});
