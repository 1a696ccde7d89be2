import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { ArticlePipelinePropsError } from '../../lib/errors';
import { pipelineStackFromContext } from '../../lib/pipelineStackFromContext';
import { resolvePipelineSettings } from '../../lib/resolvePipelineSettings';
import { synthesizePipelineStack } from './testApp';

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
          timeout: undefined,
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
        functionTimeoutSeconds: 30,
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
          timeout: Duration.seconds(30),
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

  it('reads functionTimeoutSeconds as a whole number of seconds, and refuses anything else', () => {
    const timeoutOf = (value: unknown) =>
      pipelineStackFromContext(
        contextOf({ functionTimeoutSeconds: value }),
      ).props.pipeline?.timeout?.toSeconds();
    expect(timeoutOf('5')).toBe(5);
    expect(timeoutOf(900)).toBe(900);
    expect(timeoutOf('')).toBeUndefined();
    for (const bad of ['0', '-3', '2.5', 'two', '1e400']) {
      expect(() => timeoutOf(bad)).toThrow(ArticlePipelinePropsError);
      expect(() => timeoutOf(bad)).toThrow(/functionTimeoutSeconds must be a whole number of seconds/);
    }
  });

  it('gives the function the timeout and the queue six times it, and the default without the key', () => {
    const timeouts = (context: Record<string, unknown>) => {
      const { props } = pipelineStackFromContext(contextOf(context));
      const { template } = synthesizePipelineStack(props);
      const fn = Object.values(template.findResources('AWS::Lambda::Function')).find((resource) =>
        String(resource.Properties?.Description).startsWith('article-pipeline ingest'),
      );
      const queues = Object.values(template.findResources('AWS::SQS::Queue')).filter(
        (resource) => resource.Properties?.RedrivePolicy !== undefined,
      );
      return {
        function: fn?.Properties?.Timeout,
        queues: queues.map((queue) => queue.Properties.VisibilityTimeout),
      };
    };
    expect(timeouts({ functionTimeoutSeconds: '5' })).toEqual({ function: 5, queues: [30] });
    const defaults = resolvePipelineSettings({});
    expect(timeouts({})).toEqual({
      function: defaults.timeout.toSeconds(),
      queues: [defaults.visibilityTimeout.toSeconds()],
    });
    expect(defaults.visibilityTimeout.toSeconds()).toBeGreaterThanOrEqual(6 * defaults.timeout.toSeconds());
  });

  it("refuses a timeout past Lambda's 15 minutes when the stack is built", () => {
    const { props } = pipelineStackFromContext(contextOf({ functionTimeoutSeconds: '901' }));
    expect(() => synthesizePipelineStack(props)).toThrow(/timeout must be 1 s to 15 min, got 901 s/);
  });
});
