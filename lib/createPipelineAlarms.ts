import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { PipelineAlarms } from './types';

/** SQS and Lambda publish these metrics every minute: one period is the fastest reliable signal. */
const METRIC_PERIOD = Duration.minutes(1);

/**
 * The alarms an operator of the pipeline needs: dead-lettered messages, function errors, throttles and the
 * age of the oldest queued message. Each fires on the first breaching period (every one of these means
 * work is failing or waiting) and treats missing data as fine: an idle pipeline publishes nothing.
 *
 * @example
 * ```ts
 * const alarms = createPipelineAlarms(pipeline, { queue, deadLetterQueue, fn, queueAgeAlarmThreshold: Duration.minutes(30) });
 * ```
 */
export function createPipelineAlarms(
  scope: Construct,
  props: {
    queue: IQueue;
    deadLetterQueue: IQueue;
    fn: IFunction;
    queueAgeAlarmThreshold: Duration;
    alarmTopic?: ITopic;
  },
): PipelineAlarms {
  const common = {
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  };
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
