import type { LocalFunction } from '../types';

/** Where the function's AWS clients must connect, and as whom. */
export interface FunctionEndpoints {
  region: string;
  s3: string;
  dynamodb: string;
  sqs: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/**
 * The whole environment a function runs with locally: its variables from the template, what the Lambda
 * runtime sets (`AWS_REGION`, `AWS_LAMBDA_FUNCTION_NAME`, memory size, version, log group), and the only
 * local differences, all through the SDK's standard settings: `AWS_ENDPOINT_URL_<SERVICE>`, static
 * credentials, `S3_FORCE_PATH_STYLE`, and the shared config files pointed away from the user's own (a
 * profile's `endpoint_url` or region must not redirect the function). `AWS_EXECUTION_ENV` stays unset:
 * Powertools Tracer then stays off, X-Ray not being here.
 *
 * @example
 * buildFunctionEnvironment(fn, endpoints).AWS_ENDPOINT_URL_DYNAMODB; // 'http://127.0.0.1:8000'
 */
export function buildFunctionEnvironment(
  fn: LocalFunction,
  endpoints: FunctionEndpoints,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'en_US.UTF-8',
    ...fn.environment,
    AWS_REGION: endpoints.region,
    AWS_DEFAULT_REGION: endpoints.region,
    AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySizeMb),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.functionName}`,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_ACCESS_KEY_ID: endpoints.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: endpoints.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    S3_FORCE_PATH_STYLE: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
}
