import { Duration } from 'aws-cdk-lib';
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  Stats,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { PipelineAlarms } from './types';

const PERIOD = Duration.minutes(1);
const WIDTH = 12;
const HEIGHT = 6;

/**
 * One dashboard for the pipeline: alarm states; throughput (objects notified, messages done, invocations);
 * errors (function errors and throttles, dead-lettered messages, DynamoDB throttling); duration
 * (p50/p99/max against the timeout); queue depth and age; the handler's failures (`messagesFailed`,
 * `invocationsStoppedEarly`, `filesRejected`); DynamoDB throttles and system errors of the table and each
 * index, as the alarms watch them; and all the handler's Powertools metrics, found by a search on its
 * namespace and service so that new metrics appear without a deploy.
 *
 * @example
 * ```ts
 * const dashboard = createPipelineDashboard(pipeline, { queue, deadLetterQueue, fn, table, alarms, metricsNamespace: 'ArticlePipeline', serviceName: 'ingest' });
 * ```
 */
export function createPipelineDashboard(
  scope: Construct,
  props: {
    queue: IQueue;
    deadLetterQueue: IQueue;
    fn: IFunction;
    table: ITable;
    alarms: PipelineAlarms;
    metricsNamespace: string;
    serviceName: string;
  },
): Dashboard {
  const { queue, deadLetterQueue, fn, table } = props;
  const graph = (title: string, left: IMetric[], right: IMetric[] = []) =>
    new GraphWidget({ title, left, right, width: WIDTH, height: HEIGHT, period: PERIOD });

  const handlerMetric = (metricName: string, label: string) =>
    new Metric({
      namespace: props.metricsNamespace,
      metricName,
      dimensionsMap: { service: props.serviceName },
      statistic: Stats.SUM,
      label,
      period: PERIOD,
    });
  const { alarms } = props;

  const dashboard = new Dashboard(scope, 'Dashboard', { defaultInterval: Duration.hours(3) });
  dashboard.addWidgets(
    new AlarmStatusWidget({ title: 'Alarms', alarms: Object.values(props.alarms), width: 24, height: 3 }),
  );
  dashboard.addWidgets(
    graph('Throughput', [
      queue.metricNumberOfMessagesSent({ label: 'S3 events queued', period: PERIOD }),
      queue.metricNumberOfMessagesDeleted({ label: 'Messages done', period: PERIOD }),
      fn.metricInvocations({ label: 'Invocations', period: PERIOD }),
    ]),
    graph(
      'Errors',
      [
        fn.metricErrors({ label: 'Function errors', period: PERIOD }),
        fn.metricThrottles({ label: 'Throttles', period: PERIOD }),
        deadLetterQueue.metricApproximateNumberOfMessagesVisible({ label: 'Dead-lettered', period: PERIOD }),
      ],
      [table.metricThrottledRequestsForOperations({ label: 'DynamoDB throttled requests', period: PERIOD })],
    ),
  );
  dashboard.addWidgets(
    graph('Duration (ms)', [
      fn.metricDuration({ statistic: Stats.p(50), label: 'p50', period: PERIOD }),
      fn.metricDuration({ statistic: Stats.p(99), label: 'p99', period: PERIOD }),
      fn.metricDuration({ statistic: Stats.MAXIMUM, label: 'max', period: PERIOD }),
    ]),
    graph(
      'Queue depth',
      [
        queue.metricApproximateNumberOfMessagesVisible({ label: 'Waiting', period: PERIOD }),
        queue.metricApproximateNumberOfMessagesNotVisible({ label: 'In flight', period: PERIOD }),
      ],
      [queue.metricApproximateAgeOfOldestMessage({ label: 'Oldest message age (s)', period: PERIOD })],
    ),
  );
  dashboard.addWidgets(
    graph('Handler failures', [
      handlerMetric('messagesFailed', 'Failed messages'),
      handlerMetric('invocationsStoppedEarly', 'Invocations stopped early'),
      handlerMetric('filesRejected', 'Files rejected'),
    ]),
    // The alarms' own metrics, so the graphs show exactly what the alarms watch.
    graph(
      'DynamoDB throttles',
      [alarms.tableThrottles.metric],
      [alarms.byPublicationIndexThrottles.metric, alarms.lookupIndexThrottles.metric],
    ),
  );
  dashboard.addWidgets(graph('DynamoDB system errors', [alarms.tableSystemErrors.metric]));
  dashboard.addWidgets(
    graph('Handler metrics (Powertools)', [
      new MathExpression({
        expression: `SEARCH('{${props.metricsNamespace},service} service="${props.serviceName}"', 'Sum', 60)`,
        usingMetrics: {},
        label: '',
        period: PERIOD,
      }),
    ]),
    graph('Concurrency', [
      fn.metric('ConcurrentExecutions', {
        statistic: Stats.MAXIMUM,
        label: 'Concurrent executions',
        period: PERIOD,
      }),
    ]),
  );
  return dashboard;
}
