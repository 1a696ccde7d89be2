import type { LocalPipelineDefinition } from '../types';
import type { ResolvedNotification } from './types';

/**
 * The template's notification configurations with their bucket names and queue URLs filled in.
 *
 * @example
 * resolveNotifications(definition, queueUrls); // [{ bucketName: 'incoming', queueUrl: 'http://…', events: […] }]
 */
export function resolveNotifications(
  definition: LocalPipelineDefinition,
  queueUrls: Map<string, string>,
): ResolvedNotification[] {
  const bucketNames = new Map(definition.buckets.map((bucket) => [bucket.logicalId, bucket.bucketName]));
  return definition.notifications.map((notification) => ({
    bucketName: bucketNames.get(notification.bucketLogicalId)!,
    queueUrl: queueUrls.get(notification.queueLogicalId)!,
    events: notification.events,
    configurationId: notification.configurationId,
    ...(notification.prefix !== undefined && { prefix: notification.prefix }),
    ...(notification.suffix !== undefined && { suffix: notification.suffix }),
  }));
}
