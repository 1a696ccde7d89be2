/**
 * The aggregates consumer's function description (lib/PipelineAggregates.ts): how local mode recognises the
 * stream consumer it reproduces with `LocalStreamAggregator` in a synthesized template.
 */
export const AGGREGATES_FUNCTION_DESCRIPTION =
  'article-pipeline aggregates: counts by status and articles per publication and day';
