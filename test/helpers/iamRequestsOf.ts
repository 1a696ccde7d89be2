import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';

/** What IAM authorizes for one call: an action on a resource ARN. */
export interface IamRequest {
  action: string;
  resource: string;
  /** Why the call needs it, for failure messages. */
  because: string;
}

const ITEM_ACTIONS: ReadonlyArray<[new (...args: never[]) => { input: object }, string]> = [
  [GetCommand, 'dynamodb:GetItem'],
  [PutCommand, 'dynamodb:PutItem'],
  [UpdateCommand, 'dynamodb:UpdateItem'],
  [DeleteCommand, 'dynamodb:DeleteItem'],
];

/**
 * The IAM authorizations an S3 or lib-dynamodb command needs, per the service authorization reference:
 * GetObject needs `s3:GetObject` on the object, or `s3:GetObjectVersion` with a version id, and, for S3 to
 * answer a missing key with 404 rather than 403, `s3:ListBucket` on the bucket; a DynamoDB call needs its
 * action on the table, or on `table/…/index/…` for an index query; a batch needs its action on every
 * table; TransactWriteItems needs each item's own action. Throws for a command it does not know, so a new
 * kind of call cannot slip past the check.
 *
 * @example
 * ```ts
 * iamRequestsOf(new GetObjectCommand({ Bucket: 'b', Key: 'k' }), { region: 'us-east-1', accountId: '1' });
 * ```
 */
export function iamRequestsOf(command: unknown, where: { region: string; accountId: string }): IamRequest[] {
  const tableArn = (table: unknown) =>
    `arn:aws:dynamodb:${where.region}:${where.accountId}:table/${String(table)}`;
  if (command instanceof GetObjectCommand || command instanceof HeadObjectCommand) {
    const { Bucket, Key, VersionId } = command.input;
    const because = `${command.constructor.name} ${Bucket}/${Key}`;
    return [
      {
        action: VersionId ? 's3:GetObjectVersion' : 's3:GetObject',
        resource: `arn:aws:s3:::${Bucket}/${Key}`,
        because,
      },
      {
        action: 's3:ListBucket',
        resource: `arn:aws:s3:::${Bucket}`,
        because: `${because} (404 for a missing key)`,
      },
    ];
  }
  if (command instanceof ListObjectsV2Command) {
    const { Bucket } = command.input;
    return [
      { action: 's3:ListBucket', resource: `arn:aws:s3:::${Bucket}`, because: `ListObjectsV2 ${Bucket}` },
    ];
  }
  for (const [type, action] of ITEM_ACTIONS) {
    if (command instanceof type) {
      const { TableName } = command.input as { TableName?: string };
      return [{ action, resource: tableArn(TableName), because: `${type.name} on ${TableName}` }];
    }
  }
  if (command instanceof QueryCommand) {
    const { TableName, IndexName } = command.input;
    const resource = IndexName ? `${tableArn(TableName)}/index/${IndexName}` : tableArn(TableName);
    return [{ action: 'dynamodb:Query', resource, because: `Query on ${resource}` }];
  }
  if (command instanceof BatchGetCommand || command instanceof BatchWriteCommand) {
    const action = command instanceof BatchGetCommand ? 'dynamodb:BatchGetItem' : 'dynamodb:BatchWriteItem';
    return Object.keys(command.input.RequestItems ?? {}).map((table) => ({
      action,
      resource: tableArn(table),
      because: `${action} on ${table}`,
    }));
  }
  if (command instanceof TransactWriteCommand) {
    return (command.input.TransactItems ?? []).flatMap((item) => {
      const [[kind, operation] = []] = Object.entries(item);
      const action = {
        Put: 'PutItem',
        Update: 'UpdateItem',
        Delete: 'DeleteItem',
        ConditionCheck: 'ConditionCheckItem',
      }[kind as string];
      const table = (operation as { TableName?: string } | undefined)?.TableName;
      return [
        {
          action: `dynamodb:${action}`,
          resource: tableArn(table),
          because: `TransactWriteItems ${kind} on ${table}`,
        },
      ];
    });
  }
  throw new Error(`No IAM mapping for ${(command as object)?.constructor?.name ?? typeof command}`);
}
