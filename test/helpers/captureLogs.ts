/**
 * Captures the JSON log lines Powertools Logger writes to stdout and stderr (recognised by their
 * `service`), so tests can read them and the run stays quiet; other output passes through. Returns the
 * captured lines and a function that restores both streams.
 *
 * @example
 * ```ts
 * const logs = captureLogs('article-pipeline');
 * // ...
 * logs.restore();
 * expect(logs.lines.some((line) => line.includes('"key"'))).toBe(true);
 * ```
 */
export function captureLogs(service: string): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const marker = `"service":"${service}"`;
  const restores = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (!text.includes(marker)) return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      lines.push(...text.split('\n').filter((line) => line.trim() !== ''));
      return true;
    }) as typeof stream.write;
    return () => {
      stream.write = write;
    };
  });
  return {
    lines,
    restore() {
      for (const restore of restores) restore();
    },
  };
}
