import { ParseRejectionError } from '../errors';
import { decodeXmlEntities } from './decodeXmlEntities';
import { MAX_XML_TAG_CHARS } from './limits';
import type { XmlHandler } from './types';

function corrupt(part: string, what: string): ParseRejectionError {
  return new ParseRejectionError('CORRUPT_CONTAINER', `The XML of ${part} is corrupt: ${what}.`);
}

/** End of a tag that starts at `from` (just after `<`), skipping `>` inside quoted attribute values; -1 if not yet seen. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

/**
 * A small streaming XML tokenizer for OOXML parts: text is written in pieces as it is inflated, and
 * element starts, ends and character data go to the handler as soon as they are complete. It never
 * reads a DTD and expands no entity but XML's five and numeric references, so entity bombs and
 * external entities cannot exist; a `<!DOCTYPE` is refused.
 *
 * @example
 * ```ts
 * const tokenizer = new XmlTokenizer('word/document.xml', handler);
 * tokenizer.write('<w:p><w:r><w:t>Hel'); tokenizer.write('lo</w:t></w:r></w:p>'); tokenizer.end();
 * ```
 */
export class XmlTokenizer {
  private pending = '';
  private depth = 0;

  constructor(
    private readonly part: string,
    private readonly handler: XmlHandler,
  ) {}

  /** Feeds the next piece of the document's text. */
  write(piece: string): void {
    const text = this.pending.length === 0 ? piece : this.pending + piece;
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt === -1) {
        // Keep an entity reference that the next piece completes.
        const amp = text.lastIndexOf('&');
        const cut = amp >= at && text.indexOf(';', amp) === -1 && text.length - amp < 12 ? amp : text.length;
        if (cut > at) this.emitText(text.slice(at, cut));
        at = cut;
        break;
      }
      if (lt > at) this.emitText(text.slice(at, lt));
      const consumed = this.readMarkup(text, lt);
      if (consumed === -1) {
        at = lt;
        break;
      }
      at = consumed;
    }
    this.pending = text.slice(at);
    if (this.pending.length > MAX_XML_TAG_CHARS) throw corrupt(this.part, 'a tag never ends');
  }

  /** Ends the document: anything unfinished means it was cut short. */
  end(): void {
    if (this.pending.trim().length > 0) throw corrupt(this.part, 'it ends inside a tag');
    if (this.depth > 0) throw corrupt(this.part, `it ends with ${this.depth} element(s) still open`);
  }

  private emitText(raw: string): void {
    if (this.depth > 0) this.handler.text(decodeXmlEntities(raw));
  }

  /** Reads the markup at `lt`; returns where it ends, or -1 when the text so far does not complete it. */
  private readMarkup(text: string, lt: number): number {
    const next = text.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        return close === -1 ? -1 : close + 3;
      }
      if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close === -1) return -1;
        if (this.depth > 0) this.handler.text(text.slice(lt + 9, close));
        return close + 3;
      }
      if (text.length - lt < 9) return -1;
      throw corrupt(this.part, 'it declares a DTD, which is never read (no entity expansion)');
    }
    if (next === 0x3f /* ? */) {
      const close = text.indexOf('?>', lt + 2);
      return close === -1 ? -1 : close + 2;
    }
    const end = tagEnd(text, lt + 1);
    if (end === -1) return -1;
    if (next === 0x2f /* / */) {
      const name = text.slice(lt + 2, end).trim();
      if (this.depth === 0) throw corrupt(this.part, `</${name}> closes no element`);
      this.depth--;
      this.handler.close(name);
      return end + 1;
    }
    const selfClosing = text.charCodeAt(end - 1) === 0x2f;
    const body = text.slice(lt + 1, selfClosing ? end - 1 : end);
    const space = body.search(/[\s/]/);
    const name = space === -1 ? body : body.slice(0, space);
    if (name.length === 0) throw corrupt(this.part, 'a tag has no name');
    this.handler.open(name, space === -1 ? '' : body.slice(space), selfClosing);
    if (selfClosing) this.handler.close(name);
    else this.depth++;
    return end + 1;
  }
}
