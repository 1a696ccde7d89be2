import type { KeyStatus } from '../../cli/types';
import type { AcceptanceFile, CheckResult } from './types';

/**
 * Compares what `status --json` printed for the uploaded files with what each must become: one check per
 * file (its state and, when parsed, its article count), failing for a key that is missing or unexpected.
 *
 * @example
 * ```ts
 * checkKeyStatuses(statuses, files, 'acceptance/run-1/');
 * ```
 */
export function checkKeyStatuses(
  statuses: readonly KeyStatus[],
  files: readonly AcceptanceFile[],
  prefix: string,
): CheckResult[] {
  const results = files.map((file): CheckResult => {
    const key = `${prefix}${file.name}`;
    const status = statuses.find((candidate) => candidate.key === key);
    const name = `${file.name} is ${file.expectedState}${file.expectedState === 'PARSED' ? ` with ${file.expectedArticles} article(s)` : ''}`;
    if (status === undefined) return { name, ok: false, detail: `no status for ${key}` };
    const ok =
      status.state === file.expectedState &&
      (file.expectedState !== 'PARSED' || status.articleCount === file.expectedArticles);
    return {
      name,
      ok,
      detail: `${status.state}, ${status.articleCount ?? 0} article(s)${status.detail ? `: ${status.detail}` : ''}`,
    };
  });
  const expected = new Set(files.map((file) => `${prefix}${file.name}`));
  const unexpected = statuses.filter((status) => !expected.has(status.key)).map((status) => status.key);
  if (unexpected.length > 0) {
    results.push({ name: 'no other key under the prefix', ok: false, detail: unexpected.join(', ') });
  }
  return results;
}
