import { displayDistrictName } from '../divisions/catalog';

/**
 * Quota zones of the 20 brand communities (威就办〔2023〕9号 四、3: 环翠区、文登区、荣成市、乳山市各 3 个, 高区、经区、
 * 临港区、南海新区各 2 个). Seven are districts with statistical codes; 南海新区 has none (../shared/data/README.md):
 * its towns are listed under 文登区, so its communities are found by their town.
 */
export const NANHAI_ZONE = 'nanhai';

export interface BrandZone {
  /** A district code, or `nanhai`. */
  id: string;
  name: string;
  quota: number;
  /** The district whose partition holds this zone's communities. */
  districtCode: string;
}

export const BRAND_ZONES: readonly BrandZone[] = [
  { id: '371002', name: '环翠区', quota: 3, districtCode: '371002' },
  { id: '371003', name: '文登区', quota: 3, districtCode: '371003' },
  { id: '371082', name: '荣成市', quota: 3, districtCode: '371082' },
  { id: '371083', name: '乳山市', quota: 3, districtCode: '371083' },
  { id: '371071', name: displayDistrictName('371071'), quota: 2, districtCode: '371071' },
  { id: '371072', name: displayDistrictName('371072'), quota: 2, districtCode: '371072' },
  { id: '371073', name: displayDistrictName('371073'), quota: 2, districtCode: '371073' },
  { id: NANHAI_ZONE, name: '南海新区', quota: 2, districtCode: '371003' },
];

/**
 * UNVERIFIED — the deployment must confirm these before a selection counts: the towns (镇) 南海新区 administers,
 * taken as candidates from public descriptions of the zone, all listed under 文登区 (371003) in the statistical
 * codes: 泽头镇 371003107, 小观镇 371003108, 高村镇 371003103. Override with `BRAND_NANHAI_TOWNS` (comma-separated
 * 9-digit town codes; empty string = none) — see functions/commons/brand.ts.
 */
export const NANHAI_CANDIDATE_TOWNS: readonly string[] = ['371003107', '371003108', '371003103'];
export const NANHAI_TOWNS_VERIFIED = false;

const ZONE_BY_ID = new Map(BRAND_ZONES.map((z) => [z.id, z]));
export const zoneById = (id: string) => ZONE_BY_ID.get(id);

/** The zone whose quota a community counts against: 南海新区 for its towns, else its own district. */
export function zoneOf(communityCode: string, nanhaiTowns: readonly string[]): BrandZone | undefined {
  return nanhaiTowns.includes(communityCode.slice(0, 9)) ? ZONE_BY_ID.get(NANHAI_ZONE) : ZONE_BY_ID.get(communityCode.slice(0, 6));
}

/** The zones a district's ranking shows: its own, plus 南海新区 inside 文登区. */
export const zonesOfDistrict = (districtCode: string) => BRAND_ZONES.filter((z) => z.districtCode === districtCode);
