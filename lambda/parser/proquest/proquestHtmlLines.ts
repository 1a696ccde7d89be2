import { HtmlLineWriter } from '../html/HtmlLineWriter';
import type { HtmlElement, HtmlVisitor } from '../html/types';
import { walkHtml } from '../html/walkHtml';

/** Where one ProQuest document starts in the lines, and what its markup says beside the text. */
export interface ProQuestHtmlDocument {
  /** The line the document's `<a name="DocID_…">` anchor stands before. */
  start: number;
  /** The number in the anchor's name (`DocID_MSTAR_251439970` → `251439970`), or null. */
  anchorId: string | null;
  /** The `wordcount` attribute of the full text's `<text>` element, or null. */
  wordCount: number | null;
}

/** The lines of ProQuest results markup and where each document starts and the footer begins. */
export interface ProQuestHtmlLines {
  lines: string[];
  documents: ProQuestHtmlDocument[];
  /** The first line of the closing copyright footer, or the line count. */
  end: number;
}

/** A broken opening tag of the full text's own document (`html&gt;`): text to drop, not a paragraph. */
const BROKEN_HTML_TAG = /^html>$/i;

/**
 * Lays out ProQuest results (the HTML export or an e-mail's HTML part, the older layout or the 2023 one
 * inside layout tables) as text lines with the shared HTML layer, noting where each document's
 * `DocID_` anchor stands, its `<text wordcount>`, and where the copyright footer starts. A broken
 * `<html>` tag inside a full text (`html&gt;`) leaves no line of text.
 *
 * @example
 * ```ts
 * proquestHtmlLines('<div><a name="DocID_MSTAR_42"></a><p>Title</p></div>').documents; // [{ start: 0, anchorId: '42', wordCount: null }]
 * ```
 */
export function proquestHtmlLines(html: string): ProQuestHtmlLines {
  const writer = new HtmlLineWriter();
  const documents: ProQuestHtmlDocument[] = [];
  let footer = -1;
  const visitor: HtmlVisitor = {
    open(element: HtmlElement) {
      const name = element.tag === 'a' ? element.attributes.name : undefined;
      if (name !== undefined && /^DocID_/i.test(name)) {
        writer.breakBlock();
        documents.push({
          start: writer.nextLine(),
          anchorId: /(\d+)\s*$/.exec(name)?.[1] ?? null,
          wordCount: null,
        });
      } else if (element.tag === 'text') {
        const count = Number.parseInt(element.attributes.wordcount ?? '', 10);
        const last = documents.at(-1);
        if (last !== undefined && Number.isFinite(count)) last.wordCount = count;
      } else if (
        footer === -1 &&
        documents.length > 0 &&
        /\bcopyright\b/i.test(element.attributes.class ?? '')
      ) {
        writer.breakBlock();
        footer = writer.nextLine();
      }
      writer.open(element);
    },
    close: (tag) => writer.close(tag),
    text(text) {
      if (!BROKEN_HTML_TAG.test(text.trim())) writer.text(text);
    },
  };
  walkHtml(html, visitor);
  const lines = writer.finish();
  return { lines, documents, end: footer === -1 ? lines.length : Math.min(footer, lines.length) };
}
