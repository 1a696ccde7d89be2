// `parse --explain FILE`: the file's lines, each with its role and the fields it fed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParseCommand } from '../../cli/commands/parseCommand';
import { classicNexisHtml } from '../helpers/classicNexisExport';
import { proquestEmail, proquestText } from '../helpers/proquestExport';
import { PROQUEST_DOCUMENTS } from '../parser/vendors/proquestFixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'explain-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function explain(
  text: string | Uint8Array,
  name = 'article.txt',
): Promise<{ code: number; lines: string[] }> {
  const file = join(dir, name);
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

  it('labels the lines a classic LexisNexis HTML export was laid out as', async () => {
    const html = classicNexisHtml(
      [
        [
          { centred: '1 of 1 DOCUMENT' },
          { centred: 'The Harbor Ledger' },
          { centred: 'May 2, 2019 Thursday' },
          { label: 'HEADLINE', value: 'Quay repairs begin' },
          { label: 'BODY', value: '' },
          { lines: ['Work on the quay began on Monday.'] },
        ],
      ],
      { highlight: 'qua' },
    );
    const { code, lines } = await explain(html, 'export.html');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^── .*export\.html #1 \(nexis\): Quay repairs begin$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ ?\d+ separator\s+│\s+1 of 1 DOCUMENT$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^ ?\d+ header\s+publication\s+│\s+The Harbor Ledger$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ ?\d+ headline\s+headline\s+│ HEADLINE: Quay repairs begin$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ ?\d+ body\s+p1\s+│ Work on the quay began on Monday\.$/),
    );
  });

  it('labels a ProQuest text export and the HTML part of a ProQuest e-mail, line by line', async () => {
    for (const [text, name] of [
      [proquestText(PROQUEST_DOCUMENTS), 'results.txt'],
      [proquestEmail(PROQUEST_DOCUMENTS), 'results.eml'],
    ] as const) {
      const { code, lines } = await explain(text, name);
      expect(code).toBe(0);
      expect(lines).toContainEqual(
        expect.stringMatching(/^── .*#1 \(proquest\): Harbour ferry fares to rise in spring$/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/^\s*\d+ headline\s+headline\s+│ Harbour ferry fares/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/^\s*\d+ field\s+sourceDocumentId\s+│ ProQuest document ID: 1499999901$/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/^\s*\d+ body\s+dateline p1\s+│ (?:Full text: )?PORTVILLE --/),
      );
    }
  });
});
