import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import type { RecordStore } from '../../lambda/store/RecordStore';
import type { StoredSource } from '../../lambda/store/types';
import { readSources } from '../store/readSources';
import type { KeyStatus, RemoteObject } from '../types';
import { headRemoteObject } from '../upload/headRemoteObject';
import { listRemoteObjects } from '../upload/listRemoteObjects';
import { classifyKey } from './classifyKey';

/** Where {@link readKeyStatuses} reads. */
export interface StatusSources {
  s3: S3Client;
  dynamo: DynamoDBDocumentClient;
  store: RecordStore;
  bucket: string;
  table: string;
}

/** What `status` found: a row per known key, and the keys that were never uploaded. */
export interface KeyStatusReport {
  statuses: KeyStatus[];
  neverUploaded: string[];
}

/**
 * The status of the given keys (a HeadObject and the source record each), or, without keys, of every
 * object under `prefix` (one listing, source records 100 at a time) plus the keys under it whose records
 * say `DELETED`. Rows come sorted by key.
 *
 * @example
 * const { statuses } = await readKeyStatuses(sources, { prefix: '2021/' });
 * statuses.filter((row) => row.state === 'PENDING').length;
 */
export async function readKeyStatuses(
  sources: StatusSources,
  selection: { keys?: readonly string[]; prefix?: string },
): Promise<KeyStatusReport> {
  const objects = new Map<string, RemoteObject>();
  let keys: string[];
  if (selection.keys !== undefined && selection.keys.length > 0) {
    keys = [...new Set(selection.keys)];
    const heads = await mapConcurrent(keys, 8, (key) => headRemoteObject(sources.s3, sources.bucket, key));
    keys.forEach((key, index) => {
      const head = heads[index];
      if (head !== undefined) objects.set(key, head);
    });
  } else {
    const prefix = selection.prefix ?? '';
    for (const [key, object] of await listRemoteObjects(sources.s3, sources.bucket, prefix))
      objects.set(key, object);
    keys = [...objects.keys()];
    for (const deleted of await deletedSourcesUnder(sources, prefix)) {
      if (!objects.has(deleted.key)) keys.push(deleted.key);
    }
  }
  const records = await readSources(sources.dynamo, sources.table, sources.bucket, keys);
  const statuses: KeyStatus[] = [];
  const neverUploaded: string[] = [];
  for (const key of keys) {
    const status = classifyKey(key, objects.get(key), records.get(key));
    if (status === undefined) neverUploaded.push(key);
    else statuses.push(status);
  }
  statuses.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { statuses, neverUploaded };
}

/** Deleted sources are kept (until their TTL) in the `STATUS#DELETED` index partition; few, so read them all. */
async function deletedSourcesUnder(sources: StatusSources, prefix: string): Promise<StoredSource[]> {
  const found: StoredSource[] = [];
  let cursor: string | null = null;
  do {
    const page = await sources.store.sourcesByStatus('DELETED', { limit: 1_000, cursor });
    found.push(
      ...page.items.filter((source) => source.bucket === sources.bucket && source.key.startsWith(prefix)),
    );
    cursor = page.cursor;
  } while (cursor !== null);
  return found;
}
