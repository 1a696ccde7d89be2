import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../cli/progress/createProgressReporter';

function capture(isTTY: boolean): { stream: PassThrough; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  return { stream, text: () => text };
}

describe('createProgressReporter', () => {
  it('off a terminal, prints plain lines: one at the start, one when done', () => {
    const { stream, text } = capture(false);
    const progress = createProgressReporter(stream, {
      label: 'upload',
      itemName: 'files',
      totalItems: 3,
      totalBytes: 3_000_000,
    });
    progress.advance(1, 1_000_000);
    progress.advance(2, 2_000_000);
    progress.stop();
    const lines = text().split('\n');
    expect(lines[0]).toBe('upload [--------------------] 0% | 0/3 files | 0 B/3.0 MB | 0 B/s | ETA --');
    expect(lines[1]).toMatch(
      /^upload \[={20}\] 100% \| 3\/3 files \| 3\.0 MB\/3\.0 MB \| [\d.]+ [kMG]?B\/s \| took \d+s$/,
    );
    expect(lines.slice(2)).toEqual(['']);
  });

  it('counts items when no bytes are given, and grows its total as a listing finds more', () => {
    const { stream, text } = capture(false);
    const progress = createProgressReporter(stream, {
      label: 'reprocess',
      itemName: 'objects',
      totalItems: 0,
    });
    progress.addToTotal(1_000);
    progress.advance(400);
    progress.addToTotal(500);
    progress.advance(1_100);
    progress.stop();
    expect(text().trim().split('\n').at(-1)).toMatch(
      /^reprocess \[={20}\] 100% \| 1,500\/1,500 objects \| [\d,]+\/s \| took \d+s$/,
    );
  });

  it('on a terminal, redraws one line in place and keeps the last one', () => {
    const { stream, text } = capture(true);
    const progress = createProgressReporter(stream, { label: 'upload', itemName: 'files', totalItems: 2 });
    progress.advance(1);
    progress.advance(1);
    progress.stop();
    const output = text();
    // Cursor moves to the line start instead of new lines for each update.
    expect(output).toContain('\u001b[');
    expect(output.split('\n').filter((line) => line.trim() !== '')).toHaveLength(1);
    expect(output).toMatch(/upload \[={30}\] 100% \| 2\/2 files \| [\d,]+\/s \| took \d+s/);
  });
});
