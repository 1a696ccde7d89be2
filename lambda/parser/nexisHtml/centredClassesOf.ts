const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const RULE = /([^{}]*)\{([^{}]*)\}/g;
const CENTRED = /text-align\s*:\s*center/i;
const CLASS_NAME = /\.([A-Za-z_][\w-]*)/g;

/**
 * The CSS classes that centre text in an HTML file's style sheets (`.c0 { text-align: center; }`), lower-case:
 * LexisNexis lays out its classic exports with such classes, and centring is how its text export
 * tells header lines from the headline.
 *
 * @example
 * ```ts
 * centredClassesOf('<style>.c0 { text-align: center; } .c5 { text-align: left; }</style>'); // Set { 'c0' }
 * ```
 */
export function centredClassesOf(html: string): Set<string> {
  const classes = new Set<string>();
  for (const [, css] of html.matchAll(STYLE_BLOCK)) {
    for (const [, selectors, declarations] of css!.matchAll(RULE)) {
      if (!CENTRED.test(declarations!)) continue;
      for (const [, name] of selectors!.matchAll(CLASS_NAME)) classes.add(name!.toLowerCase());
    }
  }
  return classes;
}
