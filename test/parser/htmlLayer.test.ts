import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../lambda/parser/html/declaredCharset';
import { decodeHtml } from '../../lambda/parser/html/decodeHtml';
import { HtmlLineWriter } from '../../lambda/parser/html/HtmlLineWriter';
import { htmlText } from '../../lambda/parser/html/htmlText';
import { htmlToLines } from '../../lambda/parser/html/htmlToLines';
import { walkHtml } from '../../lambda/parser/html/walkHtml';
import { looksLikeHtml } from '../../lambda/parser/looksLikeHtml';
import { parseDocuments } from '../../lambda/parser/parseDocuments';
import { parseFile } from '../../lambda/parser/parseFile';
import type { ParseEvent } from '../../lambda/parser/types';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Latin-1 bytes of text whose characters are all below U+0100. */
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe('decodeHtml', () => {
  it('reads a UTF-8 byte-order mark before any declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="iso-8859-1"><p>café')]);
    expect(decodeHtml(bytes)).toMatchObject({
      text: '<meta charset="iso-8859-1"><p>café',
      encoding: 'utf-8',
      source: 'bom',
    });
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const text = '<html><p>Zoë</p></html>';
    const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(decodeHtml(bytes)).toMatchObject({ text, encoding: 'utf-16le', source: 'bom' });
  });

  it('reads the charset of <meta charset> and of an http-equiv Content-Type', () => {
    const meta = latin1('<meta charset="ISO-8859-1"><p>Gr\u00fc\u00dfe \u0093quoted\u0094');
    expect(decodeHtml(meta)).toMatchObject({
      text: '<meta charset="ISO-8859-1"><p>Grüße “quoted”',
      encoding: 'windows-1252',
      declared: 'windows-1252',
      source: 'declared',
    });
    const equiv = utf8('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8"><p>naïve');
    expect(decodeHtml(equiv)).toMatchObject({
      text: expect.stringContaining('naïve'),
      encoding: 'utf-8',
      declared: 'utf-8',
    });
  });

  it('reads Windows-1251 as declared', () => {
    const bytes = new Uint8Array([
      ...utf8('<meta charset="windows-1251"><p>'),
      0xcf,
      0xf0,
      0xe0,
      0xe2,
      0xe4,
      0xe0,
    ]);
    expect(decodeHtml(bytes)).toMatchObject({
      text: '<meta charset="windows-1251"><p>Правда',
      encoding: 'windows-1251',
      source: 'declared',
    });
  });

  it('falls back to Windows-1252 when UTF-8 is declared over Latin-1 bytes', () => {
    const bytes = latin1('<meta charset="utf-8"><p>Fran\u00e7ois \u0096 d\u00e9j\u00e0');
    expect(decodeHtml(bytes)).toMatchObject({
      text: '<meta charset="utf-8"><p>François – déjà',
      encoding: 'windows-1252',
      declared: 'utf-8',
      source: 'fallback',
    });
  });

  it('falls back to UTF-8 when ISO-8859-1 is declared over valid UTF-8', () => {
    const bytes = utf8(
      '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1"><p>Numéro de document',
    );
    expect(decodeHtml(bytes)).toMatchObject({
      text: expect.stringContaining('Numéro'),
      encoding: 'utf-8',
      source: 'fallback',
    });
  });

  it('keeps a single-byte declaration over pure ASCII, and sniffs without one', () => {
    expect(decodeHtml(utf8('<meta charset="latin1"><p>plain'))).toMatchObject({
      encoding: 'windows-1252',
      source: 'declared',
    });
    expect(decodeHtml(latin1('<p>caf\u00e9'))).toMatchObject({
      text: '<p>café',
      encoding: 'windows-1252',
      source: 'sniffed',
    });
    expect(decodeHtml(utf8('<p>café'))).toMatchObject({
      text: '<p>café',
      encoding: 'utf-8',
      source: 'sniffed',
    });
  });

  it('ignores an unknown or unread charset label and sniffs the bytes', () => {
    expect(declaredCharset(utf8('<meta charset="no-such-charset">'))).toBeNull();
    expect(decodeHtml(utf8('<meta charset="shift_jis"><p>café'))).toMatchObject({
      encoding: 'utf-8',
      declared: 'shift_jis',
      source: 'sniffed',
    });
  });

  it('reads the encoding of an XML declaration', () => {
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><html>'))).toBe('windows-1252');
  });
});

describe('walkHtml', () => {
  it('reports elements with lower-case names and decoded attributes, text with entities decoded', () => {
    const events: string[] = [];
    walkHtml('<DIV CLASS="a&amp;b">caf&eacute; &lt;x&gt; &#8212;</DIV>', {
      open: (element) => events.push(`open ${element.tag} ${JSON.stringify(element.attributes)}`),
      close: (tag) => events.push(`close ${tag}`),
      text: (text) => events.push(`text ${text}`),
    });
    expect(events).toEqual(['open div {"class":"a&b"}', 'text café <x> —', 'close div']);
  });

  it('drops the content of scripts and styles, and reports comments as written', () => {
    const texts: string[] = [];
    const comments: string[] = [];
    walkHtml(
      '<p>Before<script>document.write("<p>injected</p>")</script><style>p { color: red }</style>after<!-- <DOC NUMBER=3> --></p>',
      { text: (text) => texts.push(text), comment: (text) => comments.push(text) },
    );
    expect(texts.join('')).toBe('Beforeafter');
    expect(comments).toEqual([' <DOC NUMBER=3> ']);
  });

  it('gives every open its close, for unclosed and misnested markup', () => {
    const stack: string[] = [];
    let mismatched = 0;
    walkHtml('<table><tr><td><b>bold<i>both</b> italic<p>para<td>cell</table><div>open', {
      open: (element) => stack.push(element.tag),
      close: (tag) => {
        if (stack.pop() !== tag) mismatched++;
      },
    });
    expect(stack).toEqual([]);
    expect(mismatched).toBe(0);
  });
});

describe('htmlToLines', () => {
  it('joins spans that split a word, and separates blocks by one blank line', () => {
    const html =
      '<div><p><span>Dec</span><span class="hit">ember</span><span> 19, 1991</span></p></div><br><br><div><p>Next&nbsp;block</p></div>';
    expect(htmlToLines(html)).toEqual(['December 19, 1991', '', 'Next block']);
  });

  it('ends a line at <br>, and leaves a blank line for two in a row', () => {
    expect(htmlToLines('<p>First part;<BR>Second part</p><p>A list:<br>&nbsp;<br>Item</p>')).toEqual([
      'First part;',
      'Second part',
      '',
      'A list:',
      '',
      'Item',
    ]);
  });

  it('writes table rows line by line with cells apart, or as blocks', () => {
    const html =
      '<table><tr><td>HD</td><td> A headline </td></tr><tr><th>BY</th><td>Ann Lee</td></tr></table>';
    expect(htmlToLines(html)).toEqual(['HD\tA headline', 'BY\tAnn Lee']);
    expect(htmlToLines(html, { rowBreak: 'block', cellSeparator: ' | ' })).toEqual([
      'HD | A headline',
      '',
      'BY | Ann Lee',
    ]);
  });

  it('keeps the spaces and line breaks of <pre>', () => {
    expect(htmlToLines('<pre>^ИС: Source\n   First paragraph\n\n   Second</pre>')).toEqual([
      '^ИС: Source',
      '   First paragraph',
      '',
      '   Second',
    ]);
  });

  it('prefixes lines that start inside an element that asks for it, and ignores the title', () => {
    const lines = htmlToLines(
      '<head><title>Export</title></head><div class="c"><p>Centred</p></div><div><p>Left</p></div>',
      { linePrefix: (element) => (element.attributes.class === 'c' ? '    ' : null) },
    );
    expect(lines).toEqual(['    Centred', '', 'Left']);
  });

  it('lets a reader wrap the writer and count lines as it goes', () => {
    const writer = new HtmlLineWriter();
    const marks: number[] = [];
    walkHtml('<p>One</p><!--mark--><p>Two</p>', {
      open: (element) => writer.open(element),
      close: (tag) => writer.close(tag),
      text: (text) => writer.text(text),
      comment: () => {
        writer.breakBlock();
        marks.push(writer.nextLine(), writer.lineCount);
      },
    });
    expect(writer.finish()).toEqual(['One', '', 'Two']);
    expect(marks).toEqual([2, 1]);
  });

  it('strips every tag for the baseline text', () => {
    expect(htmlText('<p>A<b>B</b></p><style>p{}</style>C&amp;D')).toBe('ABC&D');
  });
});

describe('HTML dispatch', () => {
  it('tells HTML from other text by its first characters', () => {
    expect(looksLikeHtml(utf8('\n<!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(utf8('<HTML>\n<HEAD>'))).toBe(true);
    expect(looksLikeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<html>')]))).toBe(true);
    expect(looksLikeHtml(utf8('HEADLINE: <b>not html</b>'))).toBe(false);
    expect(looksLikeHtml(utf8('Web page tips\n\nPut the text inside <body> and close it.'))).toBe(false);
    expect(looksLikeHtml(utf8('{\\rtf1'))).toBe(false);
  });

  it('rejects HTML with no vendor marker as UNSUPPORTED_FORMAT, as before the readers, through both APIs', async () => {
    const bytes = utf8('<!DOCTYPE html><html><body><p>A story on a web page.</p></body></html>');
    const result = await parseFile(bytes);
    expect(result).toMatchObject({
      ok: false,
      rejection: { code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/HTML/) },
    });
    const events: ParseEvent[] = [];
    for await (const event of parseDocuments(bytes)) events.push(event);
    expect(events).toEqual([
      { kind: 'rejected', rejection: expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }) },
    ]);
  });

  it('rejects an HTML file over the size limit before decoding it', async () => {
    const result = await parseFile(utf8(`<html><body>${'x'.repeat(2000)}</body></html>`), { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, rejection: { code: 'TOO_LARGE' } });
  });
});
