import { XmlTokenizer } from '../containers/XmlTokenizer';
import { ParseRejectionError } from '../errors';
import { FactivaXmlCollector } from './FactivaXmlCollector';
import type { FactivaRecord } from './types';

/**
 * Reads the documents of a Factiva XML export (`ppsarticle`/`article`), one at a time, from its lines.
 * The container layer's tokenizer reads it: no DTD, no entity but XML's own, so no entity bomb or
 * external entity can exist. Broken XML is rejected as a Factiva XML export, naming what broke.
 *
 * @throws {ParseRejectionError} `MALFORMED_EXPORT` for broken XML, `UNRECOGNIZED_LAYOUT` when no `article` is in it.
 * @example
 * ```ts
 * for (const record of factivaXmlRecords(lines)) console.log(record.fields.length);
 * ```
 */
export function* factivaXmlRecords(lines: readonly string[]): Generator<FactivaRecord, void, undefined> {
  const collector = new FactivaXmlCollector();
  const tokenizer = new XmlTokenizer('the Factiva XML export', collector);
  try {
    for (let i = 0; i < lines.length; i++) {
      collector.line = i;
      // The line end on its own: `${line}\n` would copy every line (the tokenizer's search flattens it).
      tokenizer.write(lines[i]!);
      if (i + 1 < lines.length) tokenizer.write('\n');
      while (collector.done.length > 0) yield collector.done.shift()!;
    }
    tokenizer.end();
  } catch (error) {
    if (!(error instanceof ParseRejectionError)) throw error;
    const what = error.message
      .replace(/^The XML of the Factiva XML export is corrupt: /, '')
      .replace(/\.$/, '');
    throw new ParseRejectionError(
      'MALFORMED_EXPORT',
      `The file looks like a Factiva XML export, but its XML is broken near line ${collector.line + 1}: ${what}.`,
    );
  }
  if (collector.articles === 0) {
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file looks like a Factiva XML export (ppsarticle), but holds no <article> element to read.',
    );
  }
}
