import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../lambda/parser';

describe('splitDateline', () => {
  it.each([
    ['WASHINGTON — Army Gen. Mark Milley said', 'WASHINGTON', 'Army Gen. Mark Milley said'],
    ['KABUL, Afghanistan (AP) — The Taliban said', 'KABUL, Afghanistan', 'The Taliban said'],
    ['BOSTON -- The city said', 'BOSTON', 'The city said'],
    ['SPRINGFIELD, ILL. - The state said', 'SPRINGFIELD, ILL.', 'The state said'],
    ['ST. LOUIS — Rain fell', 'ST. LOUIS', 'Rain fell'],
    ['WINSTON-SALEM, N.C. (Reuters) – Shares rose', 'WINSTON-SALEM, N.C.', 'Shares rose'],
    ['SÃO PAULO—Markets opened', 'SÃO PAULO', 'Markets opened'],
    ['NEW YORK, Aug. 31 — Stocks fell', 'NEW YORK', 'Stocks fell'],
  ])('%s', (paragraph, dateline, rest) => {
    expect(splitDateline(paragraph)).toEqual({ dateline, paragraph: rest });
  });

  it.each([
    'The U.S.-Taliban relationship — now that the war is over — is unclear.',
    'Milley called the Taliban “ruthless” — and said so twice.',
    'It was cold - very cold.',
    'A — B',
    'No dash at all in this paragraph.',
    `${'WORD '.repeat(30)}— too far into the paragraph to be a dateline`,
  ])('leaves a paragraph without a dateline alone: %s', (paragraph) => {
    expect(splitDateline(paragraph)).toEqual({ dateline: null, paragraph });
  });

  it('gives an empty paragraph when the dateline stood alone', () => {
    expect(splitDateline('WASHINGTON —')).toEqual({ dateline: 'WASHINGTON', paragraph: '' });
  });
});
