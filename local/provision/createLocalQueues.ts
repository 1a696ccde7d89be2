import { CreateQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { LocalQueue } from '../types';

/**
 * Creates the queues on the local SQS server in the order given (dead-letter queues first, so a redrive
 * policy finds its target) and returns their URLs by logical id.
 *
 * @example
 * const urls = await createLocalQueues(sqs, definition.queues);
 * urls.get('PipelineQueueC13966F5'); // 'http://sqs.us-east-1.localhost:41233/000000000000/ArticlePipeline-PipelineQueueC13966F5'
 */
export async function createLocalQueues(sqs: SQSClient, queues: LocalQueue[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const queue of queues) {
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: queue.queueName, Attributes: queue.attributes }),
    );
    urls.set(queue.logicalId, QueueUrl!);
  }
  return urls;
}
