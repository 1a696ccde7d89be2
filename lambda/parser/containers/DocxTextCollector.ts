import { MAX_PARAGRAPH_CHARS } from './limits';
import type { XmlHandler } from './types';

/** Elements whose text is not body: drawings and their text boxes, embedded objects, alternate renderings. */
const SKIPPED = new Set([
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:txbxContent',
  'v:textbox',
]);

/** A hyperlink's relationship id (`r:id="rId7"`). */
const RELATIONSHIP_ID = /\br:id\s*=\s*["']([^"']+)["']/;

/** An open table row: its finished cells, and the paragraphs of the cell being read. */
interface OpenRow {
  cells: string[];
  paragraphs: string[];
}

/**
 * Turns the XML events of a DOCX main document (`word/document.xml`) into text lines, as Word shows
 * them: one line per paragraph (`w:p`), runs (`w:t`) joined, `w:tab` as a tab, `w:br` and `w:cr` as line
 * breaks, hyperlink text kept, and each table row one line with its cells tab-separated. Drawings,
 * text boxes and embedded objects are skipped; headers, footers and comments live in other parts and
 * are never read. A paragraph with a hyperlink whose relationship `linkOf` resolves (a Nexis document
 * link) passes the first such value with its first line.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const tokenizer = new XmlTokenizer('word/document.xml', new DocxTextCollector((line) => lines.push(line)));
 * ```
 */
export class DocxTextCollector implements XmlHandler {
  private skipDepth = 0;
  private runDepth = 0;
  private inText = false;
  private paragraph: string[] | null = null;
  private paragraphChars = 0;
  private readonly rows: OpenRow[] = [];
  /** Characters of text seen, for telling a document with no text apart. */
  textChars = 0;

  /** What the paragraph being read links to (through `linkOf`), first link first. */
  private paragraphLink: string | undefined;

  constructor(
    private readonly onLine: (line: string, link?: string) => void,
    private readonly linkOf: (relationshipId: string) => string | undefined = () => undefined,
  ) {}

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (SKIPPED.has(name)) {
      if (!selfClosing) this.skipDepth++;
      return;
    }
    if (this.skipDepth > 0) return;
    switch (name) {
      case 'w:p':
        this.paragraph = [];
        this.paragraphChars = 0;
        this.paragraphLink = undefined;
        break;
      case 'w:hyperlink': {
        if (this.paragraphLink !== undefined) break;
        const id = RELATIONSHIP_ID.exec(attributes)?.[1];
        if (id !== undefined) this.paragraphLink = this.linkOf(id);
        break;
      }
      case 'w:r':
        this.runDepth++;
        break;
      case 'w:t':
        this.inText = !selfClosing;
        break;
      case 'w:tab':
        if (this.runDepth > 0) this.append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (this.runDepth > 0) this.append('\n');
        break;
      case 'w:noBreakHyphen':
        if (this.runDepth > 0) this.append('-');
        break;
      case 'w:tr':
        this.rows.push({ cells: [], paragraphs: [] });
        break;
      case 'w:tc': {
        const row = this.rows.at(-1);
        if (row !== undefined) row.paragraphs = [];
        break;
      }
    }
  }

  close(name: string): void {
    if (SKIPPED.has(name)) {
      if (this.skipDepth > 0) this.skipDepth--;
      return;
    }
    if (this.skipDepth > 0) return;
    switch (name) {
      case 'w:t':
        this.inText = false;
        break;
      case 'w:r':
        if (this.runDepth > 0) this.runDepth--;
        break;
      case 'w:p':
        if (this.paragraph !== null) this.emit(this.paragraph.join(''), this.paragraphLink);
        this.paragraph = null;
        this.paragraphLink = undefined;
        break;
      case 'w:tc': {
        const row = this.rows.at(-1);
        if (row !== undefined) row.cells.push(row.paragraphs.join(' ').trim());
        break;
      }
      case 'w:tr': {
        const row = this.rows.pop();
        if (row !== undefined) this.emit(row.cells.join('\t').trimEnd());
        break;
      }
    }
  }

  text(text: string): void {
    if (this.inText && this.skipDepth === 0) {
      this.textChars += text.trim().length;
      this.append(text);
    }
  }

  private append(text: string): void {
    if (this.paragraph === null || this.paragraphChars >= MAX_PARAGRAPH_CHARS) return;
    this.paragraph.push(text);
    this.paragraphChars += text.length;
  }

  /** A finished paragraph or row: a line of its own, or a cell's paragraph inside a table. */
  private emit(text: string, link?: string): void {
    const row = this.rows.at(-1);
    if (row !== undefined) {
      row.paragraphs.push(text.replace(/\n/g, ' '));
      return;
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) this.onLine(lines[i]!, i === 0 ? link : undefined);
  }
}
