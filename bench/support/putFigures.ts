type Figures = Record<string, unknown>;

const isFigures = (value: unknown): value is Figures => typeof value === 'object' && value !== null;

/**
 * Puts a suite's figures at its dotted key of the results. Figures that another suite wrote inside it (they
 * carry their own `measuredAt`, as `parser.accuracy` inside `parser`) are kept, so neither suite erases the
 * other's.
 *
 * @example
 * ```ts
 * const results = { parser: { mbPerSecond: 57, accuracy: { measuredAt: '…', valued: {} } } };
 * putFigures(results, 'parser', { mbPerSecond: 61, measuredAt: '…' });
 * results.parser; // { accuracy: { measuredAt: '…', valued: {} }, mbPerSecond: 61, measuredAt: '…' }
 * ```
 */
export function putFigures(results: Figures, key: string, figures: Figures): void {
  const path = key.split('.');
  let parent = results;
  for (const name of path.slice(0, -1)) {
    const next = parent[name];
    parent = parent[name] = isFigures(next) ? next : {};
  }
  const last = path.at(-1)!;
  const previous = parent[last];
  const nested = isFigures(previous)
    ? Object.entries(previous).filter(([, value]) => isFigures(value) && 'measuredAt' in value)
    : [];
  parent[last] = { ...Object.fromEntries(nested), ...figures };
}
