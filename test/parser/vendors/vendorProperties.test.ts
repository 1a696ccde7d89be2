import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseEvent, RejectionCode } from '../../../lambda/parser/types';
import { collectEvents } from '../../helpers/collectEvents';
import { europresseNewHtml, europresseOldHtml } from '../../helpers/europresseExport';
import { expectEventContract } from '../../helpers/expectEventContract';
import { integrumHtml, windows1251 } from '../../helpers/integrumExport';
import { mediargusText } from '../../helpers/mediargusExport';
import { proquestEmail, proquestHtml, proquestText } from '../../helpers/proquestExport';
import { windows1252 } from '../../helpers/windows1252';
import { EUROPRESSE_DOCUMENTS } from './europresseFixtures';
import { INTEGRUM_DOCUMENTS } from './integrumFixtures';
import { MEDIARGUS_DOCUMENTS } from './mediargusFixtures';
import { PROQUEST_DOCUMENTS } from './proquestFixtures';

const encode = (text: string) => new TextEncoder().encode(text);

/** Real-shaped files of every layout, with the metadata that must never reach a paragraph. */
const SHAPES = [
  {
    name: 'ProQuest text',
    bytes: encode(proquestText(PROQUEST_DOCUMENTS)),
    leak: /ProQuest document ID:|Publication title:/,
  },
  {
    name: 'ProQuest HTML',
    bytes: encode(proquestHtml(PROQUEST_DOCUMENTS)),
    leak: /ProQuest document ID:|Document URL:/,
  },
  {
    name: 'ProQuest HTML 2023',
    bytes: encode(proquestHtml(PROQUEST_DOCUMENTS, { layout: 'v2', brokenHtmlIn: [1] })),
    leak: /ProQuest document ID:|html>/,
  },
  {
    name: 'ProQuest e-mail',
    bytes: encode(proquestEmail(PROQUEST_DOCUMENTS)),
    leak: /ProQuest document ID:|=3D/,
  },
  {
    name: 'ProQuest e-mail base64',
    bytes: encode(proquestEmail(PROQUEST_DOCUMENTS, { transfer: 'base64', forwarded: true })),
    leak: /ProQuest document ID:/,
  },
  {
    name: 'Europresse old',
    bytes: encode(europresseOldHtml(EUROPRESSE_DOCUMENTS)),
    leak: /Numéro de document|certificat/,
  },
  {
    name: 'Europresse new',
    bytes: encode(europresseNewHtml(EUROPRESSE_DOCUMENTS)),
    leak: /Numéro de document|Illustration\(s\)/,
  },
  { name: 'Integrum', bytes: windows1251(integrumHtml(INTEGRUM_DOCUMENTS)), leak: /\^(?:ИС|ЗГ|ДТ):/ },
  { name: 'Mediargus', bytes: windows1252(mediargusText(MEDIARGUS_DOCUMENTS)), leak: /\d+w\.$/ },
];

/** Codes a mutated vendor file may get; PARSER_ERROR (a defect caught) is never one of them. */
const EXPECTED_CODES: ReadonlySet<RejectionCode> = new Set<RejectionCode>([
  'EMPTY',
  'BINARY',
  'UNSUPPORTED_FORMAT',
  'NO_ARTICLE',
  'UNRECOGNIZED_LAYOUT',
  'TOO_MANY_PARTS',
  'PART_TOO_LARGE',
  'NESTED_TOO_DEEP',
]);

/** The event contract holds, codes are known, and no metadata line of the layout became story text. */
function expectWellFormed(events: readonly ParseEvent[], leak: RegExp): void {
  for (const article of expectEventContract(events, EXPECTED_CODES))
    for (const paragraph of article.paragraphs) expect(paragraph).not.toMatch(leak);
}

describe('mutated vendor files never throw, keep the event contract and leak no metadata into the story', () => {
  it('truncated anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (shape, share) => {
          const cut = shape.bytes.subarray(0, Math.floor(shape.bytes.length * share));
          expectWellFormed((await collectEvents(cut, { enrich: false })).events, shape.leak);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bytes replaced anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0x20, max: 0x7e })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (shape, replacements) => {
          const mutated = shape.bytes.slice();
          for (const [at, byte] of replacements) mutated[Math.floor(at * (mutated.length - 1))] = byte;
          const { events } = await collectEvents(mutated, { enrich: false });
          // A replaced byte can break a label: then its line may be story text; the contract still holds.
          expectWellFormed(events, /$^/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lines dropped or doubled: never more documents than the file has, never a crash', async () => {
    const textShapes = SHAPES.filter((shape) => !shape.name.includes('e-mail'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...textShapes),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 5,
        }),
        async (shape, edits) => {
          const text = Buffer.from(shape.bytes).toString('latin1');
          const lines = text.split('\n');
          for (const [at, double] of edits) {
            const index = Math.floor(at * (lines.length - 1));
            if (double) lines.splice(index, 0, lines[index]!);
            else lines.splice(index, 1);
          }
          const { events, articles } = await collectEvents(Buffer.from(lines.join('\n'), 'latin1'), {
            enrich: false,
          });
          expectWellFormed(events, /$^/);
          // A doubled separator or title can add at most one document an edit.
          expect(articles.length).toBeLessThanOrEqual(2 + edits.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the same documents whatever the line ends, for the text exports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('\n', '\r\n', '\r'), async (lineEnd) => {
        const reference = await collectEvents(encode(proquestText(PROQUEST_DOCUMENTS)), { enrich: false });
        const variant = await collectEvents(encode(proquestText(PROQUEST_DOCUMENTS, lineEnd)), {
          enrich: false,
        });
        const fields = (a: { provenance?: unknown; contentHash: string }) => ({
          ...a,
          provenance: undefined,
        });
        expect(variant.articles.map(fields)).toEqual(reference.articles.map(fields));
        const m = await collectEvents(encode(mediargusText(MEDIARGUS_DOCUMENTS, lineEnd)), { enrich: false });
        expect(m.articles.map((a) => a.headline)).toEqual(MEDIARGUS_DOCUMENTS.map((d) => d.title));
      }),
      { numRuns: 6 },
    );
  });
});
