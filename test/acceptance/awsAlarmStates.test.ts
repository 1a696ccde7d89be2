// Alarm states are read from AWS only (CloudWatch is not emulated locally): the reading is checked
// against stubbed clients.
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsAlarmStates } from '../../scripts/acceptance/awsAlarmStates';

const cloudFormation = mockClient(CloudFormationClient);
const cloudWatch = mockClient(CloudWatchClient);
afterEach(() => {
  cloudFormation.reset();
  cloudWatch.reset();
});

describe('awsAlarmStates', () => {
  it("reads the states of the stack's own alarms, and only those", async () => {
    cloudFormation.on(ListStackResourcesCommand).resolves({
      StackResourceSummaries: [
        { ResourceType: 'AWS::CloudWatch::Alarm', PhysicalResourceId: 'Stack-FailedMessages-1' },
        { ResourceType: 'AWS::SQS::Queue', PhysicalResourceId: 'https://sqs/queue' },
        { ResourceType: 'AWS::CloudWatch::Alarm', PhysicalResourceId: 'Stack-TableThrottles-2' },
      ] as never,
    });
    cloudWatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'Stack-FailedMessages-1', StateValue: 'INSUFFICIENT_DATA' },
        { AlarmName: 'Stack-TableThrottles-2', StateValue: 'OK' },
      ],
    });

    const states = await awsAlarmStates(
      new CloudFormationClient({ region: 'us-east-1' }),
      new CloudWatchClient({ region: 'us-east-1' }),
      'Stack',
    );

    expect(states).toEqual([
      { name: 'Stack-FailedMessages-1', state: 'INSUFFICIENT_DATA' },
      { name: 'Stack-TableThrottles-2', state: 'OK' },
    ]);
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)[0]?.args[0].input.AlarmNames).toEqual([
      'Stack-FailedMessages-1',
      'Stack-TableThrottles-2',
    ]);
  });
});
