import { PROQUEST_LABELS, type ProQuestField } from './proquestLabels';

/**
 * `Label: value`, the label short and starting upper case (`Company / organization:`, `ProQuest document
 * ID:`, `ProQuest-Dokument-ID:`, `Información de publicación:`); French typography's space before the colon is allowed.
 */
const LABEL_LINE = /^(\p{Lu}[\p{L} /-]{1,40}?)[ \u00a0]?:(?:[ \t\u00a0]+|$)(.*)$/u;

/** A ProQuest label line read: what the label means, the label as printed and the value after it. */
export interface ProQuestLabel {
  field: ProQuestField;
  label: string;
  value: string;
}

/**
 * Reads a line that opens with a ProQuest label (English, German, French or Spanish interface); null for any other line.
 *
 * @example
 * ```ts
 * matchProQuestLabel('ProQuest document ID: 1234567'); // { field: 'documentId', label: 'ProQuest document ID', value: '1234567' }
 * ```
 */
export function matchProQuestLabel(line: string): ProQuestLabel | null {
  // Most lines are story text: a label's colon comes within its first 45 characters.
  const colon = line.indexOf(':');
  if (colon === -1 || colon > 45) return null;
  const match = LABEL_LINE.exec(line.trimStart());
  if (match === null) return null;
  const label = match[1]!.trim();
  const field = PROQUEST_LABELS.get(label.toLowerCase().replace(/\s+/g, ' '));
  return field === undefined ? null : { field, label, value: match[2]!.trim() };
}
