import { type CloudFormationClient, paginateListStackResources } from '@aws-sdk/client-cloudformation';
import { type CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import type { AlarmState } from './types';

/**
 * The states of every CloudWatch alarm a stack created (its `AWS::CloudWatch::Alarm` resources).
 *
 * @example
 * ```ts
 * const states = await awsAlarmStates(cloudFormation, cloudWatch, 'ArticlePipelineAcceptance-x1');
 * ```
 */
export async function awsAlarmStates(
  cloudFormation: CloudFormationClient,
  cloudWatch: CloudWatchClient,
  stackName: string,
): Promise<AlarmState[]> {
  const names: string[] = [];
  for await (const page of paginateListStackResources({ client: cloudFormation }, { StackName: stackName })) {
    for (const resource of page.StackResourceSummaries ?? []) {
      if (resource.ResourceType === 'AWS::CloudWatch::Alarm' && resource.PhysicalResourceId) {
        names.push(resource.PhysicalResourceId);
      }
    }
  }
  const states: AlarmState[] = [];
  for (let start = 0; start < names.length; start += 100) {
    const { MetricAlarms = [] } = await cloudWatch.send(
      new DescribeAlarmsCommand({ AlarmNames: names.slice(start, start + 100), MaxRecords: 100 }),
    );
    for (const alarm of MetricAlarms) {
      states.push({
        name: alarm.AlarmName ?? '',
        state: (alarm.StateValue ?? 'INSUFFICIENT_DATA') as AlarmState['state'],
      });
    }
  }
  return states;
}
