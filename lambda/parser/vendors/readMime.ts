import { ParseRejectionError } from '../errors';
import { MAX_MIME_DEPTH, MAX_MIME_PART_BYTES, MAX_MIME_PARTS } from './mimeLimits';

/** The HTML part of an e-mail, transfer encoding undone, with the charset its header declares. */
export interface MimeHtml {
  bytes: Uint8Array;
  /** The `charset` parameter of its Content-Type, lower case; null when none. */
  charset: string | null;
  /** Whether the message (or a message it forwards) says it comes from ProQuest. */
  fromProQuest: boolean;
}

interface Part {
  headers: Map<string, string>;
  /** The body, as Latin-1 text of its bytes. */
  body: string;
}

/** Headers up to the first blank line, folded lines joined; the rest is the body. */
function splitPart(text: string): Part {
  const blank = /\r?\n\r?\n/.exec(text);
  const head = blank === null ? text : text.slice(0, blank.index);
  const body = blank === null ? '' : text.slice(blank.index + blank[0].length);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** `text/html; charset="UTF-8"` → the type and a parameter. */
function parameterOf(value: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match === null ? null : (match[1] ?? match[2] ?? null);
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) {
      const next = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        out[length++] = Number.parseInt(next, 16);
        i += 2;
        continue;
      }
      // A soft line break: `=` at a line's end, white space allowed before it.
      const soft = /^[ \t]*\r?\n/.exec(text.slice(i + 1, i + 80));
      if (soft !== null) {
        i += soft[0].length;
        continue;
      }
    }
    out[length++] = code & 0xff;
  }
  return out.subarray(0, length);
}

function decodeBody(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body, 'latin1');
}

const PROQUEST_SENDER = /proquest/i;

/**
 * Finds the HTML part of an e-mail (an `.eml` file: RFC 5322 headers, MIME multiparts, forwarded
 * `message/rfc822` parts), read by hand with no library: boundaries, quoted-printable and base64. Capped
 * against MIME bombs: more than {@link MAX_MIME_PARTS} parts is `TOO_MANY_PARTS`, nesting past
 * {@link MAX_MIME_DEPTH} is `NESTED_TOO_DEEP`, a part whose encoded body is over
 * {@link MAX_MIME_PART_BYTES} is `PART_TOO_LARGE`; no part but the HTML one (images, attachments) is decoded.
 * Null when the e-mail has no HTML part.
 *
 * @throws {ParseRejectionError} for a capped e-mail.
 * @example
 * ```ts
 * readMime(emlBytes)?.charset; // 'utf-8'
 * ```
 */
export function readMime(bytes: Uint8Array): MimeHtml | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  let parts = 0;
  let fromProQuest = false;
  const visit = (part: Part, depth: number): MimeHtml | null => {
    if (++parts > MAX_MIME_PARTS)
      throw new ParseRejectionError('TOO_MANY_PARTS', `The e-mail holds more than ${MAX_MIME_PARTS} parts.`);
    if (depth > MAX_MIME_DEPTH)
      throw new ParseRejectionError(
        'NESTED_TOO_DEEP',
        `The e-mail nests parts more than ${MAX_MIME_DEPTH} levels deep.`,
      );
    const from = `${part.headers.get('from') ?? ''} ${part.headers.get('subject') ?? ''}`;
    fromProQuest ||= PROQUEST_SENDER.test(from);
    const type = part.headers.get('content-type') ?? 'text/plain';
    const mediaType = type.split(';')[0]!.trim().toLowerCase();
    if (mediaType.startsWith('multipart/')) {
      const boundary = parameterOf(type, 'boundary');
      if (boundary === null || boundary === '') return null;
      const delimiter = `--${boundary}`;
      let found: MimeHtml | null = null;
      // Parts lie between delimiter lines; the preamble and the epilogue are no part. Found one by one, so a
      // bomb of many parts stops at the cap before it is all split.
      let at = part.body.indexOf(delimiter);
      while (at !== -1) {
        const start = at + delimiter.length;
        if (part.body.startsWith('--', start)) break;
        const next = part.body.indexOf(delimiter, start);
        const piece = part.body.slice(start, next === -1 ? part.body.length : next);
        const inner = visit(splitPart(piece.replace(/^[ \t]*\r?\n/, '')), depth + 1);
        found ??= inner;
        at = next;
      }
      return found;
    }
    if (mediaType === 'message/rfc822') return visit(splitPart(part.body), depth + 1);
    if (part.body.length > MAX_MIME_PART_BYTES)
      throw new ParseRejectionError(
        'PART_TOO_LARGE',
        `The e-mail has a ${mediaType} part of ${part.body.length} bytes encoded, over the ${MAX_MIME_PART_BYTES}-byte limit.`,
      );
    if (mediaType !== 'text/html') return null;
    return {
      bytes: decodeBody(part),
      charset: parameterOf(type, 'charset')?.toLowerCase() ?? null,
      fromProQuest,
    };
  };
  const html = visit(splitPart(text), 0);
  return html === null ? null : { ...html, fromProQuest };
}
