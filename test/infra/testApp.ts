import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ArticlePipelineStack, type ArticlePipelineStackProps } from '../../lib/ArticlePipelineStack';

const CDK_JSON = new URL('../../cdk.json', import.meta.url);

/** The feature flags and settings of cdk.json, which `cdk synth` applies and an in-process App does not. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(CDK_JSON, 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

/**
 * An App configured as `cdk synth` configures it (cdk.json's context), with bundling skipped so that a
 * template takes a second, not an esbuild run per function, and without CDK's built-in CloudFormation
 * validation, whose WebAssembly engine takes seconds to start in every test worker; `app.test.ts` runs the
 * real app with both.
 */
export function createTestApp(options: { bundle?: boolean; outdir?: string } = {}): App {
  return new App({
    outdir: options.outdir,
    builtinCloudFormationValidation: false,
    context: {
      ...cdkJsonContext(),
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
}

/** A synthesized `ArticlePipelineStack`: the app, the stack and its template. */
export interface SynthesizedPipeline {
  readonly app: App;
  readonly stack: ArticlePipelineStack;
  readonly template: Template;
}

/** Builds an `ArticlePipelineStack` in a test app and synthesizes its template. */
export function synthesizePipelineStack(
  props: ArticlePipelineStackProps = {},
  options: { bundle?: boolean; customize?: (stack: ArticlePipelineStack) => void } = {},
): SynthesizedPipeline {
  const app = createTestApp({ bundle: options.bundle });
  const stack = new ArticlePipelineStack(app, 'TestPipeline', props);
  options.customize?.(stack);
  return { app, stack, template: Template.fromStack(stack) };
}

/** The single resource of a type in a template, with its logical id. */
export function onlyResource(template: Template, type: string): { id: string; resource: CfnResourceJson } {
  const entries = Object.entries(template.findResources(type));
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  const [id, resource] = entries[0]!;
  return { id, resource: resource as CfnResourceJson };
}

/** A resource as it appears in a synthesized template. */
export interface CfnResourceJson {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: template JSON is untyped by nature.
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
}
