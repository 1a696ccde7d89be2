/** Errors the infrastructure code throws at synth time. */

/**
 * A prop of `ArticlePipeline` is out of range or conflicts with another; thrown while the app is built,
 * before anything is deployed.
 *
 * @example
 * ```ts
 * try {
 *   new ArticlePipeline(stack, 'Pipeline', { maxReceiveCount: 0 });
 * } catch (error) {
 *   if (error instanceof ArticlePipelinePropsError) console.error(error.prop, error.message);
 * }
 * ```
 */
export class ArticlePipelinePropsError extends Error {
  /** The offending prop's name. */
  readonly prop: string;

  constructor(prop: string, message: string) {
    super(`ArticlePipeline: ${prop} ${message}`);
    this.name = 'ArticlePipelinePropsError';
    this.prop = prop;
  }
}
