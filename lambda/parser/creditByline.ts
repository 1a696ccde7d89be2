import { MAX_BYLINE_CHARS } from './limits';
import { parseByline } from './parseByline';
import type { ArticleDraft } from './types';
import { WARNINGS } from './warnings';

/**
 * Sets a draft's byline and authors, with a warning when there is no byline or it names nobody.
 *
 * @example
 * ```ts
 * creditByline(draft, 'BY ROBERT BURNS AND LOLITA C. BALDOR'); // draft.authors: ['Robert Burns', 'Lolita C. Baldor']
 * ```
 */
export function creditByline(draft: ArticleDraft, byline: string | null): void {
  if (byline === null || byline === '') {
    draft.warnings.push(WARNINGS.noByline);
    return;
  }
  draft.byline = byline;
  if (byline.length > MAX_BYLINE_CHARS) {
    draft.warnings.push(WARNINGS.bylineTooLong);
    return;
  }
  draft.authors = parseByline(byline, draft.publication);
  if (draft.authors.length === 0) draft.warnings.push(WARNINGS.noAuthors);
}
