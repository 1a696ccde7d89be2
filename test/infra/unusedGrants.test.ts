import { describe, expect, it } from 'vitest';
import type { IamRequest } from '../helpers/iamRequestsOf';
import { INGEST_GRANT_REASONS } from '../helpers/ingestGrantReasons';
import type { PolicyStatement } from '../helpers/policyAllows';
import { unusedGrants } from '../helpers/unusedGrants';

const resources = {
  ownLogGroup: 'arn:aws:logs:us-east-1:1:log-group:ingest',
  ingestQueue: 'arn:aws:sqs:us-east-1:1:ingest',
};
const table = 'arn:aws:dynamodb:us-east-1:1:table/records';
const read = (key: string): IamRequest => ({
  action: 's3:GetObject',
  resource: `arn:aws:s3:::in/${key}`,
  because: `GetObject ${key}`,
});

describe('unusedGrants', () => {
  it('finds nothing when every grant is used by a call or listed with its reason', () => {
    const statements: PolicyStatement[] = [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::in/*' },
      { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:SendMessage'], Resource: resources.ingestQueue },
      { Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' },
    ];
    expect(unusedGrants(statements, [read('a.txt')], INGEST_GRANT_REASONS, resources)).toEqual([]);
  });

  it('reports a granted action that no call used and no reason explains', () => {
    const statements: PolicyStatement[] = [
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: 'arn:aws:s3:::in/*' },
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:DeleteItem'], Resource: table },
    ];
    const requests = [read('a.txt'), { action: 'dynamodb:GetItem', resource: table, because: 'get' }];
    expect(unusedGrants(statements, requests, INGEST_GRANT_REASONS, resources)).toEqual([
      { action: 's3:GetObjectVersion', resource: 'arn:aws:s3:::in/*' },
      { action: 'dynamodb:DeleteItem', resource: table },
    ]);
  });

  it('reports a listed action granted on a wider resource than its reason names', () => {
    const statements: PolicyStatement[] = [
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:1:*' },
      { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' },
    ];
    expect(unusedGrants(statements, [], INGEST_GRANT_REASONS, resources)).toEqual([
      { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:1:*' },
      { action: 'logs:PutLogEvents', resource: '*' },
    ]);
  });

  it('reports a wildcard action even when a call used one of the actions it covers', () => {
    const statements: PolicyStatement[] = [
      { Effect: 'Allow', Action: 's3:GetObject*', Resource: 'arn:aws:s3:::in/*' },
    ];
    expect(unusedGrants(statements, [read('a.txt')], INGEST_GRANT_REASONS, resources)).toEqual([
      { action: 's3:GetObject*', resource: 'arn:aws:s3:::in/*' },
    ]);
  });
});
