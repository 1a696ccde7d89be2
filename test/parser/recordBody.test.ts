// recordBody takes a body's paragraph lines flat (`[s0, e0, s1, e1, …]`) or as pairs, with the same result.
import { describe, expect, it } from 'vitest';
import { ProvenanceRecorder } from '../../lambda/parser/ProvenanceRecorder';
import { recordBody } from '../../lambda/parser/recordBody';

const lines = ['DUNMORE — The pier reopened.', '', 'Anglers returned.', '', '___', 'Catch, by week'];

function provenanceOf(ranges: readonly number[] | readonly (readonly [number, number])[]) {
  const recorder = new ProvenanceRecorder(10);
  recordBody(
    recorder,
    ranges,
    2,
    { paragraphs: ['The pier reopened.', 'Anglers returned.'], dateline: 'DUNMORE' },
    (line) => lines[line]!,
  );
  return recorder.finish(lines.length);
}

describe('recordBody', () => {
  it('gives the same provenance for flat ranges and for pairs', () => {
    const flat = provenanceOf([0, 1, 2, 3, 4, 6]);
    expect(
      provenanceOf([
        [0, 1],
        [2, 3],
        [4, 6],
      ]),
    ).toEqual(flat);
    expect(flat!.paragraphs).toEqual([[[10, 11]], [[12, 13]]]);
    expect(flat!.fields.dateline).toEqual([[10, 11]]);
    expect(flat!.lines).toEqual([
      ['body', 1],
      ['ignored', 1],
      ['body', 1],
      ['ignored', 1],
      ['separator', 1],
      ['factbox', 1],
    ]);
  });
});
