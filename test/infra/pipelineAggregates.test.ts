import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { PipelineAggregates } from '../../lib/PipelineAggregates';
import { pipelineDefinition } from '../helpers/pipelineDefinition';
import { synthesizePipelineStack } from './testApp';

describe('PipelineAggregates', () => {
  it("attaches its function to the table's stream with addConsumer, for source and article items only", () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new Stack(app, 'Test');
    const pipeline = new ArticlePipeline(stack, 'Pipeline');
    const aggregates = new PipelineAggregates(stack, 'Aggregates', { pipeline });
    const template = Template.fromStack(stack);
    const mappings = template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { EventSourceArn: Match.objectLike({ 'Fn::GetAtt': Match.arrayWith(['StreamArn']) }) },
    });
    expect(Object.keys(mappings)).toHaveLength(1);
    const mapping = Object.values(mappings)[0] as { Properties: Record<string, unknown> };
    expect(JSON.stringify(mapping.Properties.FilterCriteria)).toContain('SOURCE');
    expect(JSON.stringify(mapping.Properties.FilterCriteria)).toContain('ARTICLE');
    expect(mapping.Properties.FunctionName).toEqual({
      Ref: stack.getLogicalId(aggregates.fn.node.defaultChild as never),
    });
    // The ingest function has its own mapping (SQS); the consumer's is on the stream and does not touch ingest.
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { TABLE_NAME: Match.anyValue() } },
      Description: Match.stringLikeRegexp('aggregates'),
    });
  });
});

describe('ArticlePipelineStack and the aggregates', () => {
  const consumers = (template: Template) =>
    Object.values(template.findResources('AWS::Lambda::Function')).filter((resource) =>
      String((resource as { Properties: { Description?: string } }).Properties.Description).includes(
        'aggregates',
      ),
    );

  it('creates the aggregates consumer by default, on the stream, with a role of its own', () => {
    const { stack, template } = synthesizePipelineStack();
    expect(stack.aggregates).toBeDefined();
    expect(consumers(template)).toHaveLength(1);
    const fnId = stack.getLogicalId(stack.aggregates!.fn.node.defaultChild as never);
    const roleId = (template.toJSON().Resources[fnId].Properties.Role as { 'Fn::GetAtt': string[] })[
      'Fn::GetAtt'
    ][0]!;
    expect(roleId).not.toBe(stack.getLogicalId(stack.pipeline.ingestRole.node.defaultChild as never));
    // Its own role: no managed policy (AWSLambdaBasicExecutionRole writes to every log group).
    expect(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) =>
        (policy as { Properties: { Roles: { Ref: string }[] } }).Properties.Roles.some(
          (role) => role.Ref === roleId,
        ),
      )
      .flatMap(
        (policy) =>
          (policy as { Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } } })
            .Properties.PolicyDocument.Statement,
      );
    const actions = statements.flatMap((statement) => [statement.Action].flat()).sort();
    // Beside the stream read that addConsumer grants: exactly the two actions of its transactions; no read,
    // delete or scan of the table.
    expect(
      actions.filter(
        (action) => action.startsWith('dynamodb:') && !/Stream|GetRecords|GetShardIterator/.test(action),
      ),
    ).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId },
      BatchSize: 100,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      // The handler's partial batch answer counts only with this; one batch per shard at a time.
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ParallelizationFactor: 1,
      // A trickle of uploads gathered into one batch sums its counters.
      MaximumBatchingWindowInSeconds: 10,
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('is reproduced by local mode (LocalStreamAggregator): the default template has nothing local mode leaves out', async () => {
    const { definition } = await pipelineDefinition();
    expect(definition.untranslated).toEqual([]);
    expect(definition.queues.map((queue) => queue.logicalId).join(' ')).toContain('ConsumerFailureQueue');
  });

  it('leaves it out with aggregates: false, and passes props through an object', () => {
    const without = synthesizePipelineStack({ aggregates: false });
    expect(without.stack.aggregates).toBeUndefined();
    expect(consumers(without.template)).toHaveLength(0);
    expect(Object.keys(without.template.findResources('AWS::Lambda::EventSourceMapping'))).toHaveLength(1);

    const tuned = synthesizePipelineStack({ aggregates: { batchSize: 500 } });
    tuned.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: tuned.stack.getLogicalId(tuned.stack.aggregates!.fn.node.defaultChild as never) },
      BatchSize: 500,
    });
  });
});
