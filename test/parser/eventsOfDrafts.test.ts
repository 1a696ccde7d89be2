// eventsOfDrafts: the one drafts -> events loop of the lazily loaded readers (RTF, Factiva, vendors, HTML).
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../lambda/parser/contentHash';
import { createDraft } from '../../lambda/parser/createDraft';
import { ParseRejectionError } from '../../lambda/parser/errors';
import { type DraftOfDocument, eventsOfDrafts } from '../../lambda/parser/eventsOfDrafts';
import type { ParsedFileInfo, ParseEvent, Rejection } from '../../lambda/parser/types';

const FILE: ParsedFileInfo = { format: 'factiva', encoding: 'utf-8', compressed: false };
const NONE: Rejection = { code: 'NO_ARTICLE', message: 'Nothing in it.' };

/** An invented document `index` as a reader would hand it over. */
function documentAt(index: number): NonNullable<DraftOfDocument> {
  const lines = [`Tide tables ${index}`, `The harbour posted new tide tables for week ${index}.`];
  const draft = createDraft('factiva', index, { start: 0, end: lines.length });
  draft.headline = lines[0]!;
  draft.paragraphs = [lines[1]!];
  return { draft, contentHash: contentHash(lines, 0, lines.length) };
}

function eventsOf(
  drafts: () => Iterable<DraftOfDocument>,
  options: Partial<Parameters<typeof eventsOfDrafts>[1]> = {},
): ParseEvent[] {
  return [
    ...eventsOfDrafts(drafts, {
      file: FILE,
      skipThrough: 0,
      enrich: false,
      empty: () => NONE,
      ...options,
    }),
  ];
}

const kinds = (events: ParseEvent[]) => events.map((event) => event.kind);

describe('eventsOfDrafts', () => {
  it('announces the file just before the first article, then one article per draft at its documentIndex', () => {
    const events = eventsOf(() => [documentAt(1), documentAt(2)]);
    expect(kinds(events)).toEqual(['file', 'article', 'article']);
    expect(events[0]).toEqual({ kind: 'file', ...FILE });
    const second = events[2] as Extract<ParseEvent, { kind: 'article' }>;
    expect(second.position).toEqual({ documentIndex: 2 });
    expect(second.article.headline).toBe('Tide tables 2');
    expect(second.article.wordCount).toBe(9);
    expect(second.article.contentHash).toBe(documentAt(2).contentHash);
  });

  it('skips documents up to skipThrough, and null ones, still counting them as seen', () => {
    const seen: number[] = [];
    const events = eventsOf(() => [null, documentAt(2), documentAt(3)], {
      skipThrough: 2,
      empty: (count) => {
        seen.push(count);
        return NONE;
      },
    });
    expect(kinds(events)).toEqual(['file', 'article']);
    expect((events[1] as Extract<ParseEvent, { kind: 'article' }>).article.documentIndex).toBe(3);
    const none = eventsOf(() => [null, null], {
      skipThrough: 2,
      empty: (count) => {
        seen.push(count);
        return null;
      },
    });
    expect(none).toEqual([{ kind: 'file', ...FILE }]);
    expect(seen).toEqual([2]);
  });

  it('gives the empty rejection when no article came', () => {
    expect(eventsOf(() => [])).toEqual([{ kind: 'rejected', rejection: NONE }]);
  });

  it('sets the container on articles and adds the warning to each draft', () => {
    const container = { kind: 'html' } as const;
    const events = eventsOf(() => [documentAt(1)], {
      file: { ...FILE, container },
      container,
      warning: 'The charset was overruled.',
    });
    expect(events[0]).toEqual({ kind: 'file', ...FILE, container });
    const article = (events[1] as Extract<ParseEvent, { kind: 'article' }>).article;
    expect(article.container).toEqual(container);
    expect(article.warnings).toContain('The charset was overruled.');
    expect('container' in (eventsOf(() => [documentAt(1)])[1] as { article: object }).article).toBe(false);
  });

  it('reads the file info when it announces it, so a reader may fill it in while reading', () => {
    const file: ParsedFileInfo = { ...FILE, format: 'nexis-uni' };
    const events = eventsOf(
      () => {
        file.format = 'factiva';
        return [documentAt(1)];
      },
      { file },
    );
    expect(events[0]).toEqual({ kind: 'file', ...FILE });
  });

  it('does not announce twice when the caller already did', () => {
    expect(kinds(eventsOf(() => [documentAt(1)], { announced: true }))).toEqual(['article']);
  });

  it("turns a reader's rejection, thrown while reading, into the rejection, after the articles so far", () => {
    const events = eventsOf(function* () {
      yield documentAt(1);
      throw new ParseRejectionError('MALFORMED_EXPORT', 'Broken near line 9.');
    });
    expect(kinds(events)).toEqual(['file', 'article', 'rejected']);
    expect(events[2]).toEqual({
      kind: 'rejected',
      rejection: { code: 'MALFORMED_EXPORT', message: 'Broken near line 9.' },
    });
    const failed = eventsOf(() => {
      throw new TypeError('boom');
    });
    expect(failed).toEqual([
      {
        kind: 'rejected',
        rejection: { code: 'PARSER_ERROR', message: 'The parser failed on this file: boom.' },
      },
    ]);
  });
});
