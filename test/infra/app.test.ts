import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Stack } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { cdkJsonContext, createTestApp } from './testApp';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HANDLER_ENTRY = join(PROJECT_ROOT, 'lambda/ingest/handler.ts');
// Inside the project, so a bundle that leaves the AWS SDK out still resolves it from node_modules.
const SCRATCH = join(PROJECT_ROOT, '.tmp');

const scratchDirs: string[] = [];
function scratchDir(prefix: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, prefix));
  // A Lambda zip has no package.json, so index.js is CommonJS there; the project's says "module".
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  scratchDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

interface CloudAssemblyTemplate {
  // biome-ignore lint/suspicious/noExplicitAny: template JSON is untyped by nature.
  Resources: Record<string, { Type: string; Properties: Record<string, any> }>;
}

describe('cdk.json', () => {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8'));

  it('runs bin/app.ts and turns off every network call of the CLI (notices, telemetry)', () => {
    expect(cdkJson.app).toBe('npx tsx bin/app.ts');
    expect(cdkJson.notices).toBe(false);
    expect(cdkJson.context['cli-telemetry']).toBe(false);
    expect(cdkJson.versionReporting).toBe(false);
  });
});

describe('bin/app.ts, run as `cdk synth` runs it', () => {
  let outdir: string;
  let template: CloudAssemblyTemplate;

  // Synthesizing the real app bundles the handler and runs cdk-nag: seconds on a quiet machine, more on a busy one.
  beforeAll(async () => {
    outdir = scratchDir('cdk-app-');
    const tsx = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify(cdkJsonContext()),
    };
    // CDK's built-in CloudFormation validation (schema and rules; errors under cdk.json's flag) stays on.
    delete env.CDK_VALIDATION;
    await promisify(execFile)(process.execPath, [tsx, 'bin/app.ts'], { cwd: PROJECT_ROOT, env });
    template = JSON.parse(readFileSync(join(outdir, 'ArticlePipeline.template.json'), 'utf8'));
  }, 180_000);

  it('synthesizes the ArticlePipeline stack with no cdk-nag or CloudFormation validation violation', () => {
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports.flatMap((plugin: { violations: unknown[] }) => plugin.violations)).toEqual(
      [],
    );
    expect(
      Object.values(template.Resources).some((resource) => resource.Type === 'AWS::DynamoDB::Table'),
    ).toBe(true);
  });

  it('bundles the handler with esbuild: minified, with a source map that carries no sources', async () => {
    const asset = ingestAssetDir(outdir, 'ArticlePipeline', template);
    expect(readdirSync(asset).sort()).toEqual(['index.js', 'index.js.map', 'node_modules']);
    // PDF.js sits beside the bundle, loaded only when a PDF arrives (lib/pdfjsAssetCommands.ts), not in it.
    expect(readdirSync(join(asset, 'node_modules/pdfjs-dist/legacy/build')).sort()).toEqual([
      'pdf.mjs',
      'pdf.worker.mjs',
    ]);
    const code = readFileSync(join(asset, 'index.js'), 'utf8');
    expect(code).not.toContain('Invalid PDF structure');
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.js.map')).toBe(true);
    const map = JSON.parse(readFileSync(join(asset, 'index.js.map'), 'utf8'));
    expect(map.sources.some((source: string) => source.endsWith('lambda/ingest/handler.ts'))).toBe(true);
    expect(map.sourcesContent).toBeUndefined();
    // Minified: smaller than the same bundle (the SDK in it, from its ES modules) without minification.
    const unminified = await build({
      entryPoints: [HANDLER_ENTRY],
      bundle: true,
      platform: 'node',
      target: 'node24',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    expect(code.length).toBeLessThan(0.8 * unminified.outputFiles[0]!.contents.length);
  });

  it('produces a bundle that loads and exports the handler, given the environment the template sets', () => {
    const asset = ingestAssetDir(outdir, 'ArticlePipeline', template);
    const fn = Object.values(template.Resources).find(
      (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Environment,
    )!;
    const variables: Record<string, unknown> = fn.Properties.Environment.Variables;
    const saved = { ...process.env };
    try {
      for (const [name, value] of Object.entries(variables)) {
        // Tokens (the table name) resolve at deploy time; any name will do here.
        process.env[name] = typeof value === 'string' ? value : 'test-table';
      }
      const loaded = createRequire(import.meta.url)(join(asset, 'index.js')) as { handler?: unknown };
      expect(typeof loaded.handler).toBe('function');
    } finally {
      process.env = saved;
    }
  });

  it("runs Powertools Tracer's and the X-Ray SDK's code only where tracing may be on", async () => {
    const asset = ingestAssetDir(outdir, 'ArticlePipeline', template);
    const probe = join(scratchDir('xray-probe-'), 'probe.cjs');
    // Powertools Tracer's module sets AWS_XRAY_CONTEXT_MISSING when it runs: the sign that it loaded.
    writeFileSync(
      probe,
      `require(${JSON.stringify(join(asset, 'index.js'))}).handler({ Records: [] }).then(() =>
        process.stdout.write('\\nTRACER_LOADED=' + (process.env.AWS_XRAY_CONTEXT_MISSING !== undefined)));`,
    );
    const fn = Object.values(template.Resources).find(
      (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Environment,
    )!;
    const variables = Object.fromEntries(
      Object.entries(fn.Properties.Environment.Variables as Record<string, unknown>).map(([name, value]) => [
        name,
        typeof value === 'string' ? value : 'test-table',
      ]),
    );
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    const tracerLoaded = async (extra: Record<string, string>) => {
      const { stdout } = await promisify(execFile)(process.execPath, [probe], {
        env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', ...variables, NODE_OPTIONS: '', ...extra },
      });
      return stdout
        .split('\n')
        .find((line) => line.startsWith('TRACER_LOADED='))
        ?.slice('TRACER_LOADED='.length);
    };

    expect(await tracerLoaded({})).toBe('false');
    expect(await tracerLoaded({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x' })).toBe('true');
    expect(
      await tracerLoaded({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x', POWERTOOLS_TRACE_ENABLED: 'false' }),
    ).toBe('false');
  });
});

describe('bundleAwsSdk', () => {
  it('bundles what the handler imports of @aws-sdk and @smithy with bundleAwsSdk true (the default), and leaves them out with false', async () => {
    const handlerImportsSdk = await importsAwsSdk(HANDLER_ENTRY);
    const sourcesOf = (bundleAwsSdk: boolean) => {
      const outdir = scratchDir('cdk-sdk-');
      const app = createTestApp({ bundle: true, outdir });
      const stack = new Stack(app, 'Sdk');
      new ArticlePipeline(stack, 'Pipeline', { bundleAwsSdk });
      const assembly = app.synth();
      const asset = ingestAssetDir(outdir, 'Sdk', assembly.getStackByName('Sdk').template);
      return JSON.parse(readFileSync(join(asset, 'index.js.map'), 'utf8')).sources as string[];
    };
    const isSdk = (source: string) => /node_modules\/@(aws-sdk|smithy)\//.test(source);
    expect(sourcesOf(false).filter(isSdk)).toEqual([]);
    expect(sourcesOf(true).some(isSdk)).toBe(handlerImportsSdk);
  }, 180_000);
});

/** The ingest function's bundle directory in a cloud assembly, found through the stack's asset manifest. */
function ingestAssetDir(outdir: string, stackName: string, template: CloudAssemblyTemplate): string {
  const fn = Object.values(template.Resources).find(
    (resource) =>
      resource.Type === 'AWS::Lambda::Function' && resource.Properties.Environment?.Variables?.TABLE_NAME,
  );
  const assetHash = String(fn?.Properties.Code?.S3Key ?? '').replace(/\.zip$/, '');
  const manifest = JSON.parse(readFileSync(join(outdir, `${stackName}.assets.json`), 'utf8')) as {
    files: Record<string, { source: { path: string } }>;
  };
  const assetPath = manifest.files[assetHash]?.source.path;
  if (!assetPath)
    throw new Error(`no asset ${assetHash} for the ingest function in ${stackName}.assets.json`);
  const dir = join(outdir, assetPath);
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
  return dir;
}

/** Whether the handler's import graph reaches the AWS SDK, by esbuild's own resolution. */
async function importsAwsSdk(entry: string): Promise<boolean> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['@aws-sdk/*', '@smithy/*'],
  });
  return Object.values(result.metafile.inputs).some((input) =>
    input.imports.some((imported) => imported.external && /^@(aws-sdk|smithy)\//.test(imported.path)),
  );
}
