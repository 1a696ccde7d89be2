/** Types of the container layer: ZIP listings, caps, and what a container hands to a layout reader. */
import type { ArticleContainer, Rejection } from '../types';

/** Caps on what a ZIP or DOCX may inflate to; every one is a parser option. */
export interface ContainerLimits {
  /** Total bytes inflated from all members of one upload. */
  maxInflatedBytes: number;
  /** Members one archive may list. */
  maxMembers: number;
  /** Inflated-to-compressed ratio a member over {@link RATIO_FLOOR_BYTES} may have. */
  maxCompressionRatio: number;
}

/** One member of a ZIP, as its central directory lists it. */
export interface ZipEntry {
  /** The path, decoded from UTF-8 (flag bit 11 or the Info-ZIP Unicode Path field) or CP437. */
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the member's local header. */
  localHeaderOffset: number;
}

/** What kind of archive a ZIP is, told by its member names. */
export type ZipKind = 'docx' | 'xlsx' | 'pptx' | 'ooxml' | 'opendocument' | 'epub' | 'zip';

/** A DOCX's text: its lines, and the Nexis document ids its paragraphs link to, by line. */
export interface DocxText {
  lines: string[];
  /** Line number → the Nexis document id (`urn:contentItem:` id) that line's paragraph links to. */
  links: ReadonlyMap<number, string>;
}

/** The text lines of one document file found in an upload, with where it sits. */
export interface ContainerLines extends DocxText {
  kind: 'lines';
  container: ArticleContainer;
}

/** The raw bytes of a ZIP member that is not a container itself (a TXT export), for the text parser. */
export interface ContainerFile {
  kind: 'file';
  container: ArticleContainer;
  bytes: Uint8Array;
}

/** A member (or the whole upload, without `member`) that could not be read, and why. */
export interface ContainerRejection {
  kind: 'rejected';
  member?: string;
  rejection: Rejection;
}

/** One step of reading a container, in member-name order. */
export type ContainerPart = ContainerLines | ContainerFile | ContainerRejection;

/** Callbacks of {@link XmlTokenizer}: element starts and ends, and decoded character data. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}
