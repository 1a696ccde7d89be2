import { classifyFactivaMeta } from './classifyFactivaMeta';
import type { FactivaRecord } from './types';

/** A line the div layout's prefixes opened: `HD\t…`, `BY\t…`, `TD\t…` or `MD\t…` (an unlabelled metadata div). */
const PREFIXED = /^(HD|BY|TD|MD)\t(.*)$/;

/**
 * Reads the lines of Factiva's unlabelled div layout, as the HTML reader lays them out with a prefix per
 * element kind (`#hd` → `HD`, `.author` → `BY`, `articleParagraph` → `TD`, a div without attributes →
 * `MD`), into records: each unlabelled metadata line is classified by its text (the lines vary in number
 * and order), a line before the headline is the section, and `Document <AN>` ends the document. Lines
 * of no element (a search summary, page furniture) belong to no document.
 *
 * @example
 * ```ts
 * const [record] = factivaDivRecords(['HD\tFerry fares rise', 'MD\t808 words', 'TD\tThe ferry …', 'MD\tDocument INVGAZ0020190512ef5c0000a']);
 * record.fields.map((f) => f.code); // ['HD', 'WC', 'TD', 'AN']
 * ```
 */
export function* factivaDivRecords(lines: readonly string[]): Generator<FactivaRecord, void, undefined> {
  let record: FactivaRecord | null = null;
  let sourceSeen = false;
  let pendingSection: { text: string; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const match = PREFIXED.exec(lines[i]!);
    if (match === null) continue;
    const [, prefix, raw] = match;
    const text = raw!.trim();
    if (text === '') continue;
    let code = prefix!;
    if (prefix === 'MD') {
      const headed = record?.fields.some((f) => f.code === 'HD') ?? false;
      if (!headed) {
        // Before the headline: the section (Factiva prints it first), unless it is the AN of nothing.
        pendingSection = { text, line: i };
        continue;
      }
      code = classifyFactivaMeta(text, sourceSeen);
      if (code === 'SN') sourceSeen = true;
    }
    if (code === 'HD' && record !== null && record.fields.some((f) => f.code === 'HD')) {
      yield record;
      record = null;
    }
    if (record === null) {
      const start = pendingSection?.line ?? i;
      record = { start, end: i + 1, fields: [] };
      sourceSeen = false;
      if (pendingSection !== null) {
        record.fields.push({
          code: 'SE',
          values: [{ text: pendingSection.text, start, end: start + 1 }],
          start,
          end: start + 1,
        });
      }
    }
    pendingSection = null;
    record.fields.push({ code, values: [{ text, start: i, end: i + 1 }], start: i, end: i + 1 });
    record.end = i + 1;
    if (code === 'AN') {
      yield record;
      record = null;
    }
  }
  if (record !== null) yield record;
}
