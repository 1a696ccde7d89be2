/** Writes invented ProQuest results in each layout (plain-text export, e-mail, HTML) from one description. */

/** One invented ProQuest document: labelled fields in print order, and the full text's paragraphs. */
export interface ProQuestDocument {
  headline: string;
  /** Fields printed before `Full text:` (`Author`, `Publication info`, `Abstract`), in order. */
  before: [label: string, value: string][];
  paragraphs: string[];
  /** Fields printed after the full text (`Subject`, `Publication title`, `ProQuest document ID` …), in order. */
  after: [label: string, value: string][];
  /** The interface's words where it is not English (`Volltext`, `Dokument 1 von 2`). */
  ui?: ProQuestUiWords;
  /** The document id for the HTML anchor, where no `ProQuest document ID` label gives it. */
  id?: string;
}

/** What the plain-text and HTML layouts print in the interface language, besides the field labels. */
export interface ProQuestUiWords {
  /** The full text's label, without its colon: `Full text`, `Volltext`, `Texte intégral`. */
  fullText: string;
  /** The document counter's words: `Document` … `of`, `Dokument` … `von`. */
  document: string;
  of: string;
}

const ENGLISH: ProQuestUiWords = { fullText: 'Full text', document: 'Document', of: 'of' };

const RULE = '_'.repeat(60);

/**
 * The plain-text export: a report header, a table of contents, then each document between rules of underscores.
 *
 * @example
 * ```ts
 * proquestText([doc]).startsWith('____'); // true
 * ```
 */
export function proquestText(documents: readonly ProQuestDocument[], lineEnd = '\n'): string {
  const out: string[] = [RULE, '', 'Report Information from ProQuest', 'December 4 2026 09:00', RULE, ''];
  out.push('Table of contents', '');
  for (const [i, doc] of documents.entries()) out.push(`${i + 1}. ${doc.headline}`);
  out.push('', RULE);
  documents.forEach((doc, i) => {
    const ui = doc.ui ?? ENGLISH;
    out.push('', `${ui.document} ${i + 1} ${ui.of} ${documents.length}`, '', doc.headline, '');
    for (const [label, value] of doc.before) out.push(`${label}: ${value}`, '');
    out.push(`${ui.fullText}: ${doc.paragraphs[0] ?? ''}`);
    for (const paragraph of doc.paragraphs.slice(1)) out.push('', paragraph);
    out.push('');
    for (const [label, value] of doc.after) out.push(`${label}: ${value}`);
    out.push(RULE);
  });
  out.push('', 'Contact ProQuest', 'Copyright 2026 ProQuest LLC. All rights reserved.', '');
  return out.join(lineEnd);
}

const P = '<p style="margin-bottom:5pt; margin-top:0; margin-right:0; margin-left:0; padding:0;">';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What varies between ProQuest's HTML layouts. */
export interface ProQuestHtmlOptions {
  /** `classic`: a `<div>` a document at the top level; `v2` (2023 e-mails): documents inside a layout table. */
  layout?: 'classic' | 'v2';
  /** The full text wraps its own `<html>` document, with the opening tag broken (`html&gt;`) in the given documents. */
  brokenHtmlIn?: readonly number[];
  /** A search-term highlight around the first word of each full text. */
  highlight?: boolean;
}

/** One document as ProQuest's HTML prints it: the headline in bold, `<strong>Label:</strong>` paragraphs, the full text inside `<text>`. */
function proquestHtmlDocument(doc: ProQuestDocument, index: number, options: ProQuestHtmlOptions): string {
  const id = doc.id ?? doc.after.find(([label]) => label === 'ProQuest document ID')?.[1] ?? String(index);
  const out = [`<div style="margin-bottom:20pt;padding-bottom:5pt"><a name="DocID_MSTAR_${id}"></a>${P}</p>`];
  out.push(`<p style="font-size:11pt;font-weight:bold;">${escapeHtml(doc.headline)}</p>`);
  for (const [label, value] of doc.before) {
    if (label === 'Abstract' && options.layout !== 'v2') {
      // The classic layout puts the abstract in the paragraph after its label.
      out.push(`${P}<strong>Abstract:  </strong></p>`, `${P}${escapeHtml(value)}</p>`);
    } else out.push(`${P}<strong>${label}:  </strong>${escapeHtml(value)}</p>`);
    if (label === 'Author')
      out.push(`${P}<a href="https://www.proquest.com/docview/${id}">ProQuest document link</a></p>`);
  }
  out.push(
    '<div style="clear:both"></div><div style="display:inline;float:left"><strong>Links: </strong><a href="https://links.invalid/">Find it</a></div><div style="clear:both"></div>',
  );
  const broken = options.brokenHtmlIn?.includes(index) ?? false;
  const words = doc.paragraphs.map((paragraph) => escapeHtml(paragraph));
  if (options.highlight && words[0] !== undefined)
    words[0] = words[0].replace(/^(\S+)/, '<span class="hit">$1</span>');
  const wordCount = doc.paragraphs.join(' ').split(/\s+/).length;
  out.push(
    `${P}<strong>${(doc.ui ?? ENGLISH).fullText}: </strong><text wordcount="${wordCount}" htmlcontent="true">${broken ? 'html&gt;' : '<html>'}<head><meta name="ValidationSchema" content="x"><title></title></head><body><div>`,
    ...words.map((paragraph) => `<p>${paragraph}</p>`),
    `</div></body></html></text></p>`,
  );
  for (const [label, value] of doc.after) out.push(`${P}<strong>${label}: </strong>${escapeHtml(value)}</p>`);
  out.push('</div>');
  return out.join('\n');
}

/**
 * ProQuest's HTML results page (or an e-mail's HTML part): a copyright table, `Email 1 of 1`, then the documents, then a footer.
 *
 * @example
 * ```ts
 * proquestHtml([doc], { layout: 'v2' }).includes('DocID_MSTAR_'); // true
 * ```
 */
export function proquestHtml(
  documents: readonly ProQuestDocument[],
  options: ProQuestHtmlOptions = {},
): string {
  const body = documents.map((doc, i) => proquestHtmlDocument(doc, i + 1, options)).join('\n');
  const head =
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Document Email</title><style>.hit{background:#ddd}</style><script>window.saveas()</script></head>';
  if (options.layout === 'v2')
    return `${head}<body><table class="body"><tr><td class="container"><div class="content"><table class="main"><tr><td class="wrapper"><table><tr><td>${body}</td></tr></table></td></tr></table></div></td></tr></table><div class="copyright">Copyright 2026 ProQuest LLC. All rights reserved.</div></body></html>`;
  return `${head}<body><table><tr><td>Copyright 2026 ProQuest LLC. All rights reserved.</td></tr></table><div class="mainCopyBlock">A reader sent you the following ProQuest documents.</div><p>Email 1 of 1</p>\n${body}\n<div class="copyright">Contact ProQuest. Copyright 2026 ProQuest LLC.</div></body></html>`;
}

/** Quoted-printable, lines cut at 76 characters with soft breaks. */
function quotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    const piece =
      byte === 0x0a
        ? '\n'
        : byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09)
          ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
          : char;
    if (piece === '\n') {
      lines.push(line);
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** How an invented results mail is written. */
export interface ProQuestEmailOptions extends ProQuestHtmlOptions {
  transfer?: 'quoted-printable' | 'base64';
  /** The HTML part inside a forwarded message (`message/rfc822`). */
  forwarded?: boolean;
  from?: string;
}

/**
 * A ProQuest results e-mail (`.eml`): multipart/mixed with the HTML part and a logo image.
 *
 * @example
 * ```ts
 * proquestEmail([doc], { transfer: 'base64' }).startsWith('Received:'); // true
 * ```
 */
export function proquestEmail(
  documents: readonly ProQuestDocument[],
  options: ProQuestEmailOptions = {},
): string {
  const html = proquestHtml(documents, options);
  const transfer = options.transfer ?? 'quoted-printable';
  const encoded =
    transfer === 'base64'
      ? (
          Buffer.from(html, 'utf8')
            .toString('base64')
            .match(/.{1,76}/g) ?? []
        ).join('\r\n')
      : quotedPrintable(html);
  const boundary = '----=_Part_1234_5678.9012';
  const mixed = [
    `Content-Type: multipart/mixed;\r\n\tboundary="${boundary}"`,
    'MIME-Version: 1.0',
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="UTF-8"',
    `Content-Transfer-Encoding: ${transfer}`,
    '',
    encoded,
    `--${boundary}`,
    'Content-Type: image/gif; name="logo.gif"',
    'Content-Transfer-Encoding: base64',
    '',
    'R0lGODlhAQABAAAAACw=',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const from = options.from ?? 'noreply@proquest.com';
  const head = [
    'Received: by 127.0.0.1 with SMTP id invented;',
    '        Fri, 4 Dec 2026 09:00:00 +0000',
    `From: ${from}`,
    'To: reader@example.invalid',
    'Subject: Your ProQuest Research',
    'Date: Fri, 4 Dec 2026 09:00:00 +0000',
  ].join('\r\n');
  if (!options.forwarded) return `${head}\r\n${mixed}`;
  const outer = 'outer-boundary-42';
  return [
    'From: colleague@example.invalid',
    'Subject: Fwd: Your ProQuest Research',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${outer}"`,
    '',
    `--${outer}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'See below.',
    `--${outer}`,
    'Content-Type: message/rfc822',
    '',
    `${head}\r\n${mixed}`,
    `--${outer}--`,
    '',
  ].join('\r\n');
}
