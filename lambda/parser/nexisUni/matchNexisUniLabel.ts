import { FIELD_LABELS, type NexisUniField } from './nexisUniLabels';

/** A label, its colon, then a non-breaking space (or spaces) and the value. */
const LABELLED = /^([\p{L}][\p{L} -]{0,30}?)\s*:[\s\u00a0]*(.*)$/su;

/** A labelled line of a Nexis Uni document: what the field means and its value. */
export interface NexisUniLabel {
  field: NexisUniField;
  value: string;
}

/**
 * The field a Nexis Uni line labels (`Section:\u00a0POLITICS`, `Länge: 1285 Wörter`), or null. Only the
 * labels the layout uses count, in any of its languages; `OFFERROLLER: …` opening a body is text.
 *
 * @example
 * ```ts
 * matchNexisUniLabel('Length:\u00a0355 words'); // { field: 'length', value: '355 words' }
 * ```
 */
export function matchNexisUniLabel(line: string): NexisUniLabel | null {
  if (line.length > 2_000 || !line.includes(':')) return null;
  const match = LABELLED.exec(line.trim());
  if (match === null) return null;
  const field = FIELD_LABELS.get(match[1]!.toLowerCase().trim());
  return field === undefined ? null : { field, value: match[2]!.trim() };
}
