import { keys } from '../../functions/adapters/dynamo/keys';
import { findCommunity } from '../../functions/domain/divisions/catalog';
import type { EventRow } from '../../functions/domain/events/view';
import { communityPoint } from './coordinates';
import { demoOrgs, weihaiToday } from './demo-work';

/**
 * Three demo 供需见面会 (威就办〔2023〕9号 三、7): one at 东山居委会 in three days, one 直播带岗 in 环翠区, one in a
 * 文登 village. Times are Weihai local hours relative to the seed day, so a fresh start always shows upcoming fairs.
 */
interface Plan {
  id: string;
  title: string;
  communityCode: string;
  day: number;
  from: [number, number];
  to: [number, number];
  capacity: number;
  orgIds: string[];
  online: { mode: EventRow['onlineMode']; url: string } | null;
  address: string;
  description: string;
}

const PLANS: Plan[] = [
  {
    id: 'evt-demo-dongshan', title: '东山社区家门口供需见面会', communityCode: '371002002001', day: 3, from: [9, 0], to: [11, 30], capacity: 60,
    orgIds: ['org-001', 'org-002', 'org-003', 'org-004'], online: null, address: '鲸园街道东山居委会 一楼活动室',
    description: '保洁、物流、来料加工、餐饮等岗位现场洽谈。请带上身份证，不收取任何费用。',
  },
  {
    id: 'evt-demo-live', title: '环翠区直播带岗专场', communityCode: '371002002002', day: 5, from: [14, 30], to: [16, 0], capacity: 200,
    orgIds: ['org-005', 'org-006', 'org-007'], online: { mode: '直播带岗', url: 'https://live.example.cn/weihai/huancui-0001' }, address: '线上直播（也可到社区服务站一起看）',
    description: '企业负责人在直播间介绍岗位，报名后可在线投递，社区工作人员帮您联系面试。',
  },
  {
    id: 'evt-demo-wendeng', title: '茅埠屯村农闲就业见面会', communityCode: '371003001203', day: 7, from: [9, 0], to: [11, 0], capacity: 40,
    orgIds: ['org-023', 'org-024'], online: null, address: '茅埠屯村委会 村民活动中心',
    description: '农闲时节的采摘、剥壳、加工零工，离家近、按天结算。',
  },
];

export function demoEventItems(today = weihaiToday()): Record<string, unknown>[] {
  const orgs = new Map(demoOrgs().map((org) => [org.id, org]));
  const createdAt = today.toISOString();
  const at = (day: number, [hour, minute]: [number, number]) => today.add(day, 'day').hour(hour).minute(minute).toISOString();
  return PLANS.map((plan) => {
    const community = findCommunity(plan.communityCode)!;
    const point = communityPoint(community);
    const row: EventRow = {
      id: plan.id, title: plan.title, startsAt: at(plan.day, plan.from), endsAt: at(plan.day, plan.to), address: plan.address,
      communityCode: community.code, communityName: community.name, districtCode: community.districtCode, lat: point.lat, lng: point.lng,
      capacity: plan.capacity, seatsLeft: plan.capacity, waitlistCount: 0, status: 'open',
      employers: plan.orgIds.map((id) => ({ id, name: orgs.get(id)!.name, verifiedBadge: orgs.get(id)!.verified })),
      onlineMode: plan.online?.mode ?? null, onlineUrl: plan.online?.url ?? null, description: plan.description,
      createdBy: 'user-staff-community', createdAt,
    };
    return { ...keys.event(row.id), ...keys.eventInDistrict(row.districtCode, row.startsAt, row.id), entity: 'event', ...row };
  });
}
