import { Parser } from 'htmlparser2';
import { ParseRejectionError } from '../errors';
import { MAX_HTML_DEPTH } from './limits';
import type { HtmlVisitor } from './types';

/** Elements whose content is never text: scripts, style sheets, inert templates. */
const IGNORED: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/**
 * Walks HTML markup with htmlparser2's tolerant streaming parser (unclosed, misnested and upper-case
 * tags are all fine), reporting elements, entity-decoded text and comments to `visitor` in document
 * order. Nothing is executed or rendered and nothing is fetched; the content of `<script>`, `<style>`
 * and `<template>` is dropped. Tag and attribute names come lower-case; each run of text between two
 * tags or comments comes whole, in one `text` call.
 *
 * @throws {ParseRejectionError} `NESTED_TOO_DEEP` for more than {@link MAX_HTML_DEPTH} elements open at once,
 *   which would make the parser's time grow with the square of the input.
 *
 * @example
 * ```ts
 * const words: string[] = [];
 * walkHtml('<P>caf&eacute;<SCRIPT>alert(1)</SCRIPT></P>', { text: (text) => words.push(text) });
 * words; // ['café']
 * ```
 */
export function walkHtml(html: string, visitor: HtmlVisitor): void {
  let ignored = 0;
  let depth = 0;
  // The parser hands text over in pieces (around each entity): visitors get each run of text whole.
  let pending = '';
  const flush = () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    visitor.text?.(text);
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        flush();
        if (++depth > MAX_HTML_DEPTH) {
          throw new ParseRejectionError(
            'NESTED_TOO_DEEP',
            `The HTML nests elements more than ${MAX_HTML_DEPTH} deep, which no news export does.`,
          );
        }
        if (IGNORED.has(tag)) ignored++;
        visitor.open?.({ tag, attributes });
      },
      onclosetag(tag) {
        flush();
        depth--;
        if (IGNORED.has(tag) && ignored > 0) ignored--;
        visitor.close?.(tag);
      },
      ontext(text) {
        if (ignored === 0) pending += text;
      },
      oncomment(text) {
        flush();
        visitor.comment?.(text);
      },
      onend: flush,
    },
    { decodeEntities: true },
  );
  parser.end(html);
}
