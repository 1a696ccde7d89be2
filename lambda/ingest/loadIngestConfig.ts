// zod/mini: the classic API costs about 300 ms of cold start to load (bench/coldStartBench.ts), mini 14 ms.
import * as z from 'zod/mini';
import { IngestConfigError } from './errors';
import type { IngestConfig } from './types';

const flag = (fallback: 'true' | 'false') =>
  z.pipe(
    z._default(z.enum(['true', 'false']), fallback),
    z.transform((value: 'true' | 'false') => value === 'true'),
  );
const positiveInteger = (fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

const environmentSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  MAX_OBJECT_BYTES: positiveInteger(26_214_400),
  MAX_RECEIVE_COUNT: positiveInteger(5),
  DELETED_RETENTION_DAYS: positiveInteger(30),
  DATE_FROM_KEY: flag('false'),
  INDEX_ENTITIES: flag('true'),
  PACK_ARTICLE_BODIES: flag('true'),
  S3_FORCE_PATH_STYLE: flag('false'),
  INGEST_QUEUE_URL: z.optional(z.string().check(z.minLength(1))),
  WRITE_BATCH_DOCUMENTS: positiveInteger(100),
});

/**
 * The ingest function's settings from its environment, validated once per container: `TABLE_NAME`
 * (required), `MAX_OBJECT_BYTES` (26214400), `MAX_RECEIVE_COUNT` (5), `DELETED_RETENTION_DAYS` (30),
 * `DATE_FROM_KEY` and `S3_FORCE_PATH_STYLE` (`'true'|'false'`, false), `INDEX_ENTITIES` and
 * `PACK_ARTICLE_BODIES` (`'true'|'false'`, true), `INGEST_QUEUE_URL` (the function's own queue, for
 * continuations; optional) and `WRITE_BATCH_DOCUMENTS` (100). Endpoints, region and credentials
 * are the AWS SDK's own variables. Throws {@link IngestConfigError} naming every bad variable.
 *
 * @example
 * ```ts
 * const config = loadIngestConfig(process.env);
 * ```
 */
export function loadIngestConfig(environment: NodeJS.ProcessEnv): IngestConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new IngestConfigError(`Invalid function environment: ${z.prettifyError(parsed.error)}`);
  }
  const env = parsed.data;
  return {
    tableName: env.TABLE_NAME,
    maxObjectBytes: env.MAX_OBJECT_BYTES,
    maxReceiveCount: env.MAX_RECEIVE_COUNT,
    deletedRetentionDays: env.DELETED_RETENTION_DAYS,
    dateFromKey: env.DATE_FROM_KEY,
    indexEntities: env.INDEX_ENTITIES,
    packArticleBodies: env.PACK_ARTICLE_BODIES,
    s3ForcePathStyle: env.S3_FORCE_PATH_STYLE,
    ingestQueueUrl: env.INGEST_QUEUE_URL,
    writeBatchDocuments: env.WRITE_BATCH_DOCUMENTS,
  };
}
