import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ArticlePipelineStackProps } from './ArticlePipelineStack';
import { ArticlePipelinePropsError } from './errors';

/** The stack `bin/app.ts` deploys: its name and props, as CDK context values select them. */
export interface PipelineStackSelection {
  readonly stackName: string;
  readonly props: ArticlePipelineStackProps;
}

/**
 * Reads the app's context values (`-c key=value`, cdk.json, cdk.context.json) into the stack's name and
 * props: `stackName`, `dev` (`true` → RemovalPolicy.DESTROY), `alarmTopicArn`, `objectKeyPrefix`,
 * `objectKeySuffix`, `bundleAwsSdk`, `aggregates` (`false` leaves the browser's aggregates consumer out),
 * `functionTimeoutSeconds` (the ingest function's timeout; the queue's
 * visibility timeout follows at six times it). Shared by `bin/app.ts` and anything that must synthesize the same
 * stack in-process (local mode), so the two never drift.
 *
 * @example
 * ```ts
 * const { stackName, props } = pipelineStackFromContext((key) => app.node.tryGetContext(key));
 * new ArticlePipelineStack(app, stackName, props);
 * ```
 */
export function pipelineStackFromContext(context: (key: string) => unknown): PipelineStackSelection {
  const text = (key: string): string | undefined => {
    const value = context(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  return {
    stackName: text('stackName') ?? 'ArticlePipeline',
    props: {
      pipeline: {
        removalPolicy: text('dev') === 'true' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
        objectKeyPrefix: text('objectKeyPrefix'),
        objectKeySuffix: text('objectKeySuffix'),
        // Absent means the construct's default (bundled); only 'false' leaves the SDK to the runtime.
        bundleAwsSdk: text('bundleAwsSdk') === undefined ? undefined : text('bundleAwsSdk') !== 'false',
        timeout: secondsOf('functionTimeoutSeconds', text('functionTimeoutSeconds')),
      },
      alarmTopicArn: text('alarmTopicArn'),
      // Absent means the stack's default (created); only 'false' leaves the consumer out.
      aggregates: text('aggregates') === 'false' ? false : undefined,
    },
  };
}

/** A context value in whole seconds as a Duration; the construct checks the range (1 s to 15 min). */
function secondsOf(key: string, value: string | undefined): Duration | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0) {
    throw new ArticlePipelinePropsError(
      key,
      `must be a whole number of seconds, got ${JSON.stringify(value)}`,
    );
  }
  return Duration.seconds(seconds);
}
