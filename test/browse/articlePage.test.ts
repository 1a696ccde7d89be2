import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../cli/browse/pages/renderArticle';
import type { ArticleView } from '../../cli/browse/types';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { makeArticle } from '../helpers/makeArticle';

function view(extra: Record<string, unknown>): ArticleView {
  const article = {
    ...makeArticle({ headline: 'Budget vote', publication: 'County Ledger' }),
    ...extra,
    id: '0123456789abcdef0123456789abcdef',
    status: 'PARSED',
    source: { bucket: 'b', key: 'ledger/2026.txt', versionId: null, documentIndex: 1 },
    parserVersion: '1.0.0',
    processedAt: '2026-12-04T00:00:00.000Z',
    sortDate: '2026-12-01',
  } as ParsedStoredArticle;
  return {
    article,
    source: undefined,
    sameContent: [],
    sourceText: {
      lines: ['County Ledger', '', 'Budget vote', '', 'The county board met.', 'Page 4 of 9'],
      note: null,
    },
  };
}

describe('the article page and provenance', () => {
  it('highlights the lines each field came from and marks the lines set aside, when the record has provenance', () => {
    const page = renderArticle(
      view({
        provenance: {
          fields: {
            publication: { startLine: 1, endLine: 1 },
            headline: { startLine: 3, endLine: 3 },
            paragraphs: [{ startLine: 5, endLine: 5 }],
          },
          setAside: [{ startLine: 6, endLine: 6, kind: 'furniture' }],
        },
      }),
      { actions: false },
    ).value;
    expect(page).toContain(
      '<li id="L1" class="from-field" title="publication" data-from="publication"><code>County Ledger</code></li>',
    );
    expect(page).toContain(
      '<li id="L3" class="from-field" title="headline" data-from="headline"><code>Budget vote</code></li>',
    );
    expect(page).toContain('<li id="L5" class="from-field" title="paragraphs" data-from="paragraphs">');
    expect(page).toContain(
      '<li id="L6" class="aside" title="furniture" data-from="furniture"><code>Page 4 of 9</code></li>',
    );
    expect(page).toContain('<li id="L2"><code></code></li>');
    expect(page).not.toContain('no provenance');
  });

  it('shows the text plain, and says so, without provenance', () => {
    const page = renderArticle(view({}), { actions: false }).value;
    expect(page).toContain('This record has no provenance');
    expect(page).not.toMatch(/class="(from-field|aside)"/);
    expect(page).toContain('<dd data-field="Publication">County Ledger</dd>');
  });
});
