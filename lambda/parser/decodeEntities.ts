import { replaceInPieces } from './replaceInPieces';

/** The named entities news databases leave in their text exports; Nexis writes them in capitals (`&GT;`). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  cent: '¢',
  pound: '£',
  euro: '€',
  sect: '§',
  para: '¶',
  middot: '·',
  bull: '•',
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g;

function decodeOne(match: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid) return match;
    // `&#9;`, `&#10;`, `&#160;`: white space and control characters become a plain space, as in the rest of the text.
    const char = String.fromCodePoint(code);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/.test(char) ? ' ' : char;
  }
  return NAMED[body.toLowerCase()] ?? match;
}

const decodePiece = (piece: string) => piece.replace(ENTITY, decodeOne);

/** An entity holds no `&` but its first character, so none straddles a cut just before one. */
function beforeAmpersand(text: string, from: number): number {
  const at = text.indexOf('&', from);
  return at === -1 ? text.length : at;
}

/**
 * Decodes HTML character references (`&GT;`, `&amp;`, `&#8217;`); unknown names are left as printed.
 *
 * @example
 * ```ts
 * decodeEntities('Q&amp;A &GT; more'); // 'Q&A > more'
 * ```
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? replaceInPieces(text, decodePiece, beforeAmpersand) : text;
}
