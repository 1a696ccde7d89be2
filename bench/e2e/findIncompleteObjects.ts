import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { UploadObject } from '../workload/types';

/**
 * The objects whose stored records do not hold their articles, each with what was found, for the error
 * message of a failed run (a slow check: it reads every object's records).
 *
 * @example
 * ```ts
 * const incomplete = await findIncompleteObjects(client, table, bucket, objects);
 * ```
 */
export async function findIncompleteObjects(
  client: DynamoDBClient,
  tableName: string,
  bucket: string,
  objects: readonly UploadObject[],
): Promise<string[]> {
  const store = new RecordStore({ client, tableName });
  const findings = await mapConcurrent(objects, 16, async (object) => {
    const records = await store.getSourceRecords(bucket, object.key);
    const stored = records?.articles.filter((article) => article.status === 'PARSED').length ?? 0;
    return stored === object.articleCount
      ? undefined
      : `${object.key}: ${records?.source.status ?? 'no source'}, ${stored} of ${object.articleCount} articles`;
  });
  return findings.filter((finding): finding is string => finding !== undefined);
}
