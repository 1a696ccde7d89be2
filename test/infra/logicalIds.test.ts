import { describe, expect, it } from 'vitest';
import { synthesizePipelineStack } from './testApp';

/**
 * CloudFormation replaces a resource whose logical id changes: for the retained bucket and table that
 * means a new, empty resource and orphaned data. These ids are pinned; a refactor that moves a construct
 * (renames an id, wraps it in a new scope) fails here instead of in production.
 */
describe('logical ids of stored data', () => {
  const { template } = synthesizePipelineStack();
  const resources = template.toJSON().Resources as Record<string, { Type: string }>;

  it.each([
    ['PipelineIncomingBucket9E41A874', 'AWS::S3::Bucket'],
    ['PipelineAccessLogsBucket31EC11F4', 'AWS::S3::Bucket'],
    ['PipelineTable0C1A5F45', 'AWS::DynamoDB::Table'],
    ['PipelineIngestLogGroup6C3DC7CE', 'AWS::Logs::LogGroup'],
  ])('%s stays a %s', (logicalId, type) => {
    expect(resources[logicalId]?.Type).toBe(type);
  });

  it('no other bucket, table or log group exists that a rename could have produced', () => {
    const stored = Object.entries(resources)
      .filter(([, resource]) =>
        ['AWS::S3::Bucket', 'AWS::DynamoDB::Table', 'AWS::Logs::LogGroup'].includes(resource.Type),
      )
      .map(([id]) => id)
      .sort();
    expect(stored).toEqual([
      // The aggregates consumer's log group (the counters themselves live in the table).
      'AggregatesLogGroupEEDBE4B2',
      'PipelineAccessLogsBucket31EC11F4',
      'PipelineIncomingBucket9E41A874',
      'PipelineIngestLogGroup6C3DC7CE',
      'PipelineTable0C1A5F45',
    ]);
  });
});
