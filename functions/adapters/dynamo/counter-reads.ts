import type { Counters } from '#domain/stats/metrics';
import { tableName } from '#commons/config';
import { queryAll } from './query-all';

/**
 * The brand ranking's read of the community counters (#72): the stream aggregator (adapters/dynamo/stats.ts,
 * `communityCounterIndex`) indexes the stock and yearly items of every community on GSI1 `STATS#<district>` /
 * `<period>#<communityCode>`, so one query per period reads exactly the district's communities for that period.
 */
export async function communityCountersOfDistrict(districtCode: string, periods: readonly string[]): Promise<Map<string, Map<string, Counters>>> {
  const byCommunity = new Map<string, Map<string, Counters>>();
  const pages = await Promise.all(periods.map((period) => queryAll<Record<string, unknown>>({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :period)',
    ExpressionAttributeValues: { ':pk': `STATS#${districtCode}`, ':period': `${period}#` },
  })));
  for (const item of pages.flat()) {
    const community = String(item.divisionCode);
    const counters: Counters = {};
    for (const [name, value] of Object.entries(item)) if (typeof value === 'number' && name !== 'expiresAt') counters[name] = value;
    if (!byCommunity.has(community)) byCommunity.set(community, new Map());
    byCommunity.get(community)!.set(String(item.period), counters);
  }
  return byCommunity;
}
