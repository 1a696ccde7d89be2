/** Types of the cost suite: what one article uses of each service, and what that costs. */

/** Average use of each billed service per article, measured (or modelled where stated). */
export interface UsagePerArticle {
  /** Lambda invocations (one per SQS batch). */
  lambdaInvocations: number;
  /** Billed GB-seconds: modelled duration × configured memory. */
  lambdaGbSeconds: number;
  /** SQS requests: S3's SendMessage per object, the event source's receives and deletes per batch. */
  sqsRequests: number;
  /** S3 GET requests (GetObject; HEAD is priced as GET). */
  s3GetRequests: number;
  /** DynamoDB write request units: table and index writes. */
  dynamoWriteUnits: number;
  /** DynamoDB read request units. */
  dynamoReadUnits: number;
  /** CloudWatch Logs bytes ingested: the function's lines, Lambda's platform records, per-event overhead. */
  logBytes: number;
  /** X-Ray traces recorded (tracing is active: one per invocation). */
  xrayTraces: number;
  /** Bytes the article occupies in the table (items, index entries, per-item overhead). */
  storedBytes: number;
}

/** USD per million articles, by service. */
export interface CostBreakdown {
  lambdaRequests: number;
  lambdaDuration: number;
  sqs: number;
  s3: number;
  dynamodbWrites: number;
  dynamodbReads: number;
  cloudwatchLogs: number;
  xray: number;
}

/** What a million articles cost to ingest, and to keep. */
export interface CostPerMillion {
  totalUsd: number;
  byService: CostBreakdown;
  /** Not in the total: DynamoDB storage of a million articles for one month. */
  storageUsdPerMonth: number;
}

/** One request the recording proxy saw. */
export interface RecordedRequest {
  service: 's3' | 'dynamodb';
  /** `GetObject`, `PutItem`, `BatchWriteItem`, … */
  operation: string;
  status: number;
  /** DynamoDB's consumed write units (table and indexes) as the server reported them. */
  writeUnits: number;
  readUnits: number;
  /** Items the request puts (PutItem, BatchWriteItem), as sent: for the item-size cross-check. */
  putItems: Record<string, unknown>[];
}
