/** `<style …>`: bounded, so a `<style` with no `>` costs no scan to the end of the file. */
const STYLE_OPEN = /<style\b[^>]{0,1000}>/gi;
const STYLE_CLOSE = /<\/style\s*>/gi;
const CENTRED = /text-align\s*:\s*center/i;
const CLASS_NAME = /\.([A-Za-z_][\w-]*)/g;

/** The rules of a style sheet as `[selectors, declarations]`, split at braces in one pass. */
function* rulesOf(css: string): Generator<[string, string]> {
  for (const rule of css.split('}')) {
    const open = rule.lastIndexOf('{');
    if (open !== -1) yield [rule.slice(0, open), rule.slice(open + 1)];
  }
}

/**
 * The CSS classes that centre text in an HTML file's style sheets (`.c0 { text-align: center; }`), lower-case:
 * LexisNexis lays out its classic exports with such classes, and centring is how its text export
 * tells header lines from the headline. One pass over the text: a `<style>` that is never closed ends the
 * search.
 *
 * @example
 * ```ts
 * centredClassesOf('<style>.c0 { text-align: center; } .c5 { text-align: left; }</style>'); // Set { 'c0' }
 * ```
 */
export function centredClassesOf(html: string): Set<string> {
  const classes = new Set<string>();
  STYLE_OPEN.lastIndex = 0;
  for (let open = STYLE_OPEN.exec(html); open !== null; open = STYLE_OPEN.exec(html)) {
    STYLE_CLOSE.lastIndex = STYLE_OPEN.lastIndex;
    const close = STYLE_CLOSE.exec(html);
    if (close === null) break;
    for (const [selectors, declarations] of rulesOf(html.slice(STYLE_OPEN.lastIndex, close.index))) {
      if (!CENTRED.test(declarations)) continue;
      for (const [, name] of selectors.matchAll(CLASS_NAME)) classes.add(name!.toLowerCase());
    }
    STYLE_OPEN.lastIndex = STYLE_CLOSE.lastIndex;
  }
  return classes;
}
