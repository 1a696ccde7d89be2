import type { KeyState, KeyStatus } from '../types';

const ORDER: readonly KeyState[] = ['PARSED', 'REJECTED', 'FAILED', 'DELETED', 'PROCESSING', 'PENDING'];

/**
 * One line that counts keys by state: `12 keys: 10 parsed (34 articles), 1 rejected, 1 pending`.
 *
 * @example
 * summarizeStatuses(statuses); // '3 keys: 3 parsed (5 articles)'
 */
export function summarizeStatuses(statuses: readonly KeyStatus[]): string {
  const counts = new Map<KeyState, number>();
  let articles = 0;
  for (const status of statuses) {
    counts.set(status.state, (counts.get(status.state) ?? 0) + 1);
    if (status.state === 'PARSED') articles += status.articleCount ?? 0;
  }
  const parts = ORDER.filter((state) => counts.has(state)).map((state) => {
    const count = counts.get(state) ?? 0;
    const label = `${count} ${state.toLowerCase()}`;
    return state === 'PARSED' ? `${label} (${articles} article${articles === 1 ? '' : 's'})` : label;
  });
  return `${statuses.length} key${statuses.length === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
