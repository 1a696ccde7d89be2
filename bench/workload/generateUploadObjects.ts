import { createRandom } from '../corpus/createRandom';
import { inventSizedText } from './inventSizedText';
import type { UploadObject, UploadWorkload } from './types';

const encoder = new TextEncoder();

/**
 * Generates a deterministic upload of 4 KB articles: one-article files (PressReader and plain text,
 * alternating) under `single/`, and Nexis exports of `documentsPerExport` documents under `exports/`.
 * Every article is invented word salad; no real text.
 *
 * @example
 * ```ts
 * const objects = generateUploadObjects({ seed: 9, singleFiles: 5_000, exports: 50, documentsPerExport: 100 });
 * ```
 */
export function generateUploadObjects(workload: UploadWorkload): UploadObject[] {
  const random = createRandom(workload.seed);
  const objects: UploadObject[] = [];
  for (let i = 0; i < workload.singleFiles; i++) {
    const format = i % 2 === 0 ? 'pressreader' : 'plain';
    objects.push({
      key: `single/${String(i).padStart(6, '0')}.txt`,
      kind: 'single',
      bytes: encoder.encode(inventSizedText(random, format)),
      articleCount: 1,
    });
  }
  for (let i = 0; i < workload.exports; i++) {
    const total = workload.documentsPerExport;
    const documents = Array.from({ length: total }, (_, index) =>
      inventSizedText(random, 'nexis', index + 1, total),
    );
    objects.push({
      key: `exports/${String(i).padStart(4, '0')}.txt`,
      kind: 'export',
      bytes: encoder.encode(documents.join('\n')),
      articleCount: total,
    });
  }
  return objects;
}
