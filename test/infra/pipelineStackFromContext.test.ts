import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { pipelineStackFromContext } from '../../lib/pipelineStackFromContext';

const contextOf = (values: Record<string, unknown>) => (key: string) => values[key];

describe('pipelineStackFromContext', () => {
  it('gives a retained stack named ArticlePipeline without context', () => {
    expect(pipelineStackFromContext(contextOf({}))).toEqual({
      stackName: 'ArticlePipeline',
      props: {
        pipeline: {
          removalPolicy: RemovalPolicy.RETAIN,
          objectKeyPrefix: undefined,
          objectKeySuffix: undefined,
          bundleAwsSdk: undefined,
        },
        alarmTopicArn: undefined,
      },
    });
  });

  it('reads every documented key, as strings (-c) or JSON values (cdk.json)', () => {
    const selection = pipelineStackFromContext(
      contextOf({
        stackName: 'ArticlePipelineDev',
        dev: true,
        alarmTopicArn: 'arn:aws:sns:eu-west-1:111122223333:ops',
        objectKeyPrefix: 'incoming/',
        objectKeySuffix: '.txt',
        bundleAwsSdk: 'true',
      }),
    );
    expect(selection).toEqual({
      stackName: 'ArticlePipelineDev',
      props: {
        pipeline: {
          removalPolicy: RemovalPolicy.DESTROY,
          objectKeyPrefix: 'incoming/',
          objectKeySuffix: '.txt',
          bundleAwsSdk: true,
        },
        alarmTopicArn: 'arn:aws:sns:eu-west-1:111122223333:ops',
      },
    });
  });

  it('treats empty values as absent, dev anything but "true" as false, bundleAwsSdk only "false" as false', () => {
    const { stackName, props } = pipelineStackFromContext(
      contextOf({ stackName: '', dev: 'yes', bundleAwsSdk: 'false' }),
    );
    expect(stackName).toBe('ArticlePipeline');
    expect(props.pipeline?.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(props.pipeline?.bundleAwsSdk).toBe(false);
    expect(pipelineStackFromContext(contextOf({ bundleAwsSdk: '' })).props.pipeline?.bundleAwsSdk).toBe(
      undefined,
    );
  });
});
