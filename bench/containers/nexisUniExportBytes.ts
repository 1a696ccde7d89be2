import { type NexisUniDocument, nexisUniBlocks } from '../../test/helpers/nexisUniExport';
import { writeDocx } from '../../test/helpers/writeDocx';
import { writeRtf } from '../../test/helpers/writeRtf';
import { writeZip } from '../../test/helpers/writeZip';

const WORDS = [
  'harbour',
  'council',
  'ferry',
  'budget',
  'library',
  'school',
  'market',
  'bridge',
  'vote',
  'river',
];

/** An invented document of about 3 KB of text (about the size of a real news article), varied by `n`. */
function documentNumber(n: number): NexisUniDocument {
  const word = (i: number) => WORDS[(n * 7 + i * 3) % WORDS.length]!;
  const paragraphs = Array.from(
    { length: 12 },
    (_, p) =>
      `The ${word(p)} plan number ${n}-${p} was disc|ussed on Monday, and the ${word(p + 1)} committee said it would report back to the ${word(p + 2)} board before the end of the month, officials said.`,
  );
  return {
    headline: `The ${word(0)} story number ${n}`,
    publication: 'The Invented Gazette',
    dateLine: `July ${(n % 28) + 1}, 2019 Monday 9:20 AM GMT`,
    copyright: 'Copyright 2019 Invented Media Ltd. All Rights Reserved',
    fields: [
      ['Section', 'CITY; Version:2'],
      ['Length', '412 words'],
      ['Byline', 'Mara Quill and Ode Brand'],
    ],
    paragraphs,
    classification: [
      ['Language', 'ENGLISH'],
      ['Subject', `${word(1).toUpperCase()} (90%); ${word(2).toUpperCase()} (72%)`],
      ['Geographic', 'PORTVILLE, ATLANTIS (88%)'],
    ],
    loadDate: 'July 3, 2019',
  };
}

/**
 * An invented Nexis Uni DOCX export of `count` documents with a cover page, shaped as real exports are,
 * for benchmarks (a 1,000-document export is the largest Nexis Uni gives).
 *
 * @example
 * ```ts
 * const docx = nexisUniDocx(1_000, 0);
 * ```
 */
export function nexisUniDocx(count: number, first: number): Uint8Array {
  const documents = Array.from({ length: count }, (_, i) => documentNumber(first + i));
  return writeDocx(nexisUniBlocks(documents, { cover: true, language: 'en' }));
}

/** A Nexis Uni ZIP bundle: `members` DOCX exports of `perMember` documents each. */
export function nexisUniZip(members: number, perMember: number): Uint8Array {
  return writeZip(
    Array.from({ length: members }, (_, m) => ({
      name: `export-${String(m + 1).padStart(3, '0')}.docx`,
      data: nexisUniDocx(perMember, m * perMember),
    })),
  );
}

/** The same invented export as {@link nexisUniDocx}, written as Nexis Uni's RTF download. */
export function nexisUniRtf(count: number, first: number): Uint8Array {
  const documents = Array.from({ length: count }, (_, i) => documentNumber(first + i));
  return writeRtf(nexisUniBlocks(documents, { cover: true, language: 'en' }));
}
