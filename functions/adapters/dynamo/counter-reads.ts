import type { Counters } from '#domain/stats/metrics';
import { tableName } from '#commons/config';
import { queryAll } from './query-all';

/**
 * The brand ranking's read of the community counters (#72): the stream aggregator (adapters/dynamo/stats.ts,
 * `communityCounterIndex`) indexes every community item on GSI1 `STATS#<district>` / `<communityCode>#<period>`.
 * The sort key starts with the community, so the periods wanted are picked by a filter on the item's own key.
 */
export async function communityCountersOfDistrict(districtCode: string, periods: readonly string[]): Promise<Map<string, Map<string, Counters>>> {
  const values = Object.fromEntries(periods.map((p, i) => [`:p${i}`, `P#${p}`]));
  const items = await queryAll<Record<string, unknown>>({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    FilterExpression: `SK IN (${Object.keys(values).join(', ')})`,
    ExpressionAttributeValues: { ':pk': `STATS#${districtCode}`, ...values },
  });
  const byCommunity = new Map<string, Map<string, Counters>>();
  for (const item of items) {
    const community = String(item.PK).slice('STAT#'.length);
    const period = String(item.SK).slice('P#'.length);
    const counters: Counters = {};
    for (const [name, value] of Object.entries(item)) if (typeof value === 'number' && name !== 'expiresAt') counters[name] = value;
    if (!byCommunity.has(community)) byCommunity.set(community, new Map());
    byCommunity.get(community)!.set(period, counters);
  }
  return byCommunity;
}
