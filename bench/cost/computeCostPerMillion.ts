import type { PriceList } from './priceList';
import type { CostPerMillion, UsagePerArticle } from './types';

const MILLION = 1e6;
const GB = 1024 ** 3;

const cents = (usd: number) => Number(usd.toFixed(4));

/**
 * Prices a million articles from what one article uses: each service's measured use × its list price.
 * Storage is a monthly cost of keeping the records, reported beside the total, not in it.
 *
 * @example
 * ```ts
 * const { totalUsd, byService } = computeCostPerMillion(usage, PRICE_LIST);
 * ```
 */
export function computeCostPerMillion(usage: UsagePerArticle, prices: PriceList): CostPerMillion {
  const byService = {
    lambdaRequests: cents(usage.lambdaInvocations * prices.lambdaRequest * MILLION),
    lambdaDuration: cents(usage.lambdaGbSeconds * prices.lambdaArmGbSecond * MILLION),
    sqs: cents(usage.sqsRequests * prices.sqsRequest * MILLION),
    s3: cents(usage.s3GetRequests * prices.s3GetRequest * MILLION),
    dynamodbWrites: cents(usage.dynamoWriteUnits * prices.dynamoWriteUnit * MILLION),
    dynamodbReads: cents(usage.dynamoReadUnits * prices.dynamoReadUnit * MILLION),
    cloudwatchLogs: cents((usage.logBytes / GB) * prices.logsIngestGb * MILLION),
    xray: cents(usage.xrayTraces * prices.xrayTrace * MILLION),
  };
  const totalUsd = cents(Object.values(byService).reduce((sum, usd) => sum + usd, 0));
  return {
    totalUsd,
    byService,
    storageUsdPerMonth: cents((usage.storedBytes / GB) * prices.dynamoStorageGbMonth * MILLION),
  };
}
