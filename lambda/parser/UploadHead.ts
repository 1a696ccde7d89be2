import { Buffer } from 'node:buffer';
import { detectUtf16 } from './detectUtf16';

/** How far into an upload the format sniffers look: a cover page or a big style block can come first. */
const HEAD_BYTES = 65_536;

/**
 * The first {@link HEAD_BYTES} of an upload as the format sniffers read them, each view made once, when
 * a sniffer first asks for it: {@link pickReader} asks five sniffers of every upload, and each decoding
 * its own 64 KiB cost more than the parse of a small file's headline.
 *
 * @example
 * ```ts
 * const head = new UploadHead(new TextEncoder().encode('HD\nFerry fares rise\n'));
 * head.latin1.startsWith('HD'); // true
 * sniffFactiva(head); sniffVendor(head); // both read the one decoded head
 * ```
 */
export class UploadHead {
  /** The upload's first bytes. */
  readonly head: Uint8Array;
  private readonly headBuffer: Buffer;
  private latin1Text: string | undefined;
  private utf16Order: 'utf-16le' | 'utf-16be' | null | undefined;
  private markerText: string | undefined;

  /** @param bytes the whole upload (some checks, such as {@link sniffBytes}, read past the head). */
  constructor(readonly bytes: Uint8Array) {
    this.head = bytes.subarray(0, HEAD_BYTES);
    this.headBuffer = Buffer.from(this.head.buffer, this.head.byteOffset, this.head.byteLength);
  }

  /**
   * Whether the head holds an ASCII marker, as `latin1.includes(marker)` says, searched in the bytes
   * without decoding them: most uploads hold none of the markers a sniffer needs and are never decoded.
   */
  holds(marker: string): boolean {
    if (this.latin1Text !== undefined) return this.latin1Text.includes(marker);
    return this.headBuffer.indexOf(marker, 0, 'latin1') !== -1;
  }

  /** The head read as Latin-1: every byte one character, so ASCII markers read alike in UTF-8 and Windows-1252. */
  get latin1(): string {
    this.latin1Text ??= this.headBuffer.toString('latin1');
    return this.latin1Text;
  }

  /** The head's UTF-16 byte order, or null when it is no UTF-16 ({@link detectUtf16}). */
  get utf16(): 'utf-16le' | 'utf-16be' | null {
    if (this.utf16Order === undefined) this.utf16Order = detectUtf16(this.head);
    return this.utf16Order;
  }

  /** The head as text for ASCII markers: decoded as UTF-16 when it is, else {@link latin1}. */
  get text(): string {
    const utf16 = this.utf16;
    if (utf16 === null) return this.latin1;
    this.markerText ??= new TextDecoder(utf16).decode(this.head);
    return this.markerText;
  }
}
