import { ParseRejectionError } from '../errors';
import { classifyZip, ZIP_KIND_NAMES } from './classifyZip';
import { InflateBudget } from './InflateBudget';
import { inflateEntry } from './inflateEntry';
import { MAX_ZIP_DEPTH } from './limits';
import { listZipEntries } from './listZipEntries';
import { readDocxLines } from './readDocxLines';
import { sniffContainer } from './sniffContainer';
import type { ContainerLimits, ContainerPart, ZipEntry } from './types';

/** Members every archiver or OS adds that are never exports. */
function isNoise(name: string): boolean {
  return (
    name.endsWith('/') ||
    name.startsWith('__MACOSX/') ||
    /(^|\/)\.DS_Store$/.test(name) ||
    /(^|\/)Thumbs\.db$/i.test(name) ||
    /(^|\/)desktop\.ini$/i.test(name)
  );
}

/** Member formats the companion reader (RTF, PDF) adds; until it lands they are named, not guessed. */
function laterFormat(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'PDF';
  if (head.replace(/^\uFEFF|^ï»¿/, '').startsWith('{\\rtf')) return 'RTF';
  return null;
}

function rejectionOf(error: unknown, member: string): ContainerPart {
  if (error instanceof ParseRejectionError)
    return { kind: 'rejected', member, rejection: error.toRejection() };
  throw error;
}

function inflateWhole(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, limits: ContainerLimits) {
  const chunks: Uint8Array[] = [];
  let length = 0;
  inflateEntry(bytes, entry, budget, limits.maxCompressionRatio, (chunk) => {
    chunks.push(chunk.slice());
    length += chunk.length;
  });
  const whole = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

/** Caps on the whole upload: past one, no further member is read. */
const UPLOAD_CAPS: ReadonlySet<string> = new Set(['DECOMPRESSED_TOO_LARGE', 'TOO_MANY_MEMBERS']);

/** The parts of one ZIP member: a DOCX's lines, a nested ZIP's members, or its bytes for the text parser. */
function* readMember(
  bytes: Uint8Array,
  name: string,
  depth: number,
  budget: InflateBudget,
  limits: ContainerLimits,
  count: MemberCount,
): Generator<ContainerPart> {
  const sniff = sniffContainer(bytes);
  if (sniff === 'encrypted-office') {
    throw new ParseRejectionError('ENCRYPTED', `The member ${name} is a password-protected Office document.`);
  }
  if (sniff === 'zip') {
    const entries = listZipEntries(bytes, limits.maxMembers);
    const kind = classifyZip(entries);
    if (kind === 'docx') {
      const text = readDocxLines(bytes, entries, budget, limits.maxCompressionRatio, `The member ${name}`);
      yield { kind: 'lines', container: { kind: 'zip', member: name }, ...text };
      return;
    }
    if (kind !== 'zip') {
      throw new ParseRejectionError(
        'UNSUPPORTED_FORMAT',
        `The member ${name} is ${ZIP_KIND_NAMES[kind]}, a format the parser does not read.`,
      );
    }
    if (depth + 1 >= MAX_ZIP_DEPTH) {
      throw new ParseRejectionError(
        'NESTED_TOO_DEEP',
        `The member ${name} is a ZIP inside a ZIP inside the upload; one level of nesting is read.`,
      );
    }
    yield* readMembers(bytes, entries, `${name}/`, depth + 1, budget, limits, count);
    return;
  }
  const later = laterFormat(bytes);
  if (later !== null) {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The member ${name} is ${later}, which the parser does not read yet; export DOCX instead.`,
    );
  }
  yield { kind: 'file', container: { kind: 'zip', member: name }, bytes };
}

/** Members read so far in the whole upload, nested ZIPs included, against `maxMembers`. */
interface MemberCount {
  read: number;
}

function* readMembers(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  prefix: string,
  depth: number,
  budget: InflateBudget,
  limits: ContainerLimits,
  count: MemberCount,
): Generator<ContainerPart> {
  for (const entry of entries) {
    if (isNoise(entry.name)) continue;
    count.read++;
    if (count.read > limits.maxMembers) {
      throw new ParseRejectionError(
        'TOO_MANY_MEMBERS',
        `The ZIP archive and the ZIPs in it hold more than the ${limits.maxMembers}-member limit.`,
      );
    }
    const name = prefix + entry.name;
    let parts: ContainerPart[];
    try {
      // Collected per member so a member that fails half-way gives a rejection, not half its documents.
      parts = [...readMember(inflateWhole(bytes, entry, budget, limits), name, depth, budget, limits, count)];
    } catch (error) {
      // The whole-upload caps stop everything: the members after them would each fail the same way.
      if (error instanceof ParseRejectionError && UPLOAD_CAPS.has(error.code)) throw error;
      parts = [rejectionOf(error, name)];
    }
    yield* parts;
  }
}

/**
 * Reads a ZIP upload (a DOCX, or a bundle of exports) into the parts the layout readers take: the text
 * lines of each DOCX, the bytes of each other member (a TXT export), and a rejection for each member that
 * cannot be read, in member-name order. One ZIP may nest inside the upload; every byte inflated counts
 * against `limits.maxInflatedBytes`.
 *
 * @throws {ParseRejectionError} when the upload itself cannot be read: corrupt, over a cap, encrypted,
 *   an Office document other than DOCX.
 * @example
 * ```ts
 * for (const part of readContainer(bytes, { maxInflatedBytes: 1 << 27, maxMembers: 10_000, maxCompressionRatio: 200 })) {
 *   if (part.kind === 'lines') console.log(part.container, part.lines.length);
 * }
 * ```
 */
export function* readContainer(bytes: Uint8Array, limits: ContainerLimits): Generator<ContainerPart> {
  const sniff = sniffContainer(bytes);
  if (sniff === 'encrypted-office') {
    throw new ParseRejectionError(
      'ENCRYPTED',
      'The file is a password-protected Office document; remove the password and upload it again.',
    );
  }
  if (sniff !== 'zip') throw new ParseRejectionError('UNSUPPORTED_FORMAT', 'The file is not a ZIP archive.');
  const budget = new InflateBudget(limits.maxInflatedBytes);
  const entries = listZipEntries(bytes, limits.maxMembers);
  const kind = classifyZip(entries);
  if (kind === 'docx') {
    yield {
      kind: 'lines',
      container: { kind: 'docx' },
      ...readDocxLines(bytes, entries, budget, limits.maxCompressionRatio, 'The DOCX'),
    };
    return;
  }
  if (kind !== 'zip') {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The file is ${ZIP_KIND_NAMES[kind]}, a format the parser does not read; export DOCX or plain text.`,
    );
  }
  yield* readMembers(bytes, entries, '', 0, budget, limits, { read: 0 });
}
