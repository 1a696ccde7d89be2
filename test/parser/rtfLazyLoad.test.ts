// The RTF reader is loaded on demand: a text upload never loads it, so the cold start does not grow.
import { describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../lambda/parser/parseFile';
import { classicNexisRtf } from '../helpers/writeRtf';

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../lambda/parser/rtf/parseRtfDocuments', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

const EXPORT = ['1 of 1 DOCUMENTS', '', 'HEADLINE: Ferry fares rise', '', 'BODY:', '', 'Fares rise.'].join(
  '\n',
);

describe('the RTF reader', () => {
  it('is loaded only when RTF bytes arrive', async () => {
    const text = await parseFile(new TextEncoder().encode(EXPORT));
    expect(text.ok && text.articles[0]?.headline).toBe('Ferry fares rise');
    expect(loads.count).toBe(0);
    const rtf = await parseFile(classicNexisRtf(EXPORT));
    expect(rtf.ok && rtf.articles[0]?.container).toEqual({ kind: 'rtf' });
    expect(loads.count).toBe(1);
  });
});
