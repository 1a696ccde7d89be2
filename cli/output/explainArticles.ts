import type { ParsedArticle } from '../../lambda/parser/types';

/** Widest line text shown; longer lines end in `…`. */
const MAX_TEXT_CHARS = 100;
const ROLE_WIDTH = 11;
const FIELD_WIDTH = 22;

const shorten = (text: string) =>
  text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;

/** For each line of the text, the fields it fed: field names, `p3` for the third paragraph. */
function fieldsByLine(article: ParsedArticle): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  const add = (label: string, start: number, end: number) => {
    for (let line = start; line < end; line++) {
      const labels = byLine.get(line);
      if (labels === undefined) byLine.set(line, [label]);
      else if (!labels.includes(label)) labels.push(label);
    }
  };
  const provenance = article.provenance!;
  for (const [name, ranges] of Object.entries(provenance.fields))
    for (const [start, end] of ranges ?? []) add(name, start, end);
  provenance.paragraphs.forEach((ranges, p) => {
    for (const [start, end] of ranges) add(`p${p + 1}`, start, end);
  });
  return byLine;
}

/**
 * The text the parser read, each line labelled with its role and the fields it fed, article by article
 * (`parse --explain`): a user sees at a glance why a field is wrong. Line numbers are 1-based, as an
 * editor shows them (provenance stores them 0-based); lines outside every article are marked `-`.
 *
 * @example
 * ```ts
 * process.stdout.write(explainArticles('a.txt', lines, result.articles));
 * //   1 separator   ·                      │ 1 of 2 DOCUMENTS
 * ```
 */
export function explainArticles(
  file: string,
  lines: readonly string[],
  articles: readonly ParsedArticle[],
): string {
  const out: string[] = [];
  const spans = articles.filter((article) => article.provenance !== undefined);
  const pad = String(lines.length).length;
  const row = (line: number, role: string, fields: string) =>
    `${String(line + 1).padStart(pad)} ${role.padEnd(ROLE_WIDTH)} ${fields.padEnd(FIELD_WIDTH)} │ ${shorten(lines[line] ?? '')}`;
  let line = 0;
  for (const article of spans) {
    const provenance = article.provenance!;
    const [start, end] = provenance.span;
    for (; line < Math.min(start, lines.length); line++) out.push(row(line, '-', ''));
    out.push(
      `── ${file} #${article.documentIndex} (${article.format}): ${article.headline ?? '(no headline)'}`,
    );
    const fields = fieldsByLine(article);
    let at = start;
    for (const [role, count] of provenance.lines) {
      for (let i = 0; i < count && at < lines.length; i++, at++)
        out.push(row(at, role, (fields.get(at) ?? []).join(' ')));
    }
    for (const { index, lines: ranges } of provenance.warnings) {
      const where = ranges.map(([s, e]) => (e - s > 1 ? `${s + 1}-${e}` : `${s + 1}`)).join(', ');
      out.push(`   warning (line ${where}): ${article.warnings[index]}`);
    }
    for (const [index, warning] of article.warnings.entries())
      if (!provenance.warnings.some((entry) => entry.index === index)) out.push(`   warning: ${warning}`);
    line = Math.max(line, end);
  }
  for (; line < lines.length; line++) out.push(row(line, '-', ''));
  return `${out.join('\n')}\n`;
}
