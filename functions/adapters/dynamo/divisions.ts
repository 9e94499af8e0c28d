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

/** Communities in the given geohash cells, one Query per cell, in parallel: 6-character cells on GSI2, 5 on GSI1. */
export async function communitiesInCells(cells: string[]): Promise<CommunityRow[]> {
  const pages = await Promise.all(
    cells.map((cell) =>
      ddb().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: cell.length === 6 ? 'GSI2' : 'GSI1',
          KeyConditionExpression: cell.length === 6 ? 'GSI2PK = :cell' : 'GSI1PK = :cell',
          ExpressionAttributeValues: { ':cell': keys.geoCell(cell) },
        }),
      ),
    ),
  );
  return pages.flatMap((page) => (page.Items ?? []) as CommunityRow[]);
}
