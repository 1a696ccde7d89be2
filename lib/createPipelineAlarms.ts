import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BY_PUBLICATION_INDEX, LOOKUP_INDEX } from './constants';
import type { PipelineAlarms } from './types';

/** SQS, Lambda and DynamoDB publish these metrics every minute: one period is the fastest reliable signal. */
const METRIC_PERIOD = Duration.minutes(1);

/**
 * The operations whose DynamoDB throttles and system errors are summed: what the ingest handler calls, what
 * readers (the CLI, `grantReadRecords`) call, and the stream's GetRecords. A metric-math alarm takes at
 * most 10 metrics, so not CDK's default of every operation.
 */
export const ALARMED_TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.SCAN,
  Operation.GET_RECORDS,
] as const;

/**
 * The alarms an operator of the pipeline needs (docs/deploy.md has the runbook of each):
 *
 * - work failing: a message in the dead-letter queue, a failed message (the handler's `messagesFailed`
 *   metric: a message that fails inside a batch is no Lambda `Errors` datapoint), a function error;
 * - work waiting: Lambda throttles, the age of the oldest queued message;
 * - the table: throttled requests and system errors on the table, and throttle events on each index
 *   (an index's throttles are metrics of their own, by `GlobalSecondaryIndexName`; DynamoDB publishes no
 *   system errors per index: an index query's errors count under the table's `Query`).
 *
 * The first group fires on the first breaching minute. DynamoDB's fire on 3 breaching minutes out of 5: the
 * SDK retries a throttle or a 500 by itself, so only a sustained one matters. All treat missing data as
 * fine: an idle pipeline publishes nothing.
 *
 * @example
 * ```ts
 * const alarms = createPipelineAlarms(pipeline, { queue, deadLetterQueue, fn, table, queueAgeAlarmThreshold: Duration.minutes(30), metricsNamespace: 'ArticlePipeline', serviceName: 'ingest' });
 * ```
 */
export function createPipelineAlarms(
  scope: Construct,
  props: {
    queue: IQueue;
    deadLetterQueue: IQueue;
    fn: IFunction;
    table: ITable;
    queueAgeAlarmThreshold: Duration;
    metricsNamespace: string;
    serviceName: string;
    alarmTopic?: ITopic;
  },
): PipelineAlarms {
  const common = {
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  };
  const sustained = { ...common, evaluationPeriods: 5, datapointsToAlarm: 3 };
  const { table } = props;
  const indexThrottles = (indexName: string): IMetric =>
    new MathExpression({
      // Ids unique to the index: a graph that shows both indexes must not see one id twice.
      expression: `${indexName}Read + ${indexName}Write`,
      label: `${indexName} index throttle events`,
      period: METRIC_PERIOD,
      usingMetrics: Object.fromEntries(
        ['Read', 'Write'].map((kind) => [
          `${indexName}${kind}`,
          table.metric(`${kind}ThrottleEvents`, {
            dimensionsMap: { TableName: table.tableName, GlobalSecondaryIndexName: indexName },
            statistic: 'Sum',
            period: METRIC_PERIOD,
          }),
        ]),
      ),
    });

  const alarms: PipelineAlarms = {
    deadLetterMessages: new Alarm(scope, 'DeadLetterMessagesAlarm', {
      ...common,
      alarmDescription:
        'Messages in the ingest dead-letter queue: objects that failed every receive. Their sources are FAILED ' +
        'in the table; fix the cause, then redrive the dead-letter queue.',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: METRIC_PERIOD,
        statistic: 'Maximum',
      }),
      threshold: 1,
    }),
    failedMessages: new Alarm(scope, 'FailedMessagesAlarm', {
      ...common,
      alarmDescription:
        'The ingest handler failed a message of a batch (messagesFailed): it returns to the queue after the ' +
        'visibility timeout. Check the ERROR lines of the log group for the cause.',
      metric: new Metric({
        namespace: props.metricsNamespace,
        metricName: 'messagesFailed',
        dimensionsMap: { service: props.serviceName },
        statistic: 'Sum',
        period: METRIC_PERIOD,
      }),
      threshold: 1,
    }),
    functionErrors: new Alarm(scope, 'FunctionErrorsAlarm', {
      ...common,
      alarmDescription:
        'The ingest function threw or timed out, failing a whole batch. Check its log group and traces.',
      metric: props.fn.metricErrors({ period: METRIC_PERIOD, statistic: 'Sum' }),
      threshold: 1,
    }),
    functionThrottles: new Alarm(scope, 'FunctionThrottlesAlarm', {
      ...common,
      alarmDescription:
        'The ingest function was throttled: the account or region ran out of Lambda concurrency.',
      metric: props.fn.metricThrottles({ period: METRIC_PERIOD, statistic: 'Sum' }),
      threshold: 1,
    }),
    oldestMessageAge: new Alarm(scope, 'OldestMessageAgeAlarm', {
      ...common,
      alarmDescription:
        `The oldest message in the ingest queue is over ${props.queueAgeAlarmThreshold.toHumanString()} old: ` +
        'a backlog, or messages failing and coming back.',
      metric: props.queue.metricApproximateAgeOfOldestMessage({
        period: METRIC_PERIOD,
        statistic: 'Maximum',
      }),
      threshold: props.queueAgeAlarmThreshold.toSeconds(),
    }),
    tableThrottles: new Alarm(scope, 'TableThrottlesAlarm', {
      ...sustained,
      alarmDescription:
        'DynamoDB throttled requests to the record table in 3 of the last 5 minutes (a hot partition, or the ' +
        "table's on-demand maximum throughput): writes slow down and messages may fail.",
      metric: table.metricThrottledRequestsForOperations({
        operations: [...ALARMED_TABLE_OPERATIONS],
        period: METRIC_PERIOD,
      }),
      threshold: 1,
    }),
    tableSystemErrors: new Alarm(scope, 'TableSystemErrorsAlarm', {
      ...sustained,
      alarmDescription:
        'DynamoDB answered requests to the record table with HTTP 500 in 3 of the last 5 minutes: a service ' +
        'problem. Check the AWS Health Dashboard; failed messages are retried.',
      metric: table.metricSystemErrorsForOperations({
        operations: [...ALARMED_TABLE_OPERATIONS],
        period: METRIC_PERIOD,
      }),
      threshold: 1,
    }),
    byPublicationIndexThrottles: new Alarm(scope, 'ByPublicationIndexThrottlesAlarm', {
      ...sustained,
      alarmDescription:
        `DynamoDB throttled the ${BY_PUBLICATION_INDEX.indexName} index in 3 of the last 5 minutes: index ` +
        'writes hold back the table writes that feed them.',
      metric: indexThrottles(BY_PUBLICATION_INDEX.indexName),
      threshold: 1,
    }),
    lookupIndexThrottles: new Alarm(scope, 'LookupIndexThrottlesAlarm', {
      ...sustained,
      alarmDescription:
        `DynamoDB throttled the ${LOOKUP_INDEX.indexName} index in 3 of the last 5 minutes: index writes ` +
        'hold back the table writes that feed them.',
      metric: indexThrottles(LOOKUP_INDEX.indexName),
      threshold: 1,
    }),
  };
  if (props.alarmTopic) {
    const action = new SnsAction(props.alarmTopic);
    for (const alarm of Object.values(alarms)) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }
  return alarms;
}
