/**
 * Cold start of the ingest function as deployed: the median wall time for a fresh Node.js process to load
 * the synthesized bundle and build its clients (the handler's first call), over many processes, divided
 * by the same for an empty script, measured interleaved in the same run. Both SDK placements are timed,
 * each also through its first S3 event (where lazily loaded SDK code shows), plus the cost of
 * `--enable-source-maps`, of tracing and of loading zod, and two what-ifs: the SDK bundled from its ES
 * modules, and the floor of a process that only builds the SDK clients.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesizeIngestBundles } from './bundle/synthesizeIngestBundles';
import type { SdkPlacement } from './bundle/types';
import { buildAlternativeBundles } from './coldStart/buildAlternativeBundles';
import { buildZodProbes } from './coldStart/buildZodProbes';
import { measureProcessStarts } from './coldStart/measureProcessStarts';
import { startStubEndpoint } from './coldStart/startStubEndpoint';
import type { ProcessStart } from './coldStart/timeProcessStart';
import { writeColdStartProbes } from './coldStart/writeColdStartProbes';
import type { BenchRow, BenchSuite } from './run';
import { BenchCheckError } from './support/errors';
import { median } from './support/median';
import { roundTo } from './support/roundTo';

const ROUNDS = 21;
const WARM_UP_ROUNDS = 2;
const NODE_MODULES = fileURLToPath(new URL('../node_modules', import.meta.url));
const SEED_ARTICLE = fileURLToPath(new URL('../seeds/000_90b2515fab799f03.txt', import.meta.url));

type StartName =
  | 'empty'
  | 'sdkExternalInit'
  | 'sdkBundledInit'
  | 'sdkExternalFirstEvent'
  | 'sdkBundledFirstEvent'
  | 'defaultInitWithoutSourceMaps'
  | 'defaultInitWithoutTracing'
  | 'sdkBundledFromEsmInit'
  | 'sdkBundledFromEsmFirstEvent'
  | 'sdkClientsOnlyInit'
  | 'zodClassic'
  | 'zodMini';

/** A probe's last line: `PROBE_RESULT {"response": …}`; a batch failure means the probe did not do its work. */
function checkProbeOutput(name: string, stdout: string): void {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('PROBE_RESULT '));
  if (line === undefined) throw new BenchCheckError(`${name} printed no result`);
  const { response } = JSON.parse(line.slice('PROBE_RESULT '.length)) as {
    response?: { batchItemFailures?: unknown[] };
  };
  if (response?.batchItemFailures?.length !== 0) {
    throw new BenchCheckError(`${name} reported failures: ${JSON.stringify(response)}`);
  }
}

/** Whether the template turns on active X-Ray tracing for a function (the construct does for ingest). */
function tracingActive(template: { Resources: Record<string, unknown> }): boolean {
  return Object.values(template.Resources).some((resource) => {
    const { Type, Properties } = resource as { Type?: string; Properties?: Record<string, unknown> };
    const mode = (Properties?.TracingConfig as { Mode?: string } | undefined)?.Mode;
    return Type === 'AWS::Lambda::Function' && mode === 'Active';
  });
}

const coldStartBench: BenchSuite = {
  name: 'coldStart',
  description: `median wall time of a fresh \`node\` process (spawn to exit), ${ROUNDS} processes per kind, interleaved; ratio = ÷ an empty script's`,
  async run() {
    const bundles = await synthesizeIngestBundles();
    const { settings } = bundles;
    // The first event reads the seed article: the common first event, parsed, enriched and stored.
    const stub = await startStubEndpoint(readFileSync(SEED_ARTICLE));
    const scratch = mkdtempSync(join(tmpdir(), 'article-pipeline-cold-start-'));
    try {
      const external = writeColdStartProbes(bundles.sdkExternal.directory);
      const bundled = writeColdStartProbes(bundles.sdkBundled.directory);
      const zod = await buildZodProbes(scratch);
      const alternatives = await buildAlternativeBundles(scratch);
      const fromEsm = writeColdStartProbes(alternatives.sdkBundledFromEsm);
      const clientsOnly = writeColdStartProbes(alternatives.sdkClientsOnly);
      const defaults = bundles.defaultPlacement === 'sdkExternal' ? external : bundled;
      // The function's environment from the template; endpoints point at the stub. NODE_PATH is where the
      // Lambda runtime keeps its own SDK copy; here the project's node_modules stands in for it.
      const environment: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        ...settings.environment,
        TABLE_NAME: 'bench-table',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_ENDPOINT_URL_S3: stub.endpoint,
        AWS_ENDPOINT_URL_DYNAMODB: stub.endpoint,
        S3_FORCE_PATH_STYLE: 'true',
        NODE_PATH: NODE_MODULES,
      };
      // With AWS_EXECUTION_ENV set (Lambda's runtime sets it) the handler loads Powertools Tracer and the
      // X-Ray SDK; outside Lambda, or with tracing off, it does not. When the template turns tracing on,
      // the variables Lambda sets for it are set too, so the measured start pays for what the deployed
      // function loads and runs: LAMBDA_TASK_ROOT puts the X-Ray SDK in its Lambda mode, and a sampled
      // trace header gives it a segment (without one, each call logs an error whose stack trace, with
      // --enable-source-maps, reads the source map: 100 ms that Lambda never pays).
      if (tracingActive(bundles.template)) {
        Object.assign(environment, {
          AWS_EXECUTION_ENV: `AWS_Lambda_${settings.runtime}`,
          LAMBDA_TASK_ROOT: '/var/task',
          _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
        });
      }
      const withoutTracing = { ...environment, POWERTOOLS_TRACE_ENABLED: 'false' };
      const withoutSourceMaps = {
        ...environment,
        NODE_OPTIONS: (environment.NODE_OPTIONS ?? '').replace('--enable-source-maps', '').trim(),
      };
      const start = (script: string, env = environment): ProcessStart => ({ script, environment: env });
      const starts: Record<StartName, ProcessStart> = {
        empty: start(external.empty),
        sdkExternalInit: start(external.init),
        sdkBundledInit: start(bundled.init),
        sdkExternalFirstEvent: start(external.firstEvent),
        sdkBundledFirstEvent: start(bundled.firstEvent),
        defaultInitWithoutSourceMaps: start(defaults.init, withoutSourceMaps),
        defaultInitWithoutTracing: start(defaults.init, withoutTracing),
        sdkBundledFromEsmInit: start(fromEsm.init),
        sdkBundledFromEsmFirstEvent: start(fromEsm.firstEvent),
        sdkClientsOnlyInit: start(clientsOnly.init),
        zodClassic: start(zod.classic),
        zodMini: start(zod.mini),
      };
      const { wallMs, lastStdout } = await measureProcessStarts(starts, {
        rounds: ROUNDS,
        warmUpRounds: WARM_UP_ROUNDS,
      });
      for (const name of [
        'sdkExternalInit',
        'sdkBundledInit',
        'sdkExternalFirstEvent',
        'sdkBundledFirstEvent',
        'defaultInitWithoutSourceMaps',
        'defaultInitWithoutTracing',
        'sdkBundledFromEsmInit',
        'sdkBundledFromEsmFirstEvent',
        'sdkClientsOnlyInit',
      ] as const) {
        checkProbeOutput(name, lastStdout[name]);
      }
      // GetObject, the claim's UpdateItem, the article and row batches and the commit's PutItem per first-event process.
      const firstEventProcesses = 3 * (ROUNDS + WARM_UP_ROUNDS);
      if (stub.requests() < 5 * firstEventProcesses) {
        throw new BenchCheckError(`the first-event probes made only ${stub.requests()} requests`);
      }

      const ms = Object.fromEntries(
        Object.entries(wallMs).map(([name, times]) => [name, median(times as number[])]),
      ) as Record<StartName, number>;
      const ratio = (value: number) => roundTo(value / ms.empty);
      const placement = (name: SdkPlacement) => ({
        initMs: roundTo(ms[`${name}Init`], 1),
        initRatio: ratio(ms[`${name}Init`]),
        firstEventMs: roundTo(ms[`${name}FirstEvent`], 1),
        firstEventRatio: ratio(ms[`${name}FirstEvent`]),
      });
      const byPlacement = { sdkExternal: placement('sdkExternal'), sdkBundled: placement('sdkBundled') };
      const deployed = byPlacement[bundles.defaultPlacement];
      const faster = (key: 'initMs' | 'firstEventMs'): SdkPlacement =>
        byPlacement.sdkExternal[key] <= byPlacement.sdkBundled[key] ? 'sdkExternal' : 'sdkBundled';
      const sourceMapsMs = ms[`${bundles.defaultPlacement}Init`] - ms.defaultInitWithoutSourceMaps;
      const tracingMs = ms[`${bundles.defaultPlacement}Init`] - ms.defaultInitWithoutTracing;
      const figures = {
        initMs: deployed.initMs,
        initRatio: deployed.initRatio,
        emptyMs: roundTo(ms.empty, 1),
        placement: bundles.defaultPlacement,
        byPlacement,
        fasterPlacement: { init: faster('initMs'), firstEvent: faster('firstEventMs') },
        enableSourceMaps: {
          nodeOptions: environment.NODE_OPTIONS ?? '',
          initMsWithout: roundTo(ms.defaultInitWithoutSourceMaps, 1),
          initRatioWithout: ratio(ms.defaultInitWithoutSourceMaps),
          costMs: roundTo(sourceMapsMs, 1),
        },
        tracing: {
          executionEnvironment: environment.AWS_EXECUTION_ENV ?? null,
          initMsWithout: roundTo(ms.defaultInitWithoutTracing, 1),
          initRatioWithout: ratio(ms.defaultInitWithoutTracing),
          costMs: roundTo(tracingMs, 1),
        },
        whatIf: {
          sdkBundledFromEsm: {
            initMs: roundTo(ms.sdkBundledFromEsmInit, 1),
            initRatio: ratio(ms.sdkBundledFromEsmInit),
            firstEventMs: roundTo(ms.sdkBundledFromEsmFirstEvent, 1),
            firstEventRatio: ratio(ms.sdkBundledFromEsmFirstEvent),
          },
          sdkClientsOnly: {
            initMs: roundTo(ms.sdkClientsOnlyInit, 1),
            initRatio: ratio(ms.sdkClientsOnlyInit),
          },
        },
        zodLoad: {
          classicMs: roundTo(ms.zodClassic - ms.empty, 1),
          miniMs: roundTo(ms.zodMini - ms.empty, 1),
        },
        processesPerKind: ROUNDS,
        measuredOn: `Node.js ${process.version} (the function runs ${settings.runtime} on ${settings.architecture})`,
      };
      const rows: BenchRow[] = [
        {
          metric: 'initMs',
          value: String(figures.initMs),
          note: `${bundles.defaultPlacement} (default), load + build clients`,
        },
        {
          metric: 'initRatio',
          value: String(figures.initRatio),
          note: `÷ empty script ${figures.emptyMs} ms`,
        },
        ...(['sdkExternal', 'sdkBundled'] as const).flatMap((name) => [
          {
            metric: `${name} init`,
            value: `${byPlacement[name].initMs} ms`,
            note: `ratio ${byPlacement[name].initRatio}`,
          },
          {
            metric: `${name} first event`,
            value: `${byPlacement[name].firstEventMs} ms`,
            note: `ratio ${byPlacement[name].firstEventRatio}; load, clients, GetObject, parse, claim, writes, commit of the seed article`,
          },
        ]),
        {
          metric: 'without --enable-source-maps',
          value: `${figures.enableSourceMaps.initMsWithout} ms`,
          note: `ratio ${figures.enableSourceMaps.initRatioWithout}; the flag costs ${figures.enableSourceMaps.costMs} ms`,
        },
        {
          metric: 'without tracing',
          value: `${figures.tracing.initMsWithout} ms`,
          note: `ratio ${figures.tracing.initRatioWithout}; POWERTOOLS_TRACE_ENABLED=false, no X-Ray SDK: tracing costs ${figures.tracing.costMs} ms`,
        },
        {
          metric: 'what-if SDK bundled from ESM',
          value: `${figures.whatIf.sdkBundledFromEsm.initMs} ms`,
          note: `ratio ${figures.whatIf.sdkBundledFromEsm.initRatio}; first event ${figures.whatIf.sdkBundledFromEsm.firstEventMs} ms (esbuild mainFields module,main)`,
        },
        {
          metric: 'floor: SDK clients only',
          value: `${figures.whatIf.sdkClientsOnly.initMs} ms`,
          note: `ratio ${figures.whatIf.sdkClientsOnly.initRatio}; S3 + DynamoDB + document client, nothing else`,
        },
        {
          metric: 'loading zod',
          value: `${figures.zodLoad.classicMs} ms`,
          note: `zod/mini: ${figures.zodLoad.miniMs} ms (over an empty script)`,
        },
      ];
      return { figures, rows };
    } finally {
      await stub.stop();
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};

export default coldStartBench;
