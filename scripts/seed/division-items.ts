import type { ServiceStation } from '../../contract';
import { keys } from '../../functions/adapters/dynamo/keys';
import { CITY, COMMUNITIES, DISTRICTS, STREETS, shortNameOf, type CommunityRecord } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';
import { communityPoint } from './coordinates';
import { hashUnit } from './random';

/** Station services as listed for community stations (鲁就办〔2023〕13号 三、14). */
export const STATION_SERVICES = ['失业登记', '需求归集', '岗位推送', '能力提升', '创业推介', '职业指导', '精准匹配', '政策宣传', '补贴申领'];

function stationOf(community: CommunityRecord, streetName: string, districtName: string): ServiceStation {
  const base = community.name.replace(/(居民委员会|村民委员会|居委会|村委会|社区)$/, '');
  const urban = community.kind === 'urban';
  return {
    name: urban ? `${base}社区就业服务站` : `${base}村就业服务点`,
    address: `${districtName}${streetName}${community.name}党群服务中心一楼`,
    phone: `0631-${String(5_000_000 + Math.floor(hashUnit(community.code, 'phone') * 4_999_999)).padStart(7, '0')}`,
    openHours: urban ? '周一至周五 8:30-12:00、13:30-17:30；周六上午 9:00-11:30' : '周一至周五 8:30-11:30、14:00-17:00（农忙时节以村公告为准）',
    services: STATION_SERVICES,
    demo: true,
  };
}

/** Every district, street and community as DynamoDB items (children under their parent's partition). */
export function divisionItems(): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const streetCount = (districtCode: string) => STREETS.filter((s) => s.districtCode === districtCode).length;
  const communityCount = (streetCode: string) => COMMUNITIES.filter((c) => c.streetCode === streetCode).length;
  for (const d of DISTRICTS) {
    items.push({ ...keys.division(CITY.code, d.code), entity: 'division', level: 'district', code: d.code, name: d.name, shortName: shortNameOf(d.code), childCount: streetCount(d.code) });
  }
  for (const s of STREETS) {
    items.push({ ...keys.division(s.districtCode, s.code), entity: 'division', level: 'street', code: s.code, name: s.name, districtCode: s.districtCode, childCount: communityCount(s.code) });
  }
  const streetName = new Map(STREETS.map((s) => [s.code, s.name]));
  const districtName = new Map(DISTRICTS.map((d) => [d.code, d.name]));
  for (const c of COMMUNITIES) {
    const point = communityPoint(c);
    items.push({
      ...keys.division(c.streetCode, c.code),
      ...keys.communityGeo(cellOf(point, 6), c.code),
      entity: 'division',
      level: 'community',
      code: c.code,
      name: c.name,
      kind: c.kind,
      streetCode: c.streetCode,
      districtCode: c.districtCode,
      lat: point.lat,
      lng: point.lng,
      coordSource: 'generated',
      station: stationOf(c, streetName.get(c.streetCode)!, districtName.get(c.districtCode)!),
    });
  }
  return items;
}
