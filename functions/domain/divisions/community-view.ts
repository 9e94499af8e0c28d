import type { Community, CommunityKind, GeoPoint, ServiceStation } from '@contract';
import { displayDistrictName, findStreet } from './catalog';
import { serviceCircleFor } from './service-circle';

export interface CommunityFacts {
  code: string;
  name: string;
  kind: CommunityKind;
  streetCode: string;
  districtCode: string;
  lat: number;
  lng: number;
  coordSource: GeoPoint['source'];
  station: ServiceStation;
}

export function communityView(row: CommunityFacts): Community {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    street: { code: row.streetCode, name: findStreet(row.streetCode)?.name ?? '' },
    district: { code: row.districtCode, name: displayDistrictName(row.districtCode) },
    location: { lat: row.lat, lng: row.lng, source: row.coordSource },
    circle: serviceCircleFor(row.kind),
    station: row.station,
  };
}
