import { Tracer } from '@aws-lambda-powertools/tracer';
import { describe, expect, it } from 'vitest';
import { IngestConfigError } from '../../lambda/ingest/errors';
import { loadIngestConfig } from '../../lambda/ingest/loadIngestConfig';
import { loadTracer } from '../../lambda/ingest/loadTracer';
import { resolvePublishedDate } from '../../lambda/ingest/resolvePublishedDate';
import { pipelineDefinition } from '../helpers/pipelineDefinition';

describe('loadIngestConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadIngestConfig({ TABLE_NAME: 'records' })).toEqual({
      tableName: 'records',
      maxObjectBytes: 26_214_400,
      maxReceiveCount: 5,
      deletedRetentionDays: 30,
      dateFromKey: false,
      indexEntities: true,
      packArticleBodies: true,
      s3ForcePathStyle: false,
      ingestQueueUrl: undefined,
      writeBatchDocuments: 100,
    });
  });

  it('reads the store switches, which default to on', () => {
    expect(
      loadIngestConfig({ TABLE_NAME: 'records', INDEX_ENTITIES: 'false', PACK_ARTICLE_BODIES: 'false' }),
    ).toMatchObject({ indexEntities: false, packArticleBodies: false });
    expect(() => loadIngestConfig({ TABLE_NAME: 'records', INDEX_ENTITIES: 'no' })).toThrow(/INDEX_ENTITIES/);
  });

  it('names every bad variable', () => {
    expect(() => loadIngestConfig({ MAX_RECEIVE_COUNT: 'zero', DATE_FROM_KEY: 'yes' })).toThrow(
      IngestConfigError,
    );
    expect(() => loadIngestConfig({ MAX_RECEIVE_COUNT: 'zero', DATE_FROM_KEY: 'yes' })).toThrow(
      /TABLE_NAME[\s\S]*MAX_RECEIVE_COUNT[\s\S]*DATE_FROM_KEY/,
    );
  });

  it("accepts the environment the synthesized stack gives the function, whose last receive is the queue's", async () => {
    const { definition } = await pipelineDefinition();
    const ingest = definition.functions.find((candidate) => candidate.environment.TABLE_NAME !== undefined);
    const queue = definition.queues.find((candidate) => candidate.attributes.RedrivePolicy);
    const redrivePolicy = queue?.attributes.RedrivePolicy;
    const { maxReceiveCount } = JSON.parse(redrivePolicy ?? '{}') as { maxReceiveCount?: number };

    const config = loadIngestConfig(ingest?.environment ?? {});

    expect(config.tableName).toBe(definition.tables[0]?.tableName);
    expect(config.maxReceiveCount).toBe(maxReceiveCount);
    // Continuations go to the queue the function consumes.
    expect(config.ingestQueueUrl?.endsWith(`/${queue?.queueName}`)).toBe(true);
  });
});

describe('loadTracer', () => {
  const inLambda = { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x' };

  it('gives no Tracer outside Lambda or with tracing turned off, so the X-Ray SDK never loads there', async () => {
    expect(await loadTracer({}, 'ingest')).toBeUndefined();
    expect(await loadTracer({ ...inLambda, POWERTOOLS_TRACE_ENABLED: 'false' }, 'ingest')).toBeUndefined();
    expect(await loadTracer({ ...inLambda, POWERTOOLS_TRACE_ENABLED: ' FALSE ' }, 'ingest')).toBeUndefined();
  });

  it('gives a Tracer in Lambda, which then decides for itself whether it is on', async () => {
    expect(await loadTracer(inLambda, 'ingest')).toBeInstanceOf(Tracer);
    expect(await loadTracer({ ...inLambda, POWERTOOLS_TRACE_ENABLED: 'true' }, 'ingest')).toBeInstanceOf(
      Tracer,
    );
  });
});

describe('resolvePublishedDate', () => {
  const hints = { userMetadata: {}, key: 'feeds/2021/09/03/a.txt', dateFromKey: true };

  it("prefers the file's own date, then the object's metadata, then the key when allowed", () => {
    expect(resolvePublishedDate({ publishedDate: '2020-01-02' }, hints)).toEqual({
      publishedDate: '2020-01-02',
      publishedDateSource: 'file',
    });
    expect(
      resolvePublishedDate(
        { publishedDate: null },
        { ...hints, userMetadata: { published: '2021-09-02T08:00:00Z' } },
      ),
    ).toEqual({
      publishedDate: '2021-09-02',
      publishedDateSource: 'metadata',
    });
    expect(resolvePublishedDate({ publishedDate: null }, hints)).toEqual({
      publishedDate: '2021-09-03',
      publishedDateSource: 'key',
    });
    expect(resolvePublishedDate({ publishedDate: null }, { ...hints, dateFromKey: false })).toEqual({
      publishedDate: null,
      publishedDateSource: null,
    });
  });

  it('ignores impossible dates', () => {
    expect(
      resolvePublishedDate({ publishedDate: null }, { ...hints, key: 'feeds/2021/02/30/a.txt' })
        .publishedDate,
    ).toBeNull();
    expect(
      resolvePublishedDate(
        { publishedDate: null },
        { ...hints, dateFromKey: false, userMetadata: { published: '2021-13-01' } },
      ).publishedDate,
    ).toBeNull();
  });
});
