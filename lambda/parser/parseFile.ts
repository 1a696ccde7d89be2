import { contentHash } from './contentHash';
import { decodeChunks } from './decodeChunks';
import { detectFormat } from './detectFormat';
import { ParseRejectionError } from './errors';
import { finishArticle } from './finishArticle';
import { gunzipWithLimit } from './gunzipWithLimit';
import { DEFAULT_MAX_BYTES, SNIFF_TEXT_CHARS } from './limits';
import { linesOfChunks } from './linesOfChunks';
import { normalizeText } from './normalizeText';
import { parseNexisExport } from './parseNexisExport';
import { parsePlainText } from './parsePlainText';
import { parsePressReader } from './parsePressReader';
import { sniffBytes } from './sniffBytes';
import { sniffTextFormat } from './sniffTextFormat';
import type { ArticleDraft, ParseOptions, ParseResult, SourceFormat } from './types';

const NO_ARTICLE_MESSAGES: Readonly<Record<SourceFormat, string>> = {
  nexis: 'The Nexis export holds no document with any text.',
  'nexis-uni': 'The Nexis Uni export holds no document with any text.',
  pressreader: 'The PressReader page has no article body.',
  plain: 'The text holds no article: no body was found after the headline.',
};

function readDrafts(lines: readonly string[], format: SourceFormat): ArticleDraft[] {
  if (format === 'nexis') return parseNexisExport(lines);
  if (format === 'pressreader') return parsePressReader(lines);
  const draft = parsePlainText(lines, 0, lines.length);
  return draft === null ? [] : [draft];
}

/** The first characters of text given in pieces, as many as {@link sniffTextFormat} reads (pieces can normalize to nothing). */
function startOfText(chunks: readonly string[]): string {
  let start = '';
  for (const chunk of chunks) {
    if (start.length >= SNIFF_TEXT_CHARS) break;
    start += chunk.slice(0, SNIFF_TEXT_CHARS);
  }
  return start;
}

function parseOrThrow(input: Uint8Array, options: ParseOptions): ParseResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.length === 0) throw new ParseRejectionError('EMPTY', 'The file is empty.');
  if (input.length > maxBytes) {
    throw new ParseRejectionError(
      'TOO_LARGE',
      `The file is ${input.length} bytes, over the ${maxBytes}-byte limit.`,
    );
  }
  let bytes = input;
  let sniff = sniffBytes(bytes);
  const compressed = sniff.kind === 'gzip';
  if (compressed) {
    bytes = gunzipWithLimit(bytes, maxBytes);
    if (bytes.length === 0) throw new ParseRejectionError('EMPTY', 'The gzip file holds an empty file.');
    sniff = sniffBytes(bytes);
    if (sniff.kind === 'gzip') {
      throw new ParseRejectionError(
        'UNSUPPORTED_FORMAT',
        'The gzip file holds another gzip file; only one layer is read.',
      );
    }
  }
  const inside = compressed ? ' inside the gzip file' : '';
  if (sniff.kind === 'unsupported') {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The file${inside} is ${sniff.formatName}, a format the parser does not read yet; upload plain text.`,
    );
  }
  if (sniff.kind === 'binary') {
    throw new ParseRejectionError('BINARY', `The file${inside} is binary content, not text.`);
  }
  const decoded = decodeChunks(bytes);
  const { encoding } = decoded;
  const chunks = decoded.chunks.map(normalizeText);
  if (!chunks.some((chunk) => /\S/.test(chunk)))
    throw new ParseRejectionError('EMPTY', `The file${inside} holds only white space.`);
  const textFormat = sniffTextFormat(startOfText(chunks));
  if (textFormat !== null) {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The file${inside} is ${textFormat}, a format the parser does not read yet; upload plain text.`,
    );
  }
  const lines = linesOfChunks(chunks);
  const format = detectFormat(lines);
  const drafts = readDrafts(lines, format);
  if (drafts.length === 0) throw new ParseRejectionError('NO_ARTICLE', NO_ARTICLE_MESSAGES[format]);
  const enrich = options.enrich !== false;
  const articles = drafts.map((draft) =>
    finishArticle(draft, contentHash(lines, draft.lineSpan.start, draft.lineSpan.end), enrich),
  );
  return { ok: true, format, encoding, compressed, articles };
}

/**
 * Parses the bytes of one uploaded file into its articles: PressReader pages, Nexis exports (one
 * article per document) and plain text, in UTF-8, UTF-16 or Windows-1252, gzip-compressed or not.
 * Pure and linear in the input; it never throws: a file that gives no article comes back as a
 * rejection with a machine-readable code and a message naming the reason.
 *
 * @example
 * ```ts
 * const result = parseFile(await readFile('seeds/000_90b2515fab799f03.txt'));
 * if (result.ok) console.log(result.articles[0]?.headline); // 'Milley: US may work with Taliban to hit ISIS'
 * else console.error(result.rejection.code, result.rejection.message);
 * ```
 */
export function parseFile(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  try {
    return parseOrThrow(bytes, options);
  } catch (error) {
    if (error instanceof ParseRejectionError) return { ok: false, rejection: error.toRejection() };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      rejection: { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` },
    };
  }
}
