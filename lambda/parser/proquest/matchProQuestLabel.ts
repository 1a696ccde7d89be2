import { PROQUEST_LABELS, type ProQuestField } from './proquestLabels';

/** `Label: value`, the label short and starting upper case (`Company / organization:`, `ProQuest document ID:`). */
const LABEL_LINE = /^([A-Z][A-Za-z /]{1,30}?):(?:[ \t\u00a0]+|$)(.*)$/;

/** A ProQuest label line read: what the label means, the label as printed and the value after it. */
export interface ProQuestLabel {
  field: ProQuestField;
  label: string;
  value: string;
}

/**
 * Reads a line that opens with a ProQuest label (English interface); null for any other line.
 *
 * @example
 * ```ts
 * matchProQuestLabel('ProQuest document ID: 1234567'); // { field: 'documentId', label: 'ProQuest document ID', value: '1234567' }
 * ```
 */
export function matchProQuestLabel(line: string): ProQuestLabel | null {
  // Most lines are story text: a label's colon comes within its first 40 characters.
  const colon = line.indexOf(':');
  if (colon === -1 || colon > 40) return null;
  const match = LABEL_LINE.exec(line.trimStart());
  if (match === null) return null;
  const label = match[1]!.trim();
  const field = PROQUEST_LABELS.get(label.toLowerCase().replace(/\s+/g, ' '));
  return field === undefined ? null : { field, label, value: match[2]!.trim() };
}
