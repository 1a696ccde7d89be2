import { HtmlLineWriter } from '../html/HtmlLineWriter';
import type { HtmlElement, HtmlVisitor } from '../html/types';
import { walkHtml } from '../html/walkHtml';

/** What an element of a Europresse document is, by its class. */
export type EuropresseRole = 'publication' | 'header' | 'headline' | 'authors';

/** A classed element's text and the line it starts on. */
export interface EuropressePart {
  text: string;
  line: number;
}

/** One Europresse document as its markup marks it, before its lines are read. */
export interface EuropresseHtmlDocument {
  /** The first line of the document. */
  start: number;
  /** Whether it is the newer layout's `<article>`. */
  article: boolean;
  parts: Partial<Record<EuropresseRole, EuropressePart>>;
}

/** Classes (lower case) that mark a part, in both layouts. */
const ROLES: ReadonlyMap<string, EuropresseRole> = new Map<string, EuropresseRole>([
  ['docpublicationname', 'publication'],
  ['docheader', 'header'],
  ['titrearticlevisu', 'headline'],
  ['docauthors', 'authors'],
]);

function roleOf(element: HtmlElement): EuropresseRole | null {
  const classes = element.attributes.class;
  if (classes === undefined) return null;
  for (const name of classes.toLowerCase().split(/\s+/)) {
    const role = ROLES.get(name);
    if (role !== undefined) return role;
  }
  return null;
}

/**
 * Lays out a Europresse HTML export as text lines with the shared HTML layer and finds its documents:
 * each `<article>` in the newer layout, each `DocPublicationName` that opens a new document in the
 * older one, with the text and first line of the publication, header (`DocHeader`: section, date,
 * page), headline (`TitreArticleVisu`) and authors (`docAuthors`) elements.
 *
 * @example
 * ```ts
 * europresseHtmlLines('<span class="DocPublicationName">Le Journal</span>').documents[0]?.parts.publication?.text; // 'Le Journal'
 * ```
 */
export function europresseHtmlLines(html: string): { lines: string[]; documents: EuropresseHtmlDocument[] } {
  const writer = new HtmlLineWriter();
  const documents: EuropresseHtmlDocument[] = [];
  // One entry an open element: the part it collects text for, if any.
  const stack: (EuropresseRole | null)[] = [];
  let collecting: { role: EuropresseRole; part: EuropressePart } | null = null;
  let inArticle = 0;
  const visitor: HtmlVisitor = {
    open(element) {
      const role = roleOf(element);
      if (element.tag === 'article') {
        writer.breakBlock();
        documents.push({ start: writer.nextLine(), article: true, parts: {} });
        inArticle++;
      } else if (role === 'publication' && inArticle === 0) {
        writer.breakBlock();
        documents.push({ start: writer.nextLine(), article: false, parts: {} });
      }
      if (role !== null && collecting === null) {
        const document = documents.at(-1);
        if (document !== undefined) {
          const existing = document.parts[role];
          // The older layout splits its header over several spans: one part, their texts joined.
          const part = existing ?? { text: '', line: writer.nextLine() };
          document.parts[role] = part;
          collecting = { role, part };
        }
      }
      stack.push(role);
      writer.open(element);
    },
    close(tag) {
      const role = stack.pop();
      if (role !== null && role !== undefined && collecting?.role === role && !stack.includes(role))
        collecting = null;
      if (tag === 'article' && inArticle > 0) inArticle--;
      writer.close(tag);
    },
    text(text) {
      if (collecting !== null) collecting.part.text += text;
      writer.text(text);
    },
  };
  walkHtml(html, visitor);
  return { lines: writer.finish(), documents };
}
