import { ORGANIZATION_WORDS } from './lexicon/organizationWords';
import type { ResolvedMention } from './types';

const LEADING = /^(?:the|u\.?s\.?|united states|us|federal)\s+/u;
const TRAILING_HEAD = /^(.+)\s+(department|ministry|agency|office|commission|board|council)$/u;
const CONNECTORS = new Set(['of', 'the', 'for', 'and', '&', 'on']);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}$/u;
const NATIONAL_PREFIX = /^(?:U\.?S\.?|the)$/iu;

/**
 * Folds the names one organization goes by in an article into its longest one, in place: `Justice Department`,
 * `Department of Justice` and `U.S. Department of Justice`; an acronym and the name its initials spell
 * (`BART`, `Bay Area Rapid Transit`); one word and the only longer name that ends with it (`Sounders`,
 * `Seattle Sounders`) or starts it and ends in an organization word (`Southwest`, `Southwest Airlines`). An
 * affiliate named after its parent and a region (`al-Qaida in the Arabian Peninsula`) stays apart.
 * Look-ups are by hash, so the work is linear in the mentions.
 *
 * @example
 * foldOrganizationNames(mentions); // `DOT` → `U.S. Department of Transportation`
 */
export function foldOrganizationNames(mentions: ResolvedMention[]): void {
  const names = [...new Set(mentions.filter((m) => m.kind === 'organization').map((m) => m.name))];
  if (names.length < 2) return;
  const byKey = new Map<string, string>();
  const byInitials = new Map<string, string>();
  const byEdgeWord = new Map<string, string[]>();
  const longer = (a: string | undefined, b: string) => (a === undefined || b.length > a.length ? b : a);
  for (const name of names) {
    const key = keyOf(name);
    byKey.set(key, longer(byKey.get(key), name));
    const words = name.split(/\s+/u).filter((word) => word !== '');
    if (words.length < 2) continue;
    const significant = words.filter((word) => !NATIONAL_PREFIX.test(word));
    for (const letters of new Set([
      initials(significant),
      initials(significant.filter((word) => !CONNECTORS.has(word.toLowerCase()))),
    ])) {
      byInitials.set(letters, longer(byInitials.get(letters), name));
    }
    const edges = [words.at(-1)!.toLowerCase()];
    if (ORGANIZATION_WORDS.has(edges[0]!)) edges.push(words[0]!.toLowerCase());
    for (const edge of edges) {
      const named = byEdgeWord.get(edge);
      if (named === undefined) byEdgeWord.set(edge, [name]);
      else if (named.length < 2) named.push(name);
    }
  }
  const canonical = new Map<string, string>();
  for (const name of names) {
    let target = byKey.get(keyOf(name));
    if (!name.includes(' ')) {
      const lower = name.toLowerCase();
      const edged = byEdgeWord.get(lower) ?? [];
      if (ACRONYM.test(name)) target = longer(target, byInitials.get(lower) ?? name);
      // A word that starts or ends two names (`Kestrel` of `Kestrel Semiconductor` and its affiliate) stays apart.
      else if (edged.length === 1) target = longer(target, edged[0]!);
    }
    if (target !== undefined && target !== name && target.length > name.length) canonical.set(name, target);
  }
  if (canonical.size === 0) return;
  for (const mention of mentions) {
    if (mention.kind !== 'organization') continue;
    const first = canonical.get(mention.name) ?? mention.name;
    mention.name = canonical.get(first) ?? first;
  }
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
