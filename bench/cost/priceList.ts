/**
 * AWS list prices, us-east-1, on-demand, taken as of 2026-11-26 from AWS's public pricing pages (Lambda,
 * SQS, S3, DynamoDB, CloudWatch, X-Ray). Free tiers are left out: a pipeline at this scale uses them up.
 */
export const PRICE_LIST = {
  asOf: '2026-11-26',
  region: 'us-east-1',
  /** Lambda on arm64, per GB-second of billed duration (first pricing tier). */
  lambdaArmGbSecond: 0.000_013_333_4,
  lambdaRequest: 0.2 / 1e6,
  /** SQS standard queue, per request; each 64 KB chunk of a request's payload is a request. */
  sqsRequest: 0.4 / 1e6,
  /** S3 Standard GET (and HEAD). */
  s3GetRequest: 0.0004 / 1_000,
  /** DynamoDB on-demand, standard table class. */
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  dynamoStorageGbMonth: 0.25,
  /** CloudWatch Logs standard ingestion. */
  logsIngestGb: 0.5,
  /** X-Ray traces recorded. */
  xrayTrace: 5 / 1e6,
} as const;

export type PriceList = typeof PRICE_LIST;
