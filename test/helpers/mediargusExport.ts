/** Writes invented Mediargus text exports: the numbered list, then the full texts. */

/** One invented Mediargus document. */
export interface MediargusDocument {
  title: string;
  publication: string;
  /** As printed: `woensdag 30 november 2011`. */
  date: string;
  page: string;
  words: number;
  section: string | null;
  /** Printed after the length in the full text's date line (or in the list's source line, `authorInList`). */
  author: string | null;
  authorInList?: boolean;
  paragraphs: string[];
}

/**
 * The export's text: the list entries two blank lines apart, five blank lines, then the full texts four blank lines apart.
 *
 * @example
 * ```ts
 * mediargusText([doc]).startsWith('1. '); // true
 * ```
 */
export function mediargusText(documents: readonly MediargusDocument[], lineEnd = '\r\n'): string {
  const list = documents.map((doc, i) => {
    const author = doc.author !== null && doc.authorInList ? `, ${doc.author}` : '';
    return `${i + 1}. ${doc.title}\n\n${doc.publication}, ${doc.date}, p. ${doc.page}, ${doc.words}w.${author}`;
  });
  const bodies = documents.map((doc) => {
    const author = doc.author !== null && !doc.authorInList ? `, ${doc.author}` : '';
    const head = [
      doc.title,
      '',
      ...(doc.section === null ? [] : [doc.section]),
      `${doc.date}, p. ${doc.page}${author}`,
      '',
    ];
    return [...head, ...doc.paragraphs].join('\n');
  });
  return `${list.join('\n\n\n')}\n\n\n\n\n\n${bodies.join('\n\n\n\n\n')}\n`.replace(/\n/g, lineEnd);
}
