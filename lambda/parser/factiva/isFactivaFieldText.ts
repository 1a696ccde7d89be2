/** The codes a field-code export shows in its first document, each at the start of a line. */
const TEXT_CODES = /^(HD|SE|BY|WC|PD|SN|SC|LA|CY|LP|TD|AN|ED|PG|ET)(?:[\t \r]|$)/gm;

/**
 * Whether the start of a text is Factiva field-code text: `HD` and at least three other field codes at
 * the start of lines, one of them `LP`, `TD` or `AN` (a story's own text rarely opens lines with these).
 *
 * @example
 * ```ts
 * isFactivaFieldText('HD\nFerry fares rise\nWC\n808 words\nPD\n12 May 2019\nTD\nThe ferry …'); // true
 * ```
 */
export function isFactivaFieldText(head: string): boolean {
  const codes = new Set<string>();
  for (const match of head.matchAll(TEXT_CODES)) {
    codes.add(match[1]!);
    const story = codes.has('LP') || codes.has('TD') || codes.has('AN');
    if (codes.has('HD') && story && codes.size >= 4) return true;
  }
  return false;
}
