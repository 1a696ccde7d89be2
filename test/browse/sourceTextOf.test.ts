import { describe, expect, it } from 'vitest';
import { sourceTextOf } from '../../cli/browse/sourceTextOf';
import { readRtfLines } from '../../lambda/parser/rtf/readRtfLines';
import { classicNexisRtf } from '../helpers/writeRtf';

const EXPORT = ['1 of 1 DOCUMENTS', '', 'HEADLINE: Ferry fares rise', '', 'BODY:', '', 'Fares rise.'].join(
  '\n',
);

describe('the source text beside an article', () => {
  it('is the text of a text file, its line ends split', async () => {
    const bytes = new TextEncoder().encode('Headline\r\n\r\nBody.');
    expect(await sourceTextOf(bytes, bytes.length)).toEqual({ lines: ['Headline', '', 'Body.'], note: null });
  });

  it('is the RTF reader’s lines for an RTF file, the lines its provenance numbers', async () => {
    const rtf = classicNexisRtf(EXPORT);
    const text = await sourceTextOf(rtf, rtf.length);
    expect(text.lines).toEqual(readRtfLines(rtf).lines);
    expect(text.lines).toContain('HEADLINE: Ferry fares rise');
    expect(text.lines.join('\n')).not.toMatch(/\\rtf|fonttbl/);
    expect(text.note).toMatch(/RTF/);
  });

  it('is a note for an RTF file larger than was read, or a broken one', async () => {
    const rtf = classicNexisRtf(EXPORT);
    expect(await sourceTextOf(rtf.subarray(0, 100), rtf.length)).toEqual({
      lines: [],
      note: expect.stringMatching(/RTF file of \d+ bytes/),
    });
    const cut = rtf.subarray(0, 100);
    expect(await sourceTextOf(cut, cut.length)).toEqual({
      lines: [],
      note: expect.stringMatching(/could not be read: The RTF file is corrupt/),
    });
  });
});
