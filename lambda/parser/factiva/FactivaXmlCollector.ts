import type { XmlHandler } from '../containers/types';
import type { FactivaEntry, FactivaField, FactivaRecord } from './types';

/** The `article` children read, by the field code they carry. */
const CODES: Readonly<Record<string, string>> = {
  accessionNo: 'AN',
  headline: 'HD',
  byline: 'BY',
  author: 'BY',
  leadParagraph: 'LP',
  tailParagraphs: 'TD',
  publicationDate: 'PD',
  sourceName: 'SN',
  sourceCode: 'SC',
  publisherName: 'PUB',
  copyright: 'CY',
  baseLanguage: 'LA',
  wordCount: 'WC',
  pages: 'PG',
  sectionName: 'SE',
  section: 'SE',
  edition: 'ED',
  region: 'RE',
  newsSubject: 'NS',
  company: 'CO',
  industry: 'IN',
  descField: 'IPC',
};

/** Fields whose `paragraph` children are paragraphs of their own; in others they are joined. */
const PARAGRAPHED = new Set(['LP', 'TD']);

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
/** The `code` attribute's value (single or double quotes), or null. */
const CODE_ATTRIBUTE = /(?:^|\s)code\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const codeAttribute = (attributes: string): string | null => {
  const match = CODE_ATTRIBUTE.exec(attributes);
  return match === null ? null : (match[1] ?? match[2] ?? null);
};

/**
 * Collects Factiva XML (`ppsarticle`/`article`) into records as the tokenizer reads it, one line at a
 * time: `line` is the number of the line being written, so each field knows the lines it spans. Hit
 * highlighting (`<hlt>`) is dropped by reading its text as its parent's. Records wait in `done` until
 * the caller takes them.
 *
 * @example
 * ```ts
 * const collector = new FactivaXmlCollector();
 * const tokenizer = new XmlTokenizer('the Factiva XML', collector);
 * lines.forEach((text, i) => { collector.line = i; tokenizer.write(`${text}\n`); });
 * collector.done; // the records read so far
 * ```
 */
export class FactivaXmlCollector implements XmlHandler {
  /** The line the tokenizer is reading. */
  line = 0;
  /** Records finished and not yet taken. */
  readonly done: FactivaRecord[] = [];
  /** `article` elements seen, finished or not. */
  articles = 0;
  private record: FactivaRecord | null = null;
  private wrapperStart: number | null = null;
  private depth = 0;
  private articleDepth = -1;
  private field: FactivaField | null = null;
  private fieldDepth = -1;
  private entry: FactivaEntry | null = null;
  private inName = false;
  private paragraph: { text: string; start: number } | null = null;
  private value = '';
  private valueStart = 0;

  open(raw: string, attributes: string): void {
    const name = localName(raw);
    this.depth++;
    if (name === 'ppsarticle' && this.record === null) this.wrapperStart = this.line;
    else if (name === 'article' && this.record === null) {
      this.articles++;
      this.record = { start: this.wrapperStart ?? this.line, end: this.line + 1, fields: [] };
      this.articleDepth = this.depth;
    } else if (this.record !== null && this.depth === this.articleDepth + 1) {
      const code = CODES[name];
      if (code !== undefined) {
        this.field = { code, values: [], start: this.line, end: this.line + 1 };
        this.fieldDepth = this.depth;
        this.value = '';
        this.valueStart = this.line;
        const classification = codeAttribute(attributes);
        if (code === 'IPC')
          this.field.code = classification?.toUpperCase() === 'IPC' ? 'IPC' : `IPC:${classification ?? ''}`;
        else if (code === 'RE' || code === 'NS' || code === 'CO' || code === 'IN') {
          this.entry = { code: classification, label: null };
        }
      }
    } else if (this.field !== null) {
      if (name === 'paragraph' && PARAGRAPHED.has(this.field.code))
        this.paragraph = { text: '', start: this.line };
      else if (name === 'name' && this.entry !== null) this.inName = true;
      else if (name === 'page' || name === 'paragraph') this.separate();
    }
  }

  /** A space between sibling values (`<page>` elements, joined paragraphs). */
  private separate(): void {
    if (this.value !== '' && !this.value.endsWith(' ')) this.value += ' ';
  }

  text(text: string): void {
    if (this.field === null) return;
    if (this.paragraph !== null) this.paragraph.text += text;
    else if (this.entry !== null) {
      if (this.inName) this.entry.label = (this.entry.label ?? '') + text;
    } else this.value += text;
  }

  close(raw: string): void {
    const name = localName(raw);
    const field = this.field;
    if (field !== null && this.depth === this.fieldDepth) this.closeField(field);
    else if (field !== null && name === 'paragraph' && this.paragraph !== null) {
      field.values.push({ text: this.paragraph.text, start: this.paragraph.start, end: this.line + 1 });
      this.paragraph = null;
    } else if (name === 'name') this.inName = false;
    else if (this.record !== null && this.depth === this.articleDepth) {
      this.record.end = this.line + 1;
      this.articleDepth = -1;
      if (this.wrapperStart === null) this.finish();
    } else if (name === 'ppsarticle' && this.record !== null && this.articleDepth === -1) {
      this.record.end = this.line + 1;
      this.finish();
    }
    this.depth--;
  }

  private closeField(field: FactivaField): void {
    field.end = this.line + 1;
    if (this.entry !== null) {
      const label = this.entry.label?.replace(/\s+/g, ' ').trim() ?? '';
      field.entries = [{ code: this.entry.code, label: label === '' ? null : label }];
      field.values.push({ text: label, start: field.start, end: field.end });
      this.entry = null;
    } else if (!PARAGRAPHED.has(field.code) || field.values.length === 0) {
      if (this.value.trim() !== '')
        field.values.push({ text: this.value, start: this.valueStart, end: field.end });
    }
    if (field.code.startsWith('IPC:')) field.code = 'IPD';
    this.record!.fields.push(field);
    this.field = null;
    this.fieldDepth = -1;
  }

  private finish(): void {
    this.done.push(this.record!);
    this.record = null;
    this.wrapperStart = null;
  }
}
