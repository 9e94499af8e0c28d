import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { allSixMet, metCountOf, normaliseStandards, type StationRow } from '#domain/stations/checklist';
import { keys } from './keys';
import { putIfVersion } from './versioned-put';

/** 「六有」 checklists (#70): one item per community, `entity: 'station'` so the stream aggregator counts it. */
const ENTITY = 'station';

export async function getStation(communityCode: string): Promise<StationRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.station(communityCode), ConsistentRead: true }));
  if (Item?.entity !== ENTITY) return undefined;
  // seeded and older items may lack fields; the six standards are always answered in full
  const standards = normaliseStandards(Item.standards as StationRow['standards']);
  return {
    communityCode, standards, metCount: metCountOf(standards), allMet: allSixMet(standards),
    version: Number(Item.version ?? 0), updatedAt: (Item.updatedAt as string) ?? null, updatedBy: (Item.updatedBy as string) ?? null,
  };
}

export const stationItem = (row: StationRow) => ({
  ...keys.station(row.communityCode),
  entity: ENTITY,
  ...row,
  streetCode: row.communityCode.slice(0, 9),
  districtCode: row.communityCode.slice(0, 6),
});

/** False when the checklist changed since the caller read `readVersion`. */
export const saveStation = (row: StationRow, readVersion: number) => putIfVersion(stationItem(row), readVersion);
