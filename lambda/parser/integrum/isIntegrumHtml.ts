/** How far into decoded HTML Integrum's caret labels are looked for. */
const DETECT_CHARS = 262_144;
const MARKERS = /\^(?:ИС|ЗГ|ДТ|РБ|АВ):/;

/**
 * Whether decoded HTML is an Integrum export: one of its caret labels (`^ИС:`, `^ЗГ:` …) in its first characters.
 *
 * @example
 * ```ts
 * isIntegrumHtml('<pre>^ИС: Газета</pre>'); // true
 * ```
 */
export function isIntegrumHtml(text: string): boolean {
  return MARKERS.test(text.slice(0, DETECT_CHARS));
}
