import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { resolvePipelineSettings } from '../../lib/resolvePipelineSettings';
import { BenchCheckError } from '../support/errors';
import type { IngestBundle, IngestBundles, IngestFunctionSettings, SdkPlacement } from './types';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface TemplateResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

let synthesized: Promise<IngestBundles> | undefined;

/**
 * Synthesizes the `ArticlePipeline` construct with bundling on, as `cdk synth` does (cdk.json's feature
 * flags, the construct's own esbuild options, the local esbuild), once with `bundleAwsSdk: false` and
 * once with `true`, and returns the two asset folders. Built once per process: the bundle and cold-start
 * suites measure the same files. The folders are removed when the process exits.
 *
 * @example
 * ```ts
 * const { sdkExternal, defaultPlacement } = await synthesizeIngestBundles();
 * ```
 */
export function synthesizeIngestBundles(): Promise<IngestBundles> {
  synthesized ??= Promise.resolve().then(synthesize);
  return synthesized;
}

function synthesize(): IngestBundles {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  const outdir = mkdtempSync(join(tmpdir(), 'article-pipeline-bundles-'));
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  const app = new App({
    outdir,
    context: {
      ...cdkJson.context,
      'aws:cdk:enable-asset-metadata': true,
      'aws:cdk:enable-path-metadata': true,
    },
  });
  const stack = new Stack(app, 'IngestBundles');
  new ArticlePipeline(stack, 'SdkExternal', { bundleAwsSdk: false });
  new ArticlePipeline(stack, 'SdkBundled', { bundleAwsSdk: true });
  const template = app.synth().getStackByName(stack.stackName).template as {
    Resources: Record<string, TemplateResource>;
  };
  const resources = template.Resources;
  const external = ingestFunction(resources, 'SdkExternal');
  return {
    sdkExternal: bundleOf(outdir, external[1], 'sdkExternal'),
    sdkBundled: bundleOf(outdir, ingestFunction(resources, 'SdkBundled')[1], 'sdkBundled'),
    defaultPlacement: resolvePipelineSettings({}).bundleAwsSdk ? 'sdkBundled' : 'sdkExternal',
    settings: settingsOf(resources, external),
    stackName: stack.stackName,
    template,
  };
}

function ingestFunction(resources: Record<string, TemplateResource>, pipelineId: string) {
  const found = Object.entries(resources).find(
    ([, resource]) =>
      resource.Type === 'AWS::Lambda::Function' &&
      String(resource.Metadata?.['aws:cdk:path'] ?? '').includes(`/${pipelineId}/IngestFunction/`),
  );
  if (found === undefined) throw new BenchCheckError(`the template has no ingest function of ${pipelineId}`);
  return found;
}

function bundleOf(outdir: string, resource: TemplateResource, placement: SdkPlacement): IngestBundle {
  const assetPath = resource.Metadata?.['aws:asset:path'];
  if (typeof assetPath !== 'string') throw new BenchCheckError(`the ${placement} function has no asset path`);
  const directory = join(outdir, assetPath);
  const codeFile = join(directory, 'index.js');
  if (!existsSync(codeFile)) throw new BenchCheckError(`the ${placement} asset has no index.js`);
  return { placement, directory, codeFile };
}

function settingsOf(
  resources: Record<string, TemplateResource>,
  [logicalId, resource]: [string, TemplateResource],
): IngestFunctionSettings {
  const properties = resource.Properties ?? {};
  const variables = (properties.Environment as { Variables?: Record<string, unknown> } | undefined)
    ?.Variables;
  const environment = Object.fromEntries(
    Object.entries(variables ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const mapping = Object.values(resources).find(
    (candidate) =>
      candidate.Type === 'AWS::Lambda::EventSourceMapping' &&
      JSON.stringify(candidate.Properties?.FunctionName ?? '').includes(logicalId),
  )?.Properties;
  if (mapping === undefined) throw new BenchCheckError('the ingest function has no event source mapping');
  return {
    runtime: String(properties.Runtime),
    architecture: String((properties.Architectures as string[] | undefined)?.[0] ?? 'x86_64'),
    memorySizeMb: Number(properties.MemorySize ?? 128),
    timeoutSeconds: Number(properties.Timeout ?? 3),
    environment,
    batchSize: Number(mapping.BatchSize ?? 10),
    maximumConcurrency: Number(
      (mapping.ScalingConfig as { MaximumConcurrency?: number } | undefined)?.MaximumConcurrency ?? 1000,
    ),
    maximumBatchingWindowSeconds: Number(mapping.MaximumBatchingWindowInSeconds ?? 0),
  };
}
