/**
 * The CPU time (user + system, in ms) that `work` takes, awaited: what the parser suites compare, since CPU
 * time is steadier than wall time on a shared machine.
 *
 * @example
 * ```ts
 * const ms = await cpuMs(() => parseEveryDocument(bytes, 1_000));
 * ```
 */
export async function cpuMs(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
