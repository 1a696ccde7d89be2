import type { PathologicalInput } from './types';

const encoder = new TextEncoder();

/** `unit` repeated (then cut) to exactly `bytes` bytes; units are ASCII so any cut is valid text. */
function repeatTo(unit: string, bytes: number, prefix = ''): Uint8Array {
  const body = unit.repeat(Math.ceil(Math.max(0, bytes - prefix.length) / unit.length));
  return encoder.encode((prefix + body).slice(0, bytes));
}

/** An RTF file of about `bytes` bytes: `prefix`, `unit` repeated, and the closing brace (it stays well-formed). */
function rtfOf(unit: string, bytes: number, prefix: string): Uint8Array {
  const head = `{\\rtf1\\ansi\\ansicpg1252\\uc1 ${prefix}`;
  return encoder.encode(
    `${head}${unit.repeat(Math.max(0, Math.floor((bytes - head.length - 1) / unit.length)))}}`,
  );
}

/**
 * Inputs chosen to find super-linear work: each can be generated at any size, so the benchmark
 * compares time per MB at 1 MB and at 8 MB.
 *
 * @example
 * ```ts
 * const oneMb = PATHOLOGICAL_INPUTS[0]!.generate(1_000_000);
 * ```
 */
export const PATHOLOGICAL_INPUTS: readonly PathologicalInput[] = [
  {
    name: 'singleLine',
    description: 'one line of words, no line end',
    generate: (bytes) => repeatTo('the council met again on Tuesday and argued ', bytes),
  },
  { name: 'blankLines', description: 'blank lines only', generate: (bytes) => repeatTo('\n', bytes) },
  {
    name: 'bylineRepeated',
    description: 'a PressReader byline line, repeated',
    generate: (bytes) => repeatTo('- BY ROBERT BURNS AND LOLITA C. BALDOR\n\n', bytes),
  },
  {
    name: 'separatorsOnly',
    description: '`N of M DOCUMENTS` lines only',
    generate: (bytes) => repeatTo('                 1 of 1000 DOCUMENTS\n', bytes),
  },
  {
    name: 'oneLongWord',
    description: 'one word, no space or line end',
    generate: (bytes) => repeatTo('a', bytes),
  },
  {
    name: 'capitalsAndDashes',
    description: 'a single line of capitals and dashes (dateline and byline lookalikes)',
    generate: (bytes) => repeatTo('WASHINGTON, D.C. (AP) - - -- ', bytes),
  },
  {
    name: 'shortLinesNoBlank',
    description: 'one block of short lines: a single huge paragraph',
    generate: (bytes) => repeatTo('word\n', bytes, 'Headline\n\n'),
  },
  {
    name: 'nexisHugeIndexField',
    description: 'one Nexis SUBJECT: field wrapped over megabytes',
    generate: (bytes) =>
      repeatTo('ELECTIONS (91%); VOTERS (89%);\n', bytes, '1 of 1 DOCUMENT\n\nBODY:\n\nText.\n\nSUBJECT: '),
  },
  {
    name: 'nexisSemicolonHeadline',
    description: 'one Nexis HEADLINE: of megabytes of `; `',
    generate: (bytes) => repeatTo('a; b; C d; ', bytes, '1 of 1 DOCUMENT\n\nHEADLINE: '),
  },
  {
    name: 'nexisEntities',
    description: 'a Nexis body of entities and label lookalikes',
    generate: (bytes) => repeatTo('&GT;&amp; NOTE: &#8217;&bogus;\n', bytes, '1 of 1 DOCUMENT\n\nBODY:\n\n'),
  },
  {
    name: 'nexisDashedDateline',
    description: 'one Nexis DATELINE: of megabytes of dashes (patterns anchored at the end)',
    generate: (bytes) => repeatTo('-----', bytes, '1 of 1 DOCUMENT\n\nBODY:\n\nText.\n\nDATELINE: BOSTON '),
  },
  {
    name: 'carriageReturns',
    description: 'plain text with CR line ends only',
    generate: (bytes) => repeatTo('The council met on Tuesday.\r\r', bytes, 'Headline\r\r'),
  },
  {
    name: 'rtfDeepGroups',
    description: 'an RTF of groups nested 500 deep (just under the cap), over and over',
    generate: (bytes) => rtfOf(`${'{\\b '.repeat(500)}x${'}'.repeat(500)}\\par `, bytes, ''),
  },
  {
    name: 'rtfEscapes',
    description: "a Nexis Uni RTF whose one body is megabytes of \\uN, \\'hh and \\par",
    generate: (bytes) =>
      rtfOf(
        "caf\\u233?\\'e9 \\u8220?q\\u8221? {\\i word}\\par ",
        bytes,
        'Headline\\par Invented Paper\\par July 1, 2019 Monday\\par Body\\par ',
      ),
  },
];
