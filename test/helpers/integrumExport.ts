/** Writes invented Integrum HTML exports (Windows-1251): a numbered list, then full texts with caret labels in `<pre>`. */

/** One invented Integrum document. */
export interface IntegrumDocument {
  publication: string;
  section: string | null;
  /** As printed: `01.02.2012`. */
  date: string;
  author: string | null;
  headline: string;
  /** Each paragraph's printed lines: the first indented, the others at the margin. */
  paragraphs: string[][];
}

/**
 * The export's HTML text (encode it with {@link windows1251}).
 *
 * @example
 * ```ts
 * integrumHtml([doc]).includes('^ИС:'); // true
 * ```
 */
export function integrumHtml(documents: readonly IntegrumDocument[]): string {
  const list = documents
    .map((doc, i) => `${i + 1}. ${doc.headline}\n   ${doc.publication}, ${doc.date}`)
    .join('\n');
  const texts = documents.map((doc) => {
    const labels = [
      `^ИС: ${doc.publication}`,
      ...(doc.section === null ? [] : [`^РБ: ${doc.section}`]),
      `^ДТ: ${doc.date}`,
      ...(doc.author === null ? [] : [`^АВ: ${doc.author}`]),
      `^ЗГ: ${doc.headline}`,
      '^ТМ: Общество',
    ];
    const body = doc.paragraphs.map(([first, ...rest]) => [`     ${first}`, ...rest].join('\n')).join('\n');
    return `<pre>\n${labels.join('\n')}\n\n${body}\n</pre>`;
  });
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Integrum</title></head><body>\n<pre>\n${list}\n</pre>\n<hr>\n${texts.join('\n<hr>\n')}\n</body></html>`;
}

/**
 * Text encoded as Windows-1251 (ASCII, Cyrillic, Ё/ё, « », — and №): enough for the invented exports.
 *
 * @example
 * ```ts
 * windows1251('Я')[0]; // 0xdf
 * ```
 */
export function windows1251(text: string): Uint8Array {
  const special: Record<string, number> = {
    Ё: 0xa8,
    ё: 0xb8,
    '«': 0xab,
    '»': 0xbb,
    '—': 0x97,
    '–': 0x96,
    '№': 0xb9,
  };
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (special[char] !== undefined) out.push(special[char]);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}
