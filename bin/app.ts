#!/usr/bin/env node
// The CDK app (`cdk synth`, `cdk deploy`): one pipeline stack, checked by cdk-nag's AwsSolutions and
// Serverless packs at every synth; an unacknowledged finding stops the synth.
import { App, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ArticlePipelineStack } from '../lib/ArticlePipelineStack';

const app = new App();

/** Reads a `-c key=value` context value; `cdk.json` or `cdk.context.json` may set it too. */
function context(key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

new ArticlePipelineStack(app, context('stackName') ?? 'ArticlePipeline', {
  pipeline: {
    removalPolicy: context('dev') === 'true' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    objectKeyPrefix: context('objectKeyPrefix'),
    objectKeySuffix: context('objectKeySuffix'),
    bundleAwsSdk: context('bundleAwsSdk') === 'true',
  },
  alarmTopicArn: context('alarmTopicArn'),
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
