import { isEuropresseHtml } from '../europresse/isEuropresseHtml';
import { isFactivaHtml } from '../factiva/isFactivaHtml';
import { isIntegrumHtml } from '../integrum/isIntegrumHtml';
import { isClassicNexisHtml } from '../nexisHtml/isClassicNexisHtml';
import { isProQuestHtml } from '../proquest/isProQuestHtml';
import type { HtmlReaderEntry } from './types';

/**
 * The vendor HTML readers, tried in order on a decoded HTML upload: the first whose `detect` finds its
 * markers reads it. Adding a vendor is one entry here: its marker test, and its reader loaded on demand.
 *
 * @example
 * ```ts
 * const entry = HTML_READERS.find((reader) => reader.detect(html.text));
 * const reader = await entry?.load();
 * ```
 */
export const HTML_READERS: readonly HtmlReaderEntry[] = [
  {
    name: 'classic LexisNexis',
    detect: isClassicNexisHtml,
    load: async () => (await import('../nexisHtml/classicNexisHtmlReader')).classicNexisHtmlReader,
  },
  {
    name: 'Factiva',
    detect: isFactivaHtml,
    load: async () => (await import('../factiva/factivaHtmlReader')).factivaHtmlReader,
  },
  {
    name: 'ProQuest',
    detect: isProQuestHtml,
    load: async () => (await import('../proquest/proquestHtmlReader')).proquestHtmlReader,
  },
  {
    name: 'Europresse',
    detect: isEuropresseHtml,
    load: async () => (await import('../europresse/europresseHtmlReader')).europresseHtmlReader,
  },
  {
    name: 'Integrum',
    detect: isIntegrumHtml,
    load: async () => (await import('../integrum/integrumHtmlReader')).integrumHtmlReader,
  },
];
