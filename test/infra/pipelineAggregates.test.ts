import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { PipelineAggregates } from '../../lib/PipelineAggregates';

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
