// The Factiva readers are loaded on demand: a text upload never loads them, so the cold start does not grow.
import { describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../../lambda/parser/parseFile';
import { FACTIVA_DOCUMENTS } from '../../fixtures/factiva/factivaDocuments';
import { factivaXml } from '../../helpers/factivaExport';

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../lambda/parser/factiva/parseFactivaDocuments', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

describe('the Factiva readers', () => {
  it('are loaded only when a Factiva export arrives', async () => {
    const text = await parseFile(
      new TextEncoder().encode('Ferry fares rise\n\nFares rise on Monday, the company said.\n'),
    );
    expect(text.ok && text.format).toBe('plain');
    expect(loads.count).toBe(0);
    const xml = await parseFile(new TextEncoder().encode(factivaXml(FACTIVA_DOCUMENTS)));
    expect(xml.ok && xml.format).toBe('factiva');
    expect(loads.count).toBe(1);
  });
});
