#!/usr/bin/env node
// The CDK app (`cdk synth`, `cdk deploy`): one pipeline stack, checked by cdk-nag's AwsSolutions and
// Serverless packs at every synth; an unacknowledged finding stops the synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ArticlePipelineStack } from '../lib/ArticlePipelineStack';
import { pipelineStackFromContext } from '../lib/pipelineStackFromContext';

const app = new App();
const { stackName, props } = pipelineStackFromContext((key) => app.node.tryGetContext(key));
new ArticlePipelineStack(app, stackName, props);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
