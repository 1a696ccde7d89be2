import { html, type SafeHtml } from '../html';

/** An action waiting for confirmation. */
export interface PendingAction {
  /** `/reprocess` or `/redrive`. */
  path: string;
  title: string;
  /** What will happen, in sentences. */
  description: string;
  /** Form fields the POST repeats (the prefix). */
  fields: Record<string, string>;
}

/**
 * The confirmation page of an action: says what will happen and posts the run's token with the fields.
 *
 * @example
 * renderConfirm({ path: '/redrive', title: 'Redrive', description: '3 messages will move…', fields: {} }, token).value;
 */
export function renderConfirm(action: PendingAction, token: string): SafeHtml {
  return html`<h1>${action.title}</h1>
<p class="confirm">${action.description}</p>
<form method="post" action="${action.path}">
<input type="hidden" name="token" value="${token}">
${Object.entries(action.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<button type="submit">${action.title}</button> <a href="/">Cancel</a>
</form>`;
}
