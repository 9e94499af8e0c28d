import type { BrandGrade, RouteResponse } from '@contract';
import type { BrandSelectionRow } from '#adapters/dynamo/brand';
import { findCommunity } from '#domain/divisions/catalog';
import { rewardOf, totalReward, type SelectedItem } from '#domain/brand/selection';
import { NANHAI_CANDIDATE_TOWNS, zoneOf } from '#domain/brand/zones';

/**
 * 南海新区's towns: the unverified candidates in functions/domain/brand/zones.ts unless the deployment sets
 * `BRAND_NANHAI_TOWNS` (comma-separated 9-digit town codes) after confirming them.
 */
export function nanhaiTowns(): readonly string[] {
  const configured = process.env.BRAND_NANHAI_TOWNS;
  if (configured === undefined) return NANHAI_CANDIDATE_TOWNS;
  return configured.split(',').map((s) => s.trim()).filter((s) => /^\d{9}$/.test(s));
}

export const selectedItems = (items: readonly { communityCode: string; grade: BrandGrade }[], towns: readonly string[]): SelectedItem[] =>
  items.map((i) => ({ communityCode: i.communityCode, grade: i.grade, zone: zoneOf(i.communityCode, towns) }));

export function selectionResponse(row: BrandSelectionRow, towns: readonly string[]): RouteResponse<'brandSelection'> {
  return {
    year: row.year,
    items: row.items.map((i) => ({
      communityCode: i.communityCode, communityName: findCommunity(i.communityCode)?.name ?? i.communityCode,
      zone: zoneOf(i.communityCode, towns)?.name ?? '', grade: i.grade, rewardYuan: rewardOf(i.grade),
    })),
    totalRewardYuan: totalReward(row.items),
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}
