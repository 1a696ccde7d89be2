import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createPipelineClients } from '../../cli/target/createPipelineClients';
import { resolveTarget } from '../../cli/target/resolveTarget';
import type { KeyStatus } from '../../cli/types';
import { RecordStore } from '../../lambda/store/RecordStore';
import { alarmsInAlarm } from './alarmsInAlarm';
import { checkKeyStatuses } from './checkKeyStatuses';
import { runCli } from './runCli';
import type { AcceptanceTarget, CheckResult } from './types';
import { waitForStreamEvent } from './waitForStreamEvent';
import { writeAcceptanceFiles } from './writeAcceptanceFiles';

/**
 * The acceptance checks, against any pipeline (a deployed stack, or local mode in the test suite): uploads
 * the seed, a two-document export and a bad file under `acceptance/RUN_ID/` with the CLI, waits with
 * `status --wait`, checks each key's state and article count (`status --json`) and the articles themselves
 * (`get --json`), checks that the dead-letter queue is empty and that no alarm is in ALARM, and shows one
 * stream event reaching a consumer. Returns every check's result; `log` is told of each as it completes.
 *
 * @example
 * ```ts
 * const results = await runAcceptanceChecks(target, 'run-1', console.log);
 * const passed = results.every((result) => result.ok);
 * ```
 */
export async function runAcceptanceChecks(
  target: AcceptanceTarget,
  runId: string,
  log: (result: CheckResult) => void = () => {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    log(result);
    return result.ok;
  };
  const prefix = `acceptance/${runId}/`;
  const dir = await mkdtemp(join(tmpdir(), 'article-pipeline-acceptance-'));
  try {
    const files = await writeAcceptanceFiles(dir);
    const upload = await runCli(['upload', dir, '--prefix', prefix], target.options);
    if (!record(cliResult('upload the three files with the CLI', upload))) return results;

    const wait = await runCli(
      ['status', '--prefix', prefix, '--wait', '--timeout', String(target.waitSeconds), '--json'],
      target.options,
    );
    if (!record(cliResult('status --wait: every key processed', wait))) return results;
    const statuses = jsonLines<KeyStatus>(wait.stdout);
    for (const result of checkKeyStatuses(statuses, files, prefix)) record(result);

    const exportKey = `${prefix}two-document-export.txt`;
    const get = await runCli(['get', exportKey, '--json'], target.options);
    const articles =
      get.code === 0 ? (JSON.parse(get.stdout) as { articles: Array<{ headline: string }> }).articles : [];
    record({
      name: 'get --json: the export has its two articles',
      ok: get.code === 0 && articles.length === 2,
      detail: get.code === 0 ? articles.map((article) => article.headline).join(' | ') : get.stderr.trim(),
    });

    const resolved = await resolveTarget(target.options, { cwd: process.cwd() });
    const clients = createPipelineClients(resolved.clients);
    try {
      const { Attributes = {} } = await clients.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: resolved.deadLetterQueueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      const depth =
        Number(Attributes.ApproximateNumberOfMessages ?? Number.NaN) +
        Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? Number.NaN);
      record({ name: 'the dead-letter queue is empty', ok: depth === 0, detail: `${depth} message(s)` });
      record(alarmsInAlarm(await target.alarmStates()));
      const store = new RecordStore({ client: clients.dynamo, tableName: resolved.table ?? '' });
      record(
        await waitForStreamEvent(target, prefix, {
          tableName: resolved.table ?? '',
          readArticles: (ids) => store.getArticles(ids),
        }),
      );
    } finally {
      clients.destroy();
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function cliResult(name: string, run: { code: number; stderr: string }): CheckResult {
  const lastLine = run.stderr.trim().split('\n').at(-1) ?? '';
  return { name, ok: run.code === 0, detail: `exit ${run.code}${lastLine ? `: ${lastLine}` : ''}` };
}

function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
