import { ORGANIZATION_WORDS } from './lexicon/organizationWords';
import type { ResolvedMention } from './types';

const LEADING = /^(?:the|u\.?s\.?|united states|us|federal)\s+/u;
const TRAILING_HEAD = /^(.+)\s+(department|ministry|agency|office|commission|board|council)$/u;
const CONNECTORS = new Set(['of', 'the', 'for', 'and', '&', 'on']);

/**
 * Folds the names one organization goes by in an article into its longest one, in place: `Justice Department`,
 * `Department of Justice` and `U.S. Department of Justice`; an acronym and the name its initials spell
 * (`BART`, `Bay Area Rapid Transit`); one word and the only longer name that starts or ends with it
 * (`Sounders`, `Seattle Sounders`; `Southwest`, `Southwest Airlines`, but an affiliate named after its parent
 * and a region stays apart).
 *
 * @example
 * foldOrganizationNames(mentions); // `DOT` → `U.S. Department of Transportation`
 */
export function foldOrganizationNames(mentions: ResolvedMention[]): void {
  const names = [...new Set(mentions.filter((m) => m.kind === 'organization').map((m) => m.name))];
  if (names.length < 2) return;
  // Longest first: each name folds into the longest that matches it.
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const canonical = new Map<string, string>();
  for (const name of byLength) {
    const targets = byLength.filter((other) => other.length > name.length && isSameOrganization(name, other));
    // A word that starts or ends two names (`Kestrel` of `Kestrel Semiconductor` and its affiliate) stays apart.
    const target = targets.length === 1 || name.includes(' ') || isAcronym(name) ? targets[0] : undefined;
    if (target !== undefined) canonical.set(name, canonical.get(target) ?? target);
  }
  if (canonical.size === 0) return;
  for (const mention of mentions) {
    if (mention.kind === 'organization') mention.name = canonical.get(mention.name) ?? mention.name;
  }
}

function isSameOrganization(short: string, long: string): boolean {
  if (keyOf(short) === keyOf(long)) return true;
  const words = long.split(/\s+/u).filter((word) => word !== '');
  if (isAcronym(short)) {
    const letters = short.toLowerCase();
    const significant = words.filter((word) => !/^(?:U\.?S\.?|the)$/iu.test(word));
    return (
      initials(significant) === letters ||
      initials(significant.filter((word) => !CONNECTORS.has(word.toLowerCase()))) === letters
    );
  }
  if (short.includes(' ') || words.length < 2) return false;
  const lower = short.toLowerCase();
  // `Southwest` of `Southwest Airlines`, but not `al-Qaida` of `al-Qaida in the Arabian Peninsula`.
  const startsIt = words[0]!.toLowerCase() === lower && ORGANIZATION_WORDS.has(words.at(-1)!.toLowerCase());
  return startsIt || words.at(-1)!.toLowerCase() === lower;
}

function isAcronym(name: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}$/u.test(name);
}

function initials(words: readonly string[]): string {
  return words.map((word) => word[0]!.toLowerCase()).join('');
}

/** `U.S. Department of Transportation`, `Transportation Department` → `department of transportation`. */
function keyOf(name: string): string {
  const lower = name
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(LEADING, '');
  const head = TRAILING_HEAD.exec(lower);
  return head === null ? lower : `${head[2]} of ${head[1]}`;
}
