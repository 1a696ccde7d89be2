/**
 * The cost suite's stand-in for a Lambda execution environment (forked by `startHandlerHost`, not a
 * suite): loads the function's synthesized bundle as Lambda's Node.js runtime does (`require` of
 * `index.js`, the SDK from NODE_PATH), then runs each invocation the suite sends, one at a time, and
 * answers with its wall and CPU time. The function's log lines go to stdout as in Lambda; after each
 * invocation a marker line lets the suite attribute them. Argument: the bundle's `index.js`.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Context, SQSEvent } from 'aws-lambda';
import type { HostCommand, HostMessage } from './hostProtocol';
import { INVOCATION_END_MARKER } from './hostProtocol';

type Handler = (event: SQSEvent, context: Context) => Promise<unknown>;

const [bundleFile] = process.argv.slice(2);
if (bundleFile === undefined || !process.send) throw new Error('usage: forked with IPC, argument <index.js>');
const send = (message: HostMessage) => process.send?.(message);
const { handler } = createRequire(import.meta.url)(bundleFile) as { handler: Handler };
const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'ingest';
const memorySize = process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '1024';

function contextFor(timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: memorySize,
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/26/[$LATEST]0123456789abcdef0123456789abcdef',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

process.on('message', async (command: HostCommand) => {
  if (command.type === 'stop') {
    process.stdout.write('', () => process.exit(0));
    return;
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let outcome: { response?: unknown; error?: string };
  try {
    outcome = { response: await handler(command.event, contextFor(command.timeoutMs)) };
  } catch (error) {
    outcome = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // The marker follows the invocation's last log line on the same stream, so everything before it is its.
  process.stdout.write(`\n${INVOCATION_END_MARKER}${command.id}\n`, () =>
    send({
      type: 'result',
      id: command.id,
      ...outcome,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
});
send({ type: 'ready' });
