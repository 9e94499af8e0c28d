import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { BrandGrade } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { keys } from './keys';
import { putIfVersion } from './versioned-put';

/** The brand-community selection of one year (#72): the whole list in one versioned item. */
export interface BrandSelectionRow {
  year: number;
  items: { communityCode: string; grade: BrandGrade }[];
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const ENTITY = 'brand-selection';

export async function getBrandSelection(year: number): Promise<BrandSelectionRow> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.brandSelection(year), ConsistentRead: true }));
  if (Item?.entity !== ENTITY) return { year, items: [], version: 0, updatedAt: null, updatedBy: null };
  return { year, items: Item.items as BrandSelectionRow['items'], version: Number(Item.version), updatedAt: Item.updatedAt as string, updatedBy: Item.updatedBy as string };
}

/** False when someone saved the selection since the caller read `readVersion`. */
export const saveBrandSelection = (row: BrandSelectionRow, readVersion: number, updatedByUserId: string) =>
  putIfVersion({ ...keys.brandSelection(row.year), entity: ENTITY, ...row, updatedByUserId }, readVersion);
