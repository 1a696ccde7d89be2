import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { ArticlePipelineStack } from '../../lib/ArticlePipelineStack';
import { pipelineStackFromContext } from '../../lib/pipelineStackFromContext';
import type { CloudFormationTemplate } from '../types';

/** Options of {@link synthesizePipelineTemplate}. */
export interface SynthesizeOptions {
  /** The repository root, whose `cdk.json` context (feature flags) the synth uses, as `cdk synth` does. */
  projectRoot: string;
  /**
   * Context values on top of cdk.json's, as `cdk synth -c key=value` gives them (`objectKeySuffix`, …).
   * @default {}
   */
  context?: Record<string, string>;
}

/** A synthesized stack: its name and template. */
export interface SynthesizedStack {
  stackName: string;
  template: CloudFormationTemplate;
}

/**
 * Synthesizes the pipeline stack in this process, as `bin/app.ts` composes it and with cdk.json's feature
 * flags, but without bundling the function (local mode runs its source) and without the synth-time
 * validations (cdk-nag, CloudFormation rules: `cdk synth` runs those). About half a second once the
 * modules are loaded.
 *
 * @example
 * const { stackName, template } = await synthesizePipelineTemplate({ projectRoot: process.cwd() });
 */
export async function synthesizePipelineTemplate(options: SynthesizeOptions): Promise<SynthesizedStack> {
  const cdkJson = JSON.parse(await readFile(join(options.projectRoot, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  const context: Record<string, unknown> = { ...cdkJson.context, ...options.context };
  const outdir = await mkdtemp(join(tmpdir(), 'article-pipeline-synth-'));
  try {
    const app = new App({
      outdir,
      builtinCloudFormationValidation: false,
      treeMetadata: false,
      context: {
        ...context,
        'aws:cdk:bundling-stacks': [],
        // Construct paths in the template tell local mode which source file a function runs.
        'aws:cdk:enable-path-metadata': true,
      },
    });
    // The same context-to-props mapping as bin/app.ts, which cannot be imported: it registers cdk-nag
    // and synthesizes on exit.
    const { stackName, props } = pipelineStackFromContext((key) => app.node.tryGetContext(key));
    new ArticlePipelineStack(app, stackName, props);
    const assembly = app.synth();
    return { stackName, template: assembly.getStackByName(stackName).template as CloudFormationTemplate };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
