/** Messages between the end-to-end suite and the pipeline process it starts. */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** The pipeline process is up: servers, resources, the function and its event source. */
export interface PipelineStartedMessage {
  type: 'started';
  dynamodbEndpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
  /** The incoming bucket: the baselines write the same keys. */
  bucket: string;
  tableName: string;
  /** The table's definition, to create baseline tables exactly like it. */
  createTable: CreateTableCommandInput;
  batchSize: number;
  /** Invocations the local event source runs at once (the mapping's `MaximumConcurrency`). */
  maximumConcurrency: number;
  memorySizeMb: number;
  /** DynamoDB Local's Java process. */
  dynamoDbLocalPid?: number;
}

/** Every uploaded object's latest event was processed (or dead-lettered). */
export interface PipelineDoneMessage {
  type: 'done';
  objects: number;
  processed: number;
  deadLettered: number;
  /** From the first PutObject until every object's records were stored and the queue held no message. */
  pipelineMs: number;
  /** Until the last PutObject returned (processing overlaps it). */
  uploadMs: number;
  /** Peak resident memory of the pipeline process (s3rver, fauxqs, forwarder, poller, the function's thread). */
  peakRssMb: number;
  /** Bytes the function wrote to its log. */
  functionLogBytes: number;
  /** Events the function acknowledged without writing (redelivered copies: duplicate or superseded). */
  skippedEvents: number;
  warnings: string[];
}

export type PipelineProcessMessage = PipelineStartedMessage | PipelineDoneMessage;

/** What the suite tells the pipeline process. */
export type PipelineProcessCommand = { type: 'stop' };
