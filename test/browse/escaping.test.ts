import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../cli/browse/escapeHtml';
import { html, SafeHtml } from '../../cli/browse/html';
import { readProvenance } from '../../cli/browse/readProvenance';

describe('escapeHtml and html``', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>&`)).toBe(
      '&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;',
    );
    expect(escapeHtml(null)).toBe('');
  });

  it('escapes every interpolated value, arrays too, except markup the page built itself', () => {
    const hostile = '<script>alert(1)</script>';
    const page = html`<p title="${hostile}">${hostile}${[hostile, html`<b>${hostile}</b>`]}</p>`;
    expect(page.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;<b>&lt;script&gt;alert(1)&lt;/script&gt;</b></p>',
    );
    expect(new SafeHtml('<i>ok</i>').toString()).toBe('<i>ok</i>');
  });
});

describe('readProvenance (the optional field of the accuracy work)', () => {
  it('reads nothing from a record without provenance, or with one it does not understand', () => {
    expect(readProvenance({})).toEqual([]);
    expect(readProvenance({ provenance: 'lines 1-3' })).toEqual([]);
    expect(readProvenance({ provenance: { headline: { startLine: 0, endLine: 2 } } })).toEqual([]);
  });

  it('reads fields mapped to ranges in the shapes the field may take, and what the parser set aside', () => {
    const ranges = readProvenance({
      provenance: {
        fields: {
          headline: { startLine: 3, endLine: 3 },
          byline: { start: 5, end: 5 },
          dateline: { lines: [7, 7] },
          paragraphs: [
            { startLine: 7, endLine: 9 },
            { startLine: 11, endLine: 12 },
          ],
          publication: [1, 1],
        },
        setAside: [{ startLine: 20, endLine: 22, kind: 'footer' }],
      },
    });
    expect(ranges).toEqual([
      { label: 'headline', start: 3, end: 3, kind: 'field' },
      { label: 'byline', start: 5, end: 5, kind: 'field' },
      { label: 'dateline', start: 7, end: 7, kind: 'field' },
      { label: 'paragraphs[0]', start: 7, end: 9, kind: 'field' },
      { label: 'paragraphs[1]', start: 11, end: 12, kind: 'field' },
      { label: 'publication', start: 1, end: 1, kind: 'field' },
      { label: 'footer', start: 20, end: 22, kind: 'set-aside' },
    ]);
  });
});
