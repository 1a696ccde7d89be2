/** A range of source lines (1-based, inclusive) and what came from it. */
export interface LineRange {
  /** The field (`headline`, `paragraphs[2]`), or what the parser set aside (`footer`, `furniture`). */
  label: string;
  start: number;
  end: number;
  kind: 'field' | 'set-aside';
}

const SET_ASIDE_KEYS = ['setAside', 'ignored', 'skipped', 'furniture'];

/**
 * The line ranges of an article's optional `provenance` (added by the accuracy work; absent on older
 * records, which then show no highlight). Reads the shapes that field may take without trusting it:
 * `{ fields: { headline: { startLine, endLine } } }`, a field mapped straight to a range, `{ start, end }`
 * or `{ lines: [start, end] }`, arrays of those, and `setAside: [{ startLine, endLine, kind }]`.
 * Anything else is ignored.
 *
 * @example
 * readProvenance({ provenance: { fields: { headline: { startLine: 3, endLine: 3 } } } });
 * // [{ label: 'headline', start: 3, end: 3, kind: 'field' }]
 */
export function readProvenance(article: object): LineRange[] {
  const provenance = (article as { provenance?: unknown }).provenance;
  if (!isObject(provenance)) return [];
  const ranges: LineRange[] = [];
  const fields = isObject(provenance.fields) ? provenance.fields : provenance;
  for (const [field, value] of Object.entries(fields)) {
    if (SET_ASIDE_KEYS.includes(field) || field === 'fields') continue;
    collect(value, field, 'field', ranges);
  }
  for (const key of SET_ASIDE_KEYS) collect(provenance[key], key, 'set-aside', ranges);
  return ranges;
}

function collect(value: unknown, label: string, kind: LineRange['kind'], into: LineRange[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemLabel =
        kind === 'set-aside'
          ? labelOf(item, label)
          : value.length > 1 && !isRange(value)
            ? `${label}[${index}]`
            : label;
      collect(item, itemLabel, kind, into);
    });
    if (isRange(value)) into.push({ label, start: value[0], end: value[1], kind });
    return;
  }
  if (!isObject(value)) return;
  const start = firstNumber(
    value.startLine,
    value.start,
    value.from,
    Array.isArray(value.lines) ? value.lines[0] : undefined,
  );
  const end = firstNumber(
    value.endLine,
    value.end,
    value.to,
    Array.isArray(value.lines) ? value.lines[1] : undefined,
    start,
  );
  if (start !== undefined && end !== undefined && start >= 1 && end >= start) {
    into.push({ label: kind === 'set-aside' ? labelOf(value, label) : label, start, end, kind });
  }
}

function isRange(value: unknown[]): value is [number, number] {
  return value.length === 2 && value.every((item) => Number.isInteger(item));
}

function labelOf(value: unknown, fallback: string): string {
  if (!isObject(value)) return fallback;
  const named = value.kind ?? value.reason ?? value.label;
  return typeof named === 'string' ? named : fallback;
}

function firstNumber(...values: unknown[]): number | undefined {
  return values.find((value): value is number => Number.isInteger(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
