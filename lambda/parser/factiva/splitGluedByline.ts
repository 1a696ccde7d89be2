/** A name word: a capital, then letters, apostrophes, hyphens or an initial's dot. */
const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const BY = '(?:By|BY|by|Par|PAR|par|Von|VON|von|Por|POR|Door|DOOR|Di|DI)';
const OPENS_WITH_BY = new RegExp(`^${BY} `);
/** The whole paragraph is a byline: `By Ann Smith and Bob Jones`. */
const ALONE = new RegExp(`^${BY} ${WORD}(?:(?:,| and| und| et| y| &)? ${WORD}){0,7}$`, 'u');
/** Glued: `By Ann SmithThe council …`, a lower-case letter then the story's capital with no space. */
const GLUED = new RegExp(`^(${BY} (?:${WORD} ){0,3}\\p{Lu}[\\p{L}'’.-]*\\p{Ll})(\\p{Lu}\\p{Ll}.*)$`, 'u');
/** A byline in capitals, then the story: `BY ANN SMITH The council …`. */
const CAPITALS = new RegExp(
  `^(${BY} (?:[\\p{Lu}'’.-]+ ){1,3}[\\p{Lu}'’.-]*\\p{Lu})\\s+(\\p{Lu}\\p{Ll}.*)$`,
  'u',
);

/**
 * Finds a byline that an export glued into the first paragraph (Factiva HTML without an author line):
 * the paragraph is only a `By …` credit, or a `By …` credit runs into the story with no space
 * (`By Ann SmithThe council …`) or in capitals before it. Null when the paragraph opens no byline.
 *
 * @example
 * ```ts
 * splitGluedByline('By Ann SmithThe council met.'); // { byline: 'By Ann Smith', rest: 'The council met.' }
 * ```
 */
export function splitGluedByline(paragraph: string): { byline: string; rest: string } | null {
  if (paragraph.length > 2_000) return null;
  // Every pattern opens with a credit word and a space: most first paragraphs fail here, before the Unicode patterns run.
  if (!OPENS_WITH_BY.test(paragraph)) return null;
  if (ALONE.test(paragraph) && paragraph.length <= 120) return { byline: paragraph, rest: '' };
  const glued = GLUED.exec(paragraph) ?? CAPITALS.exec(paragraph);
  if (glued === null || glued[1]!.length > 120) return null;
  return { byline: glued[1]!, rest: glued[2]!.trim() };
}
