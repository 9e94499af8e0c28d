import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CommunityKind, ServiceStation } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { parentCode } from '#domain/auth/scope';
import { keys } from './keys';

export interface DivisionRow {
  code: string;
  name: string;
  level: 'district' | 'street' | 'community';
  shortName?: string;
  kind?: CommunityKind;
  childCount?: number;
}

export interface CommunityRow extends DivisionRow {
  level: 'community';
  kind: CommunityKind;
  streetCode: string;
  districtCode: string;
  lat: number;
  lng: number;
  coordSource: 'generated' | 'surveyed';
  station: ServiceStation;
}

/** Children of a division (the city's districts, a district's streets, a street's communities), in code order. */
export async function listDivisionChildren(parent: string): Promise<DivisionRow[]> {
  const rows: DivisionRow[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :div)',
        ExpressionAttributeValues: { ':pk': keys.divisionChildren(parent), ':div': 'DIV#' },
        // a list needs names, not stations: a street's communities come back several times smaller
        ProjectionExpression: 'code, #name, #level, kind, shortName, childCount',
        ExpressionAttributeNames: { '#name': 'name', '#level': 'level' },
        ExclusiveStartKey: startKey,
      }),
    );
    rows.push(...((page.Items ?? []) as DivisionRow[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return rows;
}

export async function getDivision(code: string): Promise<DivisionRow | undefined> {
  const parent = parentCode(code);
  if (!parent) return undefined;
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.division(parent, code) }));
  return Item as DivisionRow | undefined;
}

export async function getCommunity(code: string): Promise<CommunityRow | undefined> {
  const row = code.length === 12 ? await getDivision(code) : undefined;
  return row?.level === 'community' ? (row as CommunityRow) : undefined;
}

export interface CommunityPoint {
  code: string;
  lat: number;
  lng: number;
}

/** Community points in the given geohash cells (5 or 6 characters), one Query per cell on GSI3, in parallel. */
export async function communityPointsInCells(cells: string[]): Promise<CommunityPoint[]> {
  const pages = await Promise.all(
    cells.map((cell) =>
      ddb().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: 'GSI3',
          KeyConditionExpression: cell.length > 5 ? 'GSI3PK = :partition AND begins_with(GSI3SK, :cell)' : 'GSI3PK = :partition',
          ExpressionAttributeValues: { ':partition': keys.geoPartition(cell), ...(cell.length > 5 ? { ':cell': cell } : {}) },
          ProjectionExpression: 'code, lat, lng',
        }),
      ),
    ),
  );
  return pages.flatMap((page) => (page.Items ?? []) as CommunityPoint[]);
}
