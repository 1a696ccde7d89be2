import type { ZipEntry, ZipKind } from './types';

/** Readable names of the archive kinds that are not read, for rejection messages. */
export const ZIP_KIND_NAMES: Readonly<Record<ZipKind, string>> = {
  docx: 'DOCX (Word document)',
  xlsx: 'XLSX (Excel workbook)',
  pptx: 'PPTX (PowerPoint presentation)',
  ooxml: 'an Office Open XML document other than DOCX',
  opendocument: 'OpenDocument',
  epub: 'EPUB',
  zip: 'ZIP archive',
};

/**
 * Tells what a ZIP is from its member names: a DOCX (`word/document.xml`), another Office Open XML
 * document, OpenDocument, EPUB, or a plain archive of files.
 *
 * @example
 * ```ts
 * classifyZip(listZipEntries(bytes, 10_000)); // 'docx'
 * ```
 */
export function classifyZip(entries: readonly ZipEntry[]): ZipKind {
  const names = new Set(entries.map((entry) => entry.name));
  const ooxml = names.has('[Content_Types].xml');
  if (ooxml && names.has('word/document.xml')) return 'docx';
  if (ooxml && entries.some((entry) => entry.name.startsWith('xl/'))) return 'xlsx';
  if (ooxml && entries.some((entry) => entry.name.startsWith('ppt/'))) return 'pptx';
  if (ooxml && entries.some((entry) => entry.name.startsWith('word/'))) return 'docx';
  if (ooxml) return 'ooxml';
  if (names.has('META-INF/container.xml') && names.has('mimetype')) return 'epub';
  if (names.has('META-INF/manifest.xml') && names.has('mimetype')) return 'opendocument';
  return 'zip';
}
