import { describe, expect, it } from 'vitest';
import type { KeyStatus } from '../../cli/types';
import { alarmsInAlarm } from '../../scripts/acceptance/alarmsInAlarm';
import { checkKeyStatuses } from '../../scripts/acceptance/checkKeyStatuses';
import type { AcceptanceFile } from '../../scripts/acceptance/types';

describe('alarmsInAlarm', () => {
  it("passes a new stack's alarms, which start with insufficient data", () => {
    const result = alarmsInAlarm([
      { name: 'FailedMessages', state: 'INSUFFICIENT_DATA' },
      { name: 'OldestMessageAge', state: 'OK' },
    ]);
    expect(result).toMatchObject({ ok: true, detail: '2 alarms: 1 OK, 1 INSUFFICIENT_DATA, 0 ALARM' });
  });

  it('fails naming the alarms in ALARM', () => {
    const result = alarmsInAlarm([
      { name: 'FailedMessages', state: 'ALARM' },
      { name: 'OldestMessageAge', state: 'OK' },
    ]);
    expect(result).toMatchObject({ ok: false, detail: 'in ALARM: FailedMessages' });
  });

  it('fails a stack with no alarms at all, and passes local mode, which has none to have', () => {
    expect(alarmsInAlarm([]).ok).toBe(false);
    expect(alarmsInAlarm(undefined).ok).toBe(true);
  });
});

describe('checkKeyStatuses', () => {
  const files: AcceptanceFile[] = [
    { name: 'a.txt', expectedState: 'PARSED', expectedArticles: 2 },
    { name: 'bad.txt', expectedState: 'REJECTED', expectedArticles: 0 },
  ];
  const status = (key: string, state: KeyStatus['state'], articleCount: number | null): KeyStatus => ({
    key,
    state,
    articleCount,
    detail: null,
    parserVersion: null,
    processedAt: null,
  });

  it('passes when every key is in its state with its article count', () => {
    const results = checkKeyStatuses(
      [status('p/a.txt', 'PARSED', 2), status('p/bad.txt', 'REJECTED', null)],
      files,
      'p/',
    );
    expect(results.map((result) => result.ok)).toEqual([true, true]);
  });

  it('fails a wrong article count, a missing key and an unexpected key', () => {
    const results = checkKeyStatuses(
      [status('p/a.txt', 'PARSED', 1), status('p/other.txt', 'PARSED', 1)],
      files,
      'p/',
    );
    expect(results.map((result) => [result.name, result.ok])).toEqual([
      ['a.txt is PARSED with 2 article(s)', false],
      ['bad.txt is REJECTED', false],
      ['no other key under the prefix', false],
    ]);
  });
});
