import { COMMUNITIES, STREETS, type CommunityRecord } from '../../functions/domain/divisions/catalog';
import { hashUnit } from './random';

/**
 * The source has no coordinates. Demo points are generated deterministically around approximate district seats
 * (../shared/data/README.md) and marked `generated`: good enough to spread a demo over the map, not survey data.
 */
export const DISTRICT_SEATS: Record<string, { lat: number; lng: number }> = {
  '371002': { lat: 37.5, lng: 122.12 },
  '371003': { lat: 37.19, lng: 122.06 },
  '371071': { lat: 37.53, lng: 122.05 },
  '371072': { lat: 37.45, lng: 122.17 },
  '371073': { lat: 37.33, lng: 121.95 },
  '371082': { lat: 37.16, lng: 122.49 },
  '371083': { lat: 36.92, lng: 121.54 },
};

const METERS_PER_DEGREE = 111_320;

export function offsetMeters(origin: { lat: number; lng: number }, dx: number, dy: number) {
  return {
    lat: round6(origin.lat + dy / METERS_PER_DEGREE),
    lng: round6(origin.lng + dx / (METERS_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180))),
  };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function polar(seedA: string, seedB: string, minRadius: number, maxRadius: number) {
  const angle = 2 * Math.PI * hashUnit(seedA, 'angle');
  const radius = minRadius + (maxRadius - minRadius) * Math.sqrt(hashUnit(seedB, 'radius'));
  return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
}

const urbanShare = new Map(
  STREETS.map((street) => {
    const inStreet = COMMUNITIES.filter((c) => c.streetCode === street.code);
    return [street.code, inStreet.filter((c) => c.kind === 'urban').length / Math.max(1, inStreet.length)];
  }),
);

/** Mostly-urban streets sit near the seat; towns spread out up to ~20 km. */
export function streetCentre(streetCode: string, districtCode: string) {
  const share = urbanShare.get(streetCode) ?? 0;
  const { dx, dy } = share > 0.5 ? polar(streetCode, streetCode, 500, 5000) : polar(streetCode, streetCode, 5000, 20000);
  return offsetMeters(DISTRICT_SEATS[districtCode], dx, dy);
}

/** Urban communities within ~1.5 km of their street's centre, villages within ~5 km. */
export function communityPoint(community: CommunityRecord) {
  const centre = streetCentre(community.streetCode, community.districtCode);
  const { dx, dy } = community.kind === 'urban' ? polar(community.code, community.code, 0, 1500) : polar(community.code, community.code, 300, 5000);
  return offsetMeters(centre, dx, dy);
}
