import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The scripts a cold-start measurement runs, by what they do. */
export interface ColdStartProbes {
  /** An empty file: what starting Node.js costs by itself. */
  empty: string;
  /** Loads the bundle and builds its clients: the handler's first call, with a batch of no records. */
  init: string;
  /** Loads the bundle and handles one new object end to end (GetObject, parse, enrich, the store's writes). */
  firstEvent: string;
}

const FIRST_EVENT_BODY = JSON.stringify({
  Records: [
    {
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      eventTime: '2026-01-01T00:00:00.000Z',
      s3: {
        bucket: { name: 'bench-bucket' },
        object: { key: 'probe/article.txt', size: 1, sequencer: '0062E1F0A1B2C3D4E5' },
      },
    },
  ],
});

/** CommonJS, like the bundle: Lambda's Node.js runtime requires `index.js` and calls its handler. */
function probeSource(withEvent: boolean): string {
  const event = withEvent
    ? {
        Records: [
          {
            messageId: '00000000-0000-4000-8000-000000000001',
            receiptHandle: 'probe',
            body: FIRST_EVENT_BODY,
            attributes: {
              ApproximateReceiveCount: '1',
              SentTimestamp: '0',
              SenderId: 'probe',
              ApproximateFirstReceiveTimestamp: '0',
            },
            messageAttributes: {},
            md5OfBody: '',
            eventSource: 'aws:sqs',
            eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:probe',
            awsRegion: 'us-east-1',
          },
        ],
      }
    : { Records: [] };
  return `'use strict';
const { handler } = require('./index.js');
handler(${JSON.stringify(event)}).then(
  (response) => {
    process.stdout.write('\\nPROBE_RESULT ' + JSON.stringify({ response, ms: performance.now() }) + '\\n', () => process.exit(0));
  },
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\\n', () => process.exit(1));
  },
);
`;
}

/**
 * Writes the probe scripts next to a bundle's `index.js` (so `require('./index.js')` loads it as Lambda
 * would) and returns their paths.
 *
 * @example
 * ```ts
 * const probes = writeColdStartProbes(bundle.directory);
 * ```
 */
export function writeColdStartProbes(directory: string): ColdStartProbes {
  const probes: ColdStartProbes = {
    empty: join(directory, 'probe-empty.cjs'),
    init: join(directory, 'probe-init.cjs'),
    firstEvent: join(directory, 'probe-first-event.cjs'),
  };
  writeFileSync(probes.empty, '');
  writeFileSync(probes.init, probeSource(false));
  writeFileSync(probes.firstEvent, probeSource(true));
  return probes;
}
