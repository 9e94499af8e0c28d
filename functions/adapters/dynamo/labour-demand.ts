import { tableName } from '#commons/config';
import type { DemandPosting } from '#domain/labour-demand/aggregate';
import { keys } from './keys';
import { queryAll } from './query-all';

/** What the 用工数据库 reads of a posting: figures and the terms of its condition line, not the whole item. */
const FIELDS = ['title', 'headcount', 'headcountLeft', 'payAmount', 'payUnit', 'ageMin', 'ageMax', 'tags'];
const PROJECTION = {
  ProjectionExpression: FIELDS.map((_, i) => `#f${i}`).join(', '),
  names: Object.fromEntries(FIELDS.map((field, i) => [`#f${i}`, field])),
};

/** At most this many organisations' postings are read at once, so a city-wide view does not flood the table. */
const PARALLEL_READS = 8;

/** One employer's postings that are open and have not ended (access pattern 42: GSI4 `ORGJOBS#<orgId>`, `GSI4SK >= now`). */
export function openPostingsOfOrg(orgId: string, nowIso: string): Promise<DemandPosting[]> {
  return queryAll<DemandPosting>({
    TableName: tableName(),
    IndexName: 'GSI4',
    KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK >= :now',
    FilterExpression: '#status = :open',
    ProjectionExpression: PROJECTION.ProjectionExpression,
    ExpressionAttributeNames: { ...PROJECTION.names, '#status': 'status' },
    ExpressionAttributeValues: { ':pk': keys.jobsOfOrg(orgId), ':now': nowIso, ':open': 'open' },
  });
}

/** Open postings of many employers, `PARALLEL_READS` queries in flight at a time. */
export async function openPostingsOfOrgs(orgIds: string[], nowIso: string): Promise<Map<string, DemandPosting[]>> {
  const found = new Map<string, DemandPosting[]>();
  let next = 0;
  const worker = async () => {
    while (next < orgIds.length) {
      const orgId = orgIds[next++];
      found.set(orgId, await openPostingsOfOrg(orgId, nowIso));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, orgIds.length) }, worker));
  return found;
}
