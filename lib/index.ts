/** The infrastructure's public API, for apps that embed the pipeline in their own stacks. */
export { ArticlePipeline } from './ArticlePipeline';
export { ArticlePipelineStack, type ArticlePipelineStackProps } from './ArticlePipelineStack';
export { INGEST_TABLE_ACTIONS } from './addIngestPermissions';
export { addPipelineOutputs, PIPELINE_OUTPUT_NAMES, type PipelineOutputName } from './addPipelineOutputs';
export * from './constants';
export { INGEST_RUNTIME } from './createIngestFunction';
export { ArticlePipelinePropsError } from './errors';
export { PipelineAggregates, type PipelineAggregatesProps } from './PipelineAggregates';
export { type PipelineStackSelection, pipelineStackFromContext } from './pipelineStackFromContext';
export type * from './types';
