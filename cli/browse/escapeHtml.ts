const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values: every field a page shows goes
 * through it, so a headline of `<script>` or `"><img onerror=…>` is shown as text.
 *
 * @example
 * escapeHtml('"><img src=x onerror=alert(1)>'); // '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (character) => REPLACEMENTS[character] ?? character);
}
