import { escapeHtml } from './escapeHtml';

/** Markup that is already safe: produced by {@link html} or by a page's own code. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | null | undefined | readonly Interpolated[];

/**
 * A tagged template that escapes every interpolated value unless it is {@link SafeHtml} (arrays are
 * joined), so a page cannot forget to escape a field.
 *
 * @example
 * html`<h1>${article.headline}</h1>`.value; // '<h1>&lt;script&gt;…</h1>' for a hostile headline
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: Interpolated): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value as string | number | null | undefined);
}
