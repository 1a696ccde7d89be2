import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseEvent } from '../../../lambda/parser/types';
import { FACTIVA_DOCUMENTS } from '../../fixtures/factiva/factivaDocuments';
import { collectEvents } from '../../helpers/collectEvents';
import {
  factivaDivHtml,
  factivaLabelledHtml,
  factivaRtf,
  factivaText,
  factivaXml,
} from '../../helpers/factivaExport';
import { rtfText } from '../../helpers/writeRtf';

/** Each layout, real-shaped, as lines to mutate, with the marker that makes it Factiva while it stays. */
const SHAPES = [
  { name: 'xml', text: factivaXml(FACTIVA_DOCUMENTS, 'ferry'), marker: /<ppsarticle>/ },
  { name: 'text', text: factivaText(FACTIVA_DOCUMENTS, 'de', { searchSummary: true }), marker: null },
  {
    name: 'labelled html',
    text: factivaLabelledHtml(FACTIVA_DOCUMENTS, 'fr', { searchSummary: true }),
    marker: /class="article frArticle"/,
  },
  {
    name: 'div html',
    text: factivaDivHtml(FACTIVA_DOCUMENTS, 'en', { searchSummary: true }),
    marker: /class="article enArticle"/,
  },
] as const;

/** Lines a mutation may insert: code words, markup, entities, the quirks. */
const JUNK = fc.constantFrom(
  'HD',
  'AN',
  'TD',
  'LP\tBy Kim ParkThe story goes on.',
  'WC  99999999999999999999 words',
  'PD\t31 février 2019',
  '<paragraph>',
  '</article>',
  '<article><headline>',
  '<!DOCTYPE x [<!ENTITY a "a">]>',
  '&softReturn;&softReturn;',
  '<div id="hd"><span>Another headline</span></div>',
  '<p class="articleParagraph enarticleParagraph">Photo: nobody</p>',
  '<div>Document </div>',
  '<script>HD</script>',
  '',
);

type Mutation = { kind: 'delete' | 'duplicate' | 'insert' | 'swap'; at: number; other: number; junk: string };

const MUTATION = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'swap'),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  other: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  junk: JUNK,
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const { kind, at, other, junk } of mutations) {
    const i = Math.floor(at * lines.length);
    const j = Math.floor(other * lines.length);
    if (kind === 'delete') lines.splice(i, 1);
    else if (kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (kind === 'insert') lines.splice(i, 0, junk);
    else [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  }
  return lines.join('\n');
}

/** The event contract, and no defect of the parser. */
function expectWellFormed(events: readonly ParseEvent[]): void {
  expect(events.length).toBeGreaterThan(0);
  const first = events[0]!;
  if (first.kind === 'rejected') {
    expect(events).toHaveLength(1);
    expect(first.rejection.code, first.rejection.message).not.toBe('PARSER_ERROR');
    return;
  }
  expect(first.kind).toBe('file');
  let last = 0;
  for (const event of events.slice(1)) {
    expect(event.kind).not.toBe('file');
    expect(event.kind).not.toBe('rejected');
    if (event.kind === 'article') {
      expect(event.position.documentIndex).toBeGreaterThan(last);
      last = event.position.documentIndex;
    }
  }
}

describe('mutated Factiva exports never throw, and never turn into junk articles', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: lines deleted, duplicated, swapped, junk inserted`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(MUTATION, { minLength: 1, maxLength: 6 }), async (mutations) => {
          const text = mutate(shape.text, mutations);
          const { events, articles } = await collectEvents(new TextEncoder().encode(text), { enrich: false });
          expectWellFormed(events);
          const lineCount = text.split('\n').length;
          for (const article of articles) {
            // While its markers stay, the file is read as Factiva or refused, never as one plain article.
            if (shape.marker?.test(text)) expect(article.format).toBe('factiva');
            const [start, end] = article.provenance!.span;
            if (article.container === undefined) expect(end).toBeLessThanOrEqual(lineCount + 1);
            expect(start).toBeLessThanOrEqual(end);
            // Markup never reaches the text of an XML or HTML export (a text export's text is what it says).
            if (shape.marker !== null)
              expect(article.paragraphs.join('\n')).not.toMatch(
                /<\/?(?:paragraph|script|p|div)\b|MUST NOT APPEAR/,
              );
            if (article.format === 'factiva') {
              for (const { scheme } of article.indexTerms.codes ?? [])
                expect(['NS', 'RE', 'CO', 'IN', 'IPC']).toContain(scheme);
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('RTF: truncated anywhere', async () => {
    const rtf = factivaRtf(factivaText(FACTIVA_DOCUMENTS, 'en', { codeStyle: 'tab' }), (line) =>
      rtfText(line),
    );
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0, max: 1, noNaN: true }), async (share) => {
        const cut = rtf.subarray(0, Math.floor(rtf.length * share));
        expectWellFormed((await collectEvents(cut, { enrich: false })).events);
      }),
      { numRuns: 40 },
    );
  });

  it('XML: truncated anywhere, rejected whole or read whole', async () => {
    const xml = new TextEncoder().encode(SHAPES[0].text);
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0, max: 1, noNaN: true }), async (share) => {
        const cut = xml.subarray(0, Math.floor(xml.length * share));
        const { events, articles } = await collectEvents(cut, { enrich: false });
        expectWellFormed(events);
        // Cut inside the XML, the export is rejected as a whole: never a part of it stored.
        if (cut.length < xml.length - 2 && cut.length > 100) expect(articles).toHaveLength(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a Factiva HTML export whose document head was cut off', () => {
  it.each(SHAPES.filter((shape) => shape.name.endsWith('html')))(
    '$name: starting at its first <div> is still read as Factiva, not one plain article',
    async ({ text }) => {
      const lines = text.split('\n');
      const fragment = lines.slice(lines.findIndex((line) => line.startsWith('<div'))).join('\n');
      const { articles } = await collectEvents(new TextEncoder().encode(fragment), { enrich: false });
      expect(articles.length).toBeGreaterThan(1);
      expect(articles.map((article) => article.format)).toEqual(articles.map(() => 'factiva'));
    },
  );
});
