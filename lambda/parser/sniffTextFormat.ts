import { SNIFF_TEXT_CHARS } from './limits';

/**
 * Names a text-based format the parser does not read (HTML, XML, RTF), judged from the start of the
 * decoded text (its first {@link SNIFF_TEXT_CHARS} characters); null for anything else.
 *
 * @example
 * ```ts
 * sniffTextFormat('<!DOCTYPE html><html>…'); // 'HTML'
 * ```
 */
export function sniffTextFormat(text: string): string | null {
  const head = text.slice(0, SNIFF_TEXT_CHARS).trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) return 'RTF';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head'))
    return 'HTML';
  if (head.startsWith('<?xml')) return head.includes('<html') ? 'HTML' : 'XML';
  if (head.startsWith('<!doctype') || (head.startsWith('<') && head.includes('<body'))) return 'HTML';
  return null;
}
