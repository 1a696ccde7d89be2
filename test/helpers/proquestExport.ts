/** Writes invented ProQuest results in each layout (plain-text export, e-mail, HTML) from one description. */

/** One invented ProQuest document: labelled fields in print order, and the full text's paragraphs. */
export interface ProQuestDocument {
  headline: string;
  /** Fields printed before `Full text:` (`Author`, `Publication info`, `Abstract`), in order. */
  before: [label: string, value: string][];
  paragraphs: string[];
  /** Fields printed after the full text (`Subject`, `Publication title`, `ProQuest document ID` …), in order. */
  after: [label: string, value: string][];
}

const RULE = '_'.repeat(60);

/**
 * The plain-text export: a report header, a table of contents, then each document between rules of underscores.
 *
 * @example
 * ```ts
 * proquestText([doc]).startsWith('____'); // true
 * ```
 */
export function proquestText(documents: readonly ProQuestDocument[], lineEnd = '\n'): string {
  const out: string[] = [RULE, '', 'Report Information from ProQuest', 'December 4 2026 09:00', RULE, ''];
  out.push('Table of contents', '');
  for (const [i, doc] of documents.entries()) out.push(`${i + 1}. ${doc.headline}`);
  out.push('', RULE);
  documents.forEach((doc, i) => {
    out.push('', `Document ${i + 1} of ${documents.length}`, '', doc.headline, '');
    for (const [label, value] of doc.before) out.push(`${label}: ${value}`, '');
    out.push(`Full text: ${doc.paragraphs[0] ?? ''}`);
    for (const paragraph of doc.paragraphs.slice(1)) out.push('', paragraph);
    out.push('');
    for (const [label, value] of doc.after) out.push(`${label}: ${value}`);
    out.push(RULE);
  });
  out.push('', 'Contact ProQuest', 'Copyright 2026 ProQuest LLC. All rights reserved.', '');
  return out.join(lineEnd);
}
