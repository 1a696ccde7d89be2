import { MAX_BYLINE_CHARS } from './limits';
import { parseByline } from './parseByline';
import { parseSurnameFirst } from './parseSurnameFirst';
import type { ArticleDraft } from './types';
import { WARNINGS } from './warnings';

/** Where a byline came from, which decides its author rule (README, Authors). */
interface BylineSource {
  /** A field the layout writes surname first (`AUTOR: Berger, Anna`): reordered. */
  surnameFirst?: boolean;
  /** The byline's printed lines, when a line wrap separates people (`By Ann Smith` / `Bob Jones`). */
  lines?: readonly string[];
  /**
   * The byline's text with the line wraps that separate people written as `; ` (a Nexis `BYLINE:`
   * field, `nexisBylineCredits`): authors are read from it, the byline stays as printed.
   */
  credits?: string | null;
}

/**
 * Sets a draft's byline and authors, with a warning when there is no byline or it names nobody.
 *
 * @example
 * ```ts
 * creditByline(draft, 'BY ROBERT BURNS AND LOLITA C. BALDOR'); // draft.authors: ['Robert Burns', 'Lolita C. Baldor']
 * ```
 */
export function creditByline(draft: ArticleDraft, byline: string | null, source: BylineSource = {}): void {
  if (byline === null || byline === '') {
    draft.warnings.push(WARNINGS.noByline);
    return;
  }
  draft.byline = byline;
  if (byline.length > MAX_BYLINE_CHARS) {
    draft.warnings.push(WARNINGS.bylineTooLong);
    return;
  }
  if (source.surnameFirst) draft.authors = parseSurnameFirst(byline);
  else if (source.lines !== undefined && source.lines.length > 1) {
    const people = source.lines.flatMap((line) => parseByline(line, draft.publication));
    draft.authors = [...new Set(people)];
  } else draft.authors = parseByline(source.credits ?? byline, draft.publication);
  if (draft.authors.length === 0) draft.warnings.push(WARNINGS.noAuthors);
}
