import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../lambda/parser/isPlainText';
import { lineBatches } from '../../lambda/parser/lineBatches';
import { normalizeText } from '../../lambda/parser/normalizeText';
import { splitLines } from '../../lambda/parser/splitLines';

/** White space in a line other than U+0020, as the content hash defines white space (ECMAScript's `\s`). */
const OTHER_SPACE = /[^\S ]/;

/** Every UTF-16 code unit but the surrogates, each between two letters and before a line end. */
const TEXTS = Array.from({ length: 0x10000 }, (_, code) => code)
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => `a${String.fromCharCode(code)}b\nc`);

describe('isPlainText stands for the three searches it replaces', () => {
  it('is true only of text normalizeText leaves alone, with no rare line end and no white space but spaces', () => {
    for (const text of TEXTS) {
      if (!isPlainText(text)) continue;
      expect(normalizeText(text)).toBe(text);
      expect(splitLines(text, false)).toEqual(splitLines(text));
      for (const line of splitLines(text)) expect(line).not.toMatch(OTHER_SPACE);
    }
  });

  it('is true of ordinary text in any script, with typographic quotes and dashes', () => {
    expect(isPlainText('Storm closes the “coast” road — again\r\nRegen in Köln; 日本の雨\n')).toBe(true);
    expect(isPlainText('tab\there')).toBe(false);
    expect(isPlainText('no-break\u00a0space')).toBe(false);
    expect(isPlainText('form\ffeed')).toBe(false);
  });
});

describe('lineBatches says when its lines hold white space other than spaces', () => {
  it('says plainSpaces of exactly the batches whose lines hold none', () => {
    for (const text of TEXTS) {
      const bytes = new TextEncoder().encode(text);
      for (const batch of lineBatches(bytes, 'utf-8', 0)) {
        const other = batch.lines.some((line) => OTHER_SPACE.test(line));
        expect(batch.plainSpaces, JSON.stringify(text)).toBe(!other);
      }
    }
  });

  it('says plainSpaces of text a no-break space made plain, and not of text with a tab', () => {
    const [normalized] = lineBatches(new TextEncoder().encode('a\u00a0b\nc'), 'utf-8', 0);
    expect(normalized?.plainSpaces).toBe(true);
    const [tabbed] = lineBatches(new TextEncoder().encode('a\u00a0b\tc'), 'utf-8', 0);
    expect(tabbed?.plainSpaces).toBe(false);
  });
});
