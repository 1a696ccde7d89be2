import type { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Powertools Tracer, or `undefined` where a Tracer could only be disabled: outside Lambda (no
 * `AWS_EXECUTION_ENV`: tests, local mode, a bare `node` run) or with `POWERTOOLS_TRACE_ENABLED=false`.
 * Importing the Tracer runs the X-Ray SDK's module code (with semver, a third of the bundle's bytes),
 * which a disabled Tracer never uses; the bundle keeps it, but its code runs only where tracing may be
 * on. Inside Lambda the Tracer still decides for itself (SAM local, Amplify's mock), as it would if
 * imported statically.
 *
 * @example
 * ```ts
 * const tracer = await loadTracer(process.env, 'article-pipeline');
 * const s3 = tracer ? tracer.captureAWSv3Client(new S3Client({})) : new S3Client({});
 * ```
 */
export async function loadTracer(
  environment: NodeJS.ProcessEnv,
  serviceName: string,
): Promise<Tracer | undefined> {
  const executionEnvironment = environment.AWS_EXECUTION_ENV?.trim() ?? '';
  const enabled = environment.POWERTOOLS_TRACE_ENABLED?.trim().toLowerCase() ?? '';
  if (executionEnvironment === '' || enabled === 'false') return undefined;
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  return new Tracer({ serviceName });
}
