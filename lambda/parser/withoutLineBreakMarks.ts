import { collapseSpaces } from './collapseSpaces';

/**
 * A headline or deck with the print line-break markers (`|`) some exports keep read as spaces.
 *
 * @example
 * ```ts
 * withoutLineBreakMarks('Bobcats open with | a new coach'); // 'Bobcats open with a new coach'
 * ```
 */
export function withoutLineBreakMarks(text: string): string {
  return text.includes('|') ? collapseSpaces(text.replaceAll('|', ' ')).trim() : text;
}
