import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import {
  BY_PUBLICATION_INDEX,
  LOOKUP_INDEX,
  TABLE_PARTITION_KEY,
  TABLE_SORT_KEY,
  TIME_TO_LIVE_ATTRIBUTE,
} from './constants';
import type { PipelineSettings, RecordTableOverrides } from './types';

/**
 * The table of docs/table-design.md: generic string keys, two sparse KEYS_ONLY indexes (an index write costs
 * by projected size; readers fetch items by key), a TTL for `DELETED` tombstones, a NEW_AND_OLD_IMAGES
 * stream for consumers, on-demand capacity, point-in-time recovery and KMS encryption; deletion protection
 * and RETAIN unless the pipeline is a dev stack.
 *
 * `Table` (AWS::DynamoDB::Table), not `TableV2` (AWS::DynamoDB::GlobalTable): its properties map one to one
 * onto CreateTable, which local mode replays against DynamoDB Local, and the pipeline is single-region.
 * The construct id `Table` fixes the logical id of retained data: keep it.
 *
 * @example
 * ```ts
 * const table = createRecordTable(pipeline, resolvePipelineSettings({}), {});
 * ```
 */
export function createRecordTable(
  scope: Construct,
  settings: PipelineSettings,
  overrides: RecordTableOverrides = {},
): Table {
  const table = new Table(scope, 'Table', {
    partitionKey: { name: TABLE_PARTITION_KEY, type: AttributeType.STRING },
    sortKey: { name: TABLE_SORT_KEY, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    // The AWS-managed key, unlike the default AWS-owned one, shows key use in CloudTrail; readers need no
    // KMS permission for it.
    encryption: TableEncryption.AWS_MANAGED,
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
    timeToLiveAttribute: TIME_TO_LIVE_ATTRIBUTE,
    deletionProtection: settings.retainData,
    removalPolicy: settings.removalPolicy,
    ...overrides,
  });
  for (const index of [BY_PUBLICATION_INDEX, LOOKUP_INDEX]) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.KEYS_ONLY,
    });
  }
  return table;
}
