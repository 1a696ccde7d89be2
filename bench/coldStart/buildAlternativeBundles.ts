import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HANDLER = join(PROJECT_ROOT, 'lambda/ingest/handler.ts');

/** Folders holding an `index.js` that exports `handler`, for the cold-start probes. */
export interface AlternativeBundles {
  /**
   * The handler with the SDK bundled from its ES module builds (`mainFields: module,main`), which esbuild
   * can tree-shake. The construct's `bundleAwsSdk: true` build now uses the same options, so this is a
   * cross-check of it, built here without CDK.
   */
  sdkBundledFromEsm: string;
  /** Only the SDK clients the function builds (S3, DynamoDB, the document client): the floor of its cold start. */
  sdkClientsOnly: string;
}

const CLIENTS_ONLY = `import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export async function handler() {
  new S3Client({ forcePathStyle: true });
  DynamoDBDocumentClient.from(new DynamoDBClient({}));
  return { batchItemFailures: [] };
}`;

/**
 * Builds two alternatives to the synthesized bundle with the construct's esbuild options (minified CJS,
 * node24, linked source map without sources): the handler with the SDK bundled from ES modules, and a
 * handler that only builds the SDK clients. What-ifs for the cold-start suite, not what deploys.
 *
 * @example
 * ```ts
 * const { sdkBundledFromEsm, sdkClientsOnly } = await buildAlternativeBundles(scratch);
 * ```
 */
export async function buildAlternativeBundles(directory: string): Promise<AlternativeBundles> {
  const bundles: AlternativeBundles = {
    sdkBundledFromEsm: join(directory, 'sdk-bundled-from-esm'),
    sdkClientsOnly: join(directory, 'sdk-clients-only'),
  };
  const common = {
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
  } as const;
  for (const folder of Object.values(bundles)) mkdirSync(folder, { recursive: true });
  await build({
    ...common,
    entryPoints: [HANDLER],
    mainFields: ['module', 'main'],
    outfile: join(bundles.sdkBundledFromEsm, 'index.js'),
  });
  await build({
    ...common,
    stdin: { contents: CLIENTS_ONLY, resolveDir: PROJECT_ROOT, loader: 'ts' },
    mainFields: ['module', 'main'],
    outfile: join(bundles.sdkClientsOnly, 'index.js'),
  });
  return bundles;
}
