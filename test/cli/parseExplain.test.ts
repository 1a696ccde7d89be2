// `parse --explain FILE`: the file's lines, each with its role and the fields it fed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParseCommand } from '../../cli/commands/parseCommand';
import { FACTIVA_DOCUMENTS } from '../fixtures/factiva/factivaDocuments';
import { classicNexisHtml } from '../helpers/classicNexisExport';
import { factivaDivHtml, factivaXml } from '../helpers/factivaExport';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { proquestEmail, proquestText } from '../helpers/proquestExport';
import { writeDocx } from '../helpers/writeDocx';
import { classicNexisRtf, writeRtf } from '../helpers/writeRtf';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH } from '../parser/nexisUniFixtures';
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
): Promise<{ code: number; lines: string[]; errors: string }> {
  const file = join(dir, name);
  await writeFile(file, text);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let errors = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  stderr.on('data', (chunk) => {
    errors += String(chunk);
  });
  const code = await runParseCommand([file], { stdout, stderr }, { explain: true });
  return { code, lines: out.split('\n'), errors };
}

/** The row of text line `n` (1-based) after the block header `header`, in a view where lines are numbered per file. */
function rowAfter(lines: readonly string[], header: RegExp, n: number, pad = 2): string {
  const from = lines.findIndex((line) => header.test(line));
  expect(from).toBeGreaterThanOrEqual(0);
  return lines.slice(from).find((line) => line.startsWith(`${String(n).padStart(pad)} `)) ?? '';
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

  it('labels the lines of a DOCX as its reader produced them, not JSON', async () => {
    const docx = writeDocx(nexisUniBlocks(ENGLISH.slice(0, 1), { cover: false, language: 'en' }));
    const { code, lines, errors } = await explain(docx, 'export.docx');
    expect(code).toBe(0);
    expect(errors).toBe('');
    expect(lines.some((line) => line.startsWith('{'))).toBe(false);
    expect(lines[0]).toMatch(/^══ .*export\.docx$/);
    expect(lines[1]).toMatch(/^── .*export\.docx #1 \(nexis-uni\): Harbour ferry fares to rise in spring$/);
    const headline = lines.find((line) => / headline\s+headline\s+│ /.test(line)) ?? '';
    expect(headline).toMatch(/│ Harbour ferry fares to rise in spring$/);
    expect(lines.find((line) => / header\s+publication\s+│ /.test(line))).toMatch(/│ The Invented Gazette$/);
    expect(lines.find((line) => / field\s+byline\s+│ /.test(line))).toMatch(/│ Byline:\sMara Quill$/);
    expect(lines.find((line) => / body\s+dateline p1\s+│ /.test(line))).toMatch(/│ PORTVILLE — The ferry/);
  });

  it('shows each member of a ZIP under its own name, with its own line numbers, and why a member was not read', async () => {
    const docx = writeDocx(nexisUniBlocks(ENGLISH.slice(1, 2), { cover: false, language: 'en' }));
    const zip = writeZip([
      { name: 'a-uni.docx', data: docx },
      {
        name: 'b-brief.txt',
        data: 'Ferry timetable changes\n\nBy Oona Pike\n\nPORTVILLE — Boats leave earlier.\n',
      },
      { name: 'c-scan.pdf', data: '%PDF-1.4' },
    ]);
    const { code, lines } = await explain(zip, 'bundle.zip');
    expect(code).toBe(0);
    expect(
      lines.filter((line) => line.startsWith('══ ')).map((line) => line.replace(/^══ .*bundle\.zip/, '')),
    ).toEqual([' › a-uni.docx', ' › b-brief.txt', ' › c-scan.pdf']);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^── .*bundle\.zip › a-uni\.docx #1 \(nexis-uni\): Library opens a seed exchange$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^── .*bundle\.zip › b-brief\.txt #2 \(plain\): Ferry timetable changes$/),
    );
    // The text member's lines count from 1 again: they are that file's lines, as provenance numbers them.
    const brief = /^── .*b-brief\.txt #2/;
    expect(rowAfter(lines, brief, 1, 1)).toMatch(/^1 headline\s+headline\s+│ Ferry timetable changes$/);
    expect(rowAfter(lines, brief, 3, 1)).toMatch(/^3 byline\s+byline\s+│ By Oona Pike$/);
    expect(rowAfter(lines, brief, 5, 1)).toMatch(
      /^5 body\s+dateline p1\s+│ PORTVILLE — Boats leave earlier\.$/,
    );
    const uni = /^── .*a-uni\.docx #1/;
    const graphic = lines
      .slice(lines.findIndex((line) => uni.test(line)))
      .find((line) => line.includes('A photo of jars'));
    expect(graphic).toMatch(/ factbox\s+│ A photo of jars on a shelf\.$/);
    expect(lines).toContain(
      '   not read: The member c-scan.pdf is damaged and cannot be read: Invalid PDF structure.',
    );
  });

  it('explains an RTF export on the text lines its reader gives', async () => {
    const { code, lines } = await explain(
      classicNexisRtf(
        ['1 of 1 DOCUMENTS', '', 'HEADLINE: Ferry fares rise', '', 'BODY:', '', 'Fares rise.'].join('\n'),
      ),
      'EXPORT.DOC',
    );
    expect(code).toBe(0);
    // The logo's paragraph is a blank line before the document.
    expect(lines[0]).toMatch(/^1 -\s+│ $/);
    expect(lines[1]).toMatch(/^── .*EXPORT\.DOC #1 \(nexis\): Ferry fares rise$/);
    expect(lines).toContainEqual(expect.stringMatching(/^\s*\d+ separator\s+│ 1 of 1 DOCUMENTS$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^\s*\d+ \S+\s+headline\s+│ HEADLINE: Ferry fares rise$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^\s*\d+ body\s+p1\s+│ Fares rise\.$/));

    const uni = await explain(
      writeRtf(nexisUniBlocks(ENGLISH.slice(0, 1), { cover: false, language: 'en' })),
      'uni.rtf',
    );
    expect(uni.lines).toContainEqual(
      expect.stringMatching(/^── .*uni\.rtf #1 \(nexis-uni\): Harbour ferry fares/),
    );
    expect(uni.lines).toContainEqual(
      expect.stringMatching(/headline\s+│ Harbour ferry fares to rise in spring$/),
    );
    expect(uni.lines.join('\n')).not.toMatch(/MUST NOT APPEAR/);
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

  it('labels the lines of a Factiva XML export and of its div HTML', async () => {
    const xml = await explain(factivaXml(FACTIVA_DOCUMENTS.slice(0, 2)), 'factiva.xml');
    expect(xml.code).toBe(0);
    expect(xml.lines).toContainEqual(
      expect.stringMatching(/^── .*factiva\.xml #2 \(factiva\): Stadtbibliothek/),
    );
    expect(xml.lines).toContainEqual(
      expect.stringMatching(/headline\s+headline\s+│\s+Harbour ferry fares to rise in spring<\/paragraph>$/),
    );
    expect(xml.lines).toContainEqual(
      expect.stringMatching(/field\s+sourceDocumentId\s+│\s+<accessionNo>INVGAZ0020190512ef5c0000a/),
    );
    const html = await explain(factivaDivHtml(FACTIVA_DOCUMENTS.slice(0, 1), 'de'), 'factiva.html');
    expect(html.code).toBe(0);
    expect(html.lines).toContainEqual(
      expect.stringMatching(/headline\s+headline\s+│ HD\tHarbour ferry fares/),
    );
    expect(html.lines).toContainEqual(expect.stringMatching(/field\s+publishedDate\s+│ MD\t12\. Mai 2019$/));
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
