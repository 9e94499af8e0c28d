import type { CommunityKind, ServiceCircle } from '@contract';

/**
 * 人社便民服务圈: 城市社区「15 分钟步行」, 农村「5 公里」
 * (威就办〔2023〕9号 前言，引全国「15 分钟就业服务圈」目标). Kept as data so another city or year is a data change.
 * A 15-minute walk is taken as 1,200 m at 80 m/min, the pace used for older pedestrians in urban planning.
 */
export const WALK_METERS_PER_MINUTE = 80;

export const SERVICE_CIRCLE_RULES: Record<CommunityKind, Omit<ServiceCircle, 'kind'>> = {
  urban: {
    mode: 'walk',
    walkMinutes: 15,
    radiusMeters: 15 * WALK_METERS_PER_MINUTE,
    label: '步行 15 分钟',
    citation: '依据：威就办〔2023〕9号 前言（城市社区 15 分钟步行就业服务圈）',
  },
  rural: {
    mode: 'distance',
    radiusMeters: 5000,
    label: '5 公里',
    citation: '依据：威就办〔2023〕9号 前言（农村 5 公里就业服务圈）',
  },
};

export function serviceCircleFor(kind: CommunityKind): ServiceCircle {
  return { kind, ...SERVICE_CIRCLE_RULES[kind] };
}

export function walkMinutes(distanceMeters: number): number {
  return Math.max(1, Math.round(distanceMeters / WALK_METERS_PER_MINUTE));
}
