import type { AlarmState, CheckResult } from './types';

/**
 * The check that no alarm fires: passes when no alarm is in `ALARM` (a new stack's alarms start in
 * `INSUFFICIENT_DATA`, and alarms that treat missing data as fine may stay there), fails naming those that
 * are, and fails when a pipeline that should have alarms has none. `undefined` (local mode, where
 * CloudWatch is not emulated) passes with a note.
 *
 * @example
 * ```ts
 * alarmsInAlarm([{ name: 'FailedMessages', state: 'INSUFFICIENT_DATA' }]).ok; // true
 * ```
 */
export function alarmsInAlarm(states: AlarmState[] | undefined): CheckResult {
  const name = 'no alarm in ALARM';
  if (states === undefined) return { name, ok: true, detail: 'no alarms here (CloudWatch is not emulated)' };
  if (states.length === 0) return { name, ok: false, detail: 'the stack has no alarms' };
  const firing = states.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
  const counts = ['OK', 'INSUFFICIENT_DATA', 'ALARM']
    .map((state) => `${states.filter((alarm) => alarm.state === state).length} ${state}`)
    .join(', ');
  return firing.length === 0
    ? { name, ok: true, detail: `${states.length} alarms: ${counts}` }
    : { name, ok: false, detail: `in ALARM: ${firing.join(', ')}` };
}
