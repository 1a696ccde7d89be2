/** Integrum's caret labels (`^ИС:`), and what each one gives. */
export type IntegrumField = 'publication' | 'section' | 'date' | 'author' | 'headline' | 'other';

export const INTEGRUM_LABELS: ReadonlyMap<string, IntegrumField> = new Map<string, IntegrumField>([
  ['ИС', 'publication'],
  ['РБ', 'section'],
  ['ДТ', 'date'],
  ['АВ', 'author'],
  ['ЗГ', 'headline'],
]);

/** `^ИС: Российская газета`: a caret label of two or three capitals and its value. */
export const CARET_LABEL = /^\s*\^([\p{Lu}]{2,3}):\s*(.*)$/u;
