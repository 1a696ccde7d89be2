import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Acknowledgment, type App, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { ArticlePipelineStack } from '../../lib/ArticlePipelineStack';
import { createTestApp, synthesizePipelineStack } from './testApp';

/** Findings of both packs, as `ruleName @ constructPath`, for readable failure diffs. */
function nagFindings(app: App): string[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack
      .validateScope(app)
      .violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`),
      ),
  );
}

const outdirs: string[] = [];
function tempOutdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-pipeline-nag-'));
  outdirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

function addStreamConsumer(stack: ArticlePipelineStack): void {
  const consumer = new LambdaFunction(stack, 'Indexer', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
  });
  stack.pipeline.addConsumer(consumer, { types: ['ARTICLE'] });
}

describe('cdk-nag AwsSolutions and Serverless packs', () => {
  it('find nothing unacknowledged in the default (retained) stack', () => {
    const { app } = synthesizePipelineStack();
    expect(nagFindings(app)).toEqual([]);
  });

  it('find nothing unacknowledged in a dev stack (DESTROY, auto-delete) with an alarm topic', () => {
    const { app } = synthesizePipelineStack({
      pipeline: { removalPolicy: RemovalPolicy.DESTROY },
      alarmTopicArn: 'arn:aws:sns:us-east-1:111122223333:alarms',
    });
    expect(nagFindings(app)).toEqual([]);
  });

  it('find nothing unacknowledged in the pipeline itself when a stream consumer is added', () => {
    const { app } = synthesizePipelineStack({}, { customize: addStreamConsumer });
    // The consumer is the user's function; its own role (a managed policy, the stream's ListStreams) is
    // the user's to review. The pipeline's part, including the consumer failure queue, must be clean.
    expect(nagFindings(app).filter((finding) => finding.includes('/Pipeline/'))).toEqual([]);
  });

  it('find nothing unacknowledged when embedded in another stack with an existing bucket', () => {
    const app = createTestApp();
    const stack = new Stack(app, 'Embedding');
    const existing = Bucket.fromBucketName(stack, 'Existing', 'existing-archive-bucket');
    new ArticlePipeline(stack, 'Pipeline', {
      existingBucketObj: existing,
      alarmTopic: new Topic(stack, 'Alarms', { enforceSSL: true }),
    });
    expect(nagFindings(app).filter((finding) => finding.includes('/Pipeline/'))).toEqual([]);
  });

  it('acknowledge each finding of the pipeline, and acknowledge nothing that is not found', () => {
    // Build the pipeline with acknowledgments recorded instead of applied, then compare them with what the
    // packs find: a stale acknowledgment (the finding was fixed) would otherwise hide a future regression.
    const acknowledged: Array<{ id: string; path: string }> = [];
    const spy = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(function (
      this: Validations,
      ...rules: Acknowledgment[]
    ) {
      const { scope } = this as unknown as { scope: IConstruct };
      for (const rule of rules) acknowledged.push({ id: rule.id, path: scope.node.path });
    });
    let app: App;
    try {
      app = synthesizePipelineStack({}, { customize: addStreamConsumer }).app;
    } finally {
      spy.mockRestore();
    }
    const ours = nagFindings(app).filter((finding) =>
      /@ TestPipeline\/(Pipeline|Aggregates|BucketNotificationsHandler)/.test(finding),
    );
    const covers = (ack: { id: string; path: string }, finding: string) =>
      finding.startsWith(`${ack.id} @ ${ack.path}/`);
    expect(ours.filter((finding) => !acknowledged.some((ack) => covers(ack, finding)))).toEqual([]);
    expect(acknowledged.filter((ack) => !ours.some((finding) => covers(ack, finding)))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(7);
  });

  it('stop the synth with the report when a new finding is not acknowledged', () => {
    const outdir = tempOutdir();
    const app = createTestApp({ outdir });
    const stack = new ArticlePipelineStack(app, 'TestPipeline');
    // A wildcard the ingest role does not need; the acknowledged wildcards must not hide it.
    stack.pipeline.ingestRole.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['dynamodb:*'], resources: [stack.pipeline.table.tableArn] }),
    );
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));

    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5\[Action::dynamodb:\*\]/);
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: Array<{
        violations: Array<{ ruleName: string; violatingConstructs: Array<{ constructPath: string }> }>;
      }>;
    };
    const violations = report.pluginReports.flatMap((plugin) =>
      plugin.violations.flatMap((violation) =>
        violation.violatingConstructs.map(
          (construct) => `${violation.ruleName} @ ${construct.constructPath}`,
        ),
      ),
    );
    expect(violations).toEqual([
      'AwsSolutions-IAM5[Action::dynamodb:*] @ TestPipeline/Pipeline/IngestFunctionRole/DefaultPolicy/Resource',
    ]);
  });

  it('let the synth through as plugins when nothing is unacknowledged', () => {
    const outdir = tempOutdir();
    const app = createTestApp({ outdir });
    new ArticlePipelineStack(app, 'TestPipeline');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    const assembly = app.synth();
    expect(assembly.getStackByName('TestPipeline').template.Resources).toBeDefined();
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: Array<{ violations: unknown[] }>;
    };
    expect(report.pluginReports.flatMap((plugin) => plugin.violations)).toEqual([]);
  });
});
