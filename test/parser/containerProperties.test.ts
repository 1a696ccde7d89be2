import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseEvent, RejectionCode } from '../../lambda/parser/types';
import { collectEvents } from '../helpers/collectEvents';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH, GERMAN } from './nexisUniFixtures';

const docx = writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' }));
const bundle = writeZip([
  { name: 'a.docx', data: docx },
  { name: 'b.docx', data: writeDocx(nexisUniBlocks(GERMAN, { cover: false, language: 'de' })) },
  { name: 'c.txt', data: 'Headline\n\nA body paragraph of plain text.\n' },
]);
const SHAPES = [docx, bundle];

/** Codes a mutated container may get; PARSER_ERROR (a defect caught) is never one of them. */
const EXPECTED_CODES: ReadonlySet<RejectionCode> = new Set<RejectionCode>([
  'EMPTY',
  'BINARY',
  'UNSUPPORTED_FORMAT',
  'TOO_LARGE',
  'DECOMPRESSED_TOO_LARGE',
  'CORRUPT_COMPRESSION',
  'NO_ARTICLE',
  'TOO_MANY_MEMBERS',
  'COMPRESSION_RATIO_TOO_HIGH',
  'CORRUPT_CONTAINER',
  'ENCRYPTED',
  'NESTED_TOO_DEEP',
  'NO_TEXT',
  'UNRECOGNIZED_LAYOUT',
]);

/**
 * The events keep their contract: `file` once and first (or a rejection after nothing but its members'
 * rejections), numbers rising, known codes.
 */
function expectWellFormed(events: readonly ParseEvent[]): void {
  expect(events.length).toBeGreaterThan(0);
  const first = events[0]!;
  const last = events.at(-1)!;
  if (first.kind !== 'file') {
    expect(last.kind).toBe('rejected');
    expect(events.slice(0, -1).every((event) => event.kind === 'member-rejected')).toBe(true);
  }
  let lastIndex = 0;
  for (const event of events.slice(1)) {
    expect(event.kind).not.toBe('file');
    if (event.kind === 'article') {
      expect(event.position.documentIndex).toBeGreaterThan(lastIndex);
      lastIndex = event.position.documentIndex;
    }
    const rejection = event.kind === 'rejected' || event.kind === 'member-rejected' ? event.rejection : null;
    if (rejection !== null) expect(EXPECTED_CODES.has(rejection.code), rejection.message).toBe(true);
  }
  if (first.kind === 'rejected')
    expect(EXPECTED_CODES.has(first.rejection.code), first.rejection.message).toBe(true);
}

describe('mutated containers never throw and keep the event contract', () => {
  it('truncated anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (bytes, share) => {
          const cut = bytes.subarray(0, Math.floor(bytes.length * share));
          expectWellFormed((await collectEvents(cut, { enrich: false })).events);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('bytes flipped anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (bytes, flips) => {
          const mutated = bytes.slice();
          for (const [share, mask] of flips) {
            const at = Math.min(mutated.length - 1, Math.floor(mutated.length * share));
            mutated[at] = mutated[at]! ^ mask;
          }
          expectWellFormed((await collectEvents(mutated, { enrich: false })).events);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('nested to any depth, with huge members, stays within its caps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        async (depth, hugeMembers, hugeMiB) => {
          const huge = Array.from({ length: hugeMembers }, (_, i) => ({
            name: `huge${i}.txt`,
            data: new Uint8Array(hugeMiB * 1_048_576).fill(0x41),
          }));
          let bytes = writeZip([{ name: 'a.docx', data: docx }, ...huge]);
          for (let level = 0; level < depth; level++)
            bytes = writeZip([{ name: `level${level}.zip`, data: bytes }]);
          const maxInflatedBytes = 3 * 1_048_576;
          const { events, articles } = await collectEvents(bytes, { enrich: false, maxInflatedBytes });
          expectWellFormed(events);
          const codes = events.flatMap((e) =>
            e.kind === 'rejected' || e.kind === 'member-rejected' ? [e.rejection.code] : [],
          );
          // Over one level of nesting, or past the caps, the documents cannot all be read, and a code says why.
          if (depth >= 2) expect(codes).toContain('NESTED_TOO_DEEP');
          if (depth < 2 && hugeMembers * hugeMiB * 1_048_576 + docx.length * 4 > maxInflatedBytes) {
            expect(
              codes.some(
                (code) => code === 'DECOMPRESSED_TOO_LARGE' || code === 'COMPRESSION_RATIO_TOO_HIGH',
              ),
            ).toBe(true);
          }
          if (depth < 2 && hugeMembers === 0) expect(articles).toHaveLength(3);
        },
      ),
      { numRuns: 40 },
    );
  });
});
