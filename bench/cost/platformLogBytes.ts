/**
 * Bytes of the records Lambda itself writes to the function's log group for one invocation in JSON log
 * format at system log level INFO: `platform.start`, `platform.runtimeDone` and `platform.report`, with
 * the X-Ray fields that active tracing adds. Built from the documented record shapes with realistic ids
 * and values, then measured, rather than a guessed constant.
 *
 * @example
 * ```ts
 * platformLogBytes({ durationMs: 812.4, memorySizeMb: 1024, maxMemoryUsedMb: 187 }).bytes; // about 900
 * ```
 */
export function platformLogBytes(invocation: {
  durationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
}): { bytes: number; records: number } {
  const time = '2026-11-26T08:00:00.000Z';
  const requestId = '6d68ca91-49c9-448d-89b8-7ca3e6dc66aa';
  const tracing = {
    spanId: '5e3a1c2b7d4f6a8b',
    type: 'X-Amzn-Trace-Id',
    value: 'Root=1-6745e0c0-3f5a2b1c4d6e8f0a1b2c3d4e;Parent=5e3a1c2b7d4f6a8b;Sampled=1',
  };
  const durationMs = Number(invocation.durationMs.toFixed(3));
  const records = [
    { time, type: 'platform.start', record: { requestId, version: '$LATEST', tracing } },
    {
      time,
      type: 'platform.runtimeDone',
      record: {
        requestId,
        status: 'success',
        tracing,
        spans: [{ name: 'responseLatency', start: time, durationInMs: 0.543 }],
        metrics: { durationMs, producedBytes: 27 },
      },
    },
    {
      time,
      type: 'platform.report',
      record: {
        requestId,
        metrics: {
          durationMs,
          billedDurationMs: Math.ceil(durationMs),
          memorySizeMB: invocation.memorySizeMb,
          maxMemoryUsedMB: Math.round(invocation.maxMemoryUsedMb),
        },
        tracing,
        status: 'success',
      },
    },
  ];
  return {
    bytes: records.reduce((sum, record) => sum + Buffer.byteLength(JSON.stringify(record), 'utf8'), 0),
    records: records.length,
  };
}
