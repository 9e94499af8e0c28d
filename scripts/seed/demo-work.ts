import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { COMMUNITIES, type CommunityRecord } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';
import { creditCodeCheckChar } from '../../functions/domain/orgs/credit-code';
import { communityPoint, offsetMeters } from './coordinates';
import { between, pick, seededRandom } from './random';

/**
 * Demo employers, jobs and trainings. Invented businesses in real Weihai communities; coordinates generated.
 * Times are relative to the day the seed runs, so a fresh start always shows upcoming work.
 */
dayjs.extend(utc);

/** Start of today in Weihai (UTC+8, no daylight saving), so demo shifts fall at local hours whatever the machine's zone. */
export const weihaiToday = () => dayjs().utcOffset(8 * 60).startOf('day');

export interface DemoJob {
  id: string;
  endsAt: string;
  geohash9: string;
  status: string;
  [field: string]: unknown;
}

const ORG_PLAN: { district: string; count: number }[] = [
  { district: '371002', count: 10 }, { district: '371071', count: 6 }, { district: '371072', count: 6 },
  { district: '371003', count: 5 }, { district: '371082', count: 4 }, { district: '371083', count: 3 }, { district: '371073', count: 2 },
];

const ORG_KINDS = [
  { type: '企业', suffix: '家政服务有限公司', trade: '家政' },
  { type: '企业', suffix: '物流有限公司', trade: '物流' },
  { type: '社区微工厂', suffix: '社区微工厂', trade: '来料加工' },
  { type: '企业', suffix: '餐饮管理有限公司', trade: '餐饮' },
  { type: '个体工商户', suffix: '便民超市', trade: '零售' },
  { type: '企业', suffix: '物业服务有限公司', trade: '物业' },
  { type: '劳务合作社', suffix: '劳务专业合作社', trade: '农业' },
  { type: '社会组织', suffix: '养老服务中心', trade: '养老' },
  { type: '企业', suffix: '水产食品有限公司', trade: '水产' },
] as const;

const BRANDS = ['海悦', '鑫源', '东山', '福临', '金海湾', '成山', '刘公岛', '荣祥', '乳山口', '昆嵛', '石岛', '双岛', '金沙滩', '好运角', '泓信', '华夏', '宏安', '海之韵', '文峰', '蓝海'];

type JobType = '零工' | '全职' | '兼职' | '公益性岗位' | '社区微工厂' | '居家就业';
interface JobTemplate { title: string; skills: string[]; type: JobType; pay: [number, number]; unit: '元/小时' | '元/天' | '元/件' | '元/月'; tags: string[]; hours: [number, number] }

const JOBS_BY_TRADE: Record<string, JobTemplate[]> = {
  家政: [
    { title: '家庭日常保洁', skills: ['保洁', '家政'], type: '零工', pay: [25, 35], unit: '元/小时', tags: ['无经验可', '大龄友好'], hours: [9, 12] },
    { title: '新房开荒保洁', skills: ['保洁'], type: '零工', pay: [180, 260], unit: '元/天', tags: ['大龄友好'], hours: [8, 17] },
    { title: '育婴员（住家）', skills: ['育婴', '家政'], type: '全职', pay: [5500, 7500], unit: '元/月', tags: [], hours: [8, 18] },
  ],
  物流: [
    { title: '快递分拣员（晚班）', skills: ['快递分拣'], type: '兼职', pay: [20, 26], unit: '元/小时', tags: ['无经验可'], hours: [18, 22] },
    { title: '仓库搬运装卸', skills: ['搬运装卸'], type: '零工', pay: [200, 280], unit: '元/天', tags: [], hours: [8, 17] },
    { title: '社区配送员', skills: ['配送', '驾驶'], type: '全职', pay: [4500, 6500], unit: '元/月', tags: [], hours: [8, 18] },
  ],
  来料加工: [
    { title: '手工串珠来料加工', skills: ['手工加工'], type: '社区微工厂', pay: [1, 3], unit: '元/件', tags: ['无经验可', '大龄友好', '残疾人友好', '社区微工厂'], hours: [9, 16] },
    { title: '渔具绑钩（可带回家做）', skills: ['手工加工'], type: '居家就业', pay: [2, 4], unit: '元/件', tags: ['无经验可', '居家就业', '残疾人友好'], hours: [8, 20] },
    { title: '服装剪线头', skills: ['缝纫', '手工加工'], type: '社区微工厂', pay: [18, 22], unit: '元/小时', tags: ['无经验可', '大龄友好', '社区微工厂'], hours: [8, 16] },
  ],
  餐饮: [
    { title: '后厨帮工（午市）', skills: ['餐饮服务', '烹饪'], type: '兼职', pay: [20, 25], unit: '元/小时', tags: ['无经验可'], hours: [10, 14] },
    { title: '婚宴传菜员', skills: ['餐饮服务'], type: '零工', pay: [150, 200], unit: '元/天', tags: ['无经验可'], hours: [10, 15] },
    { title: '面点师', skills: ['面点', '烹饪'], type: '全职', pay: [5000, 6500], unit: '元/月', tags: [], hours: [6, 15] },
  ],
  零售: [
    { title: '超市理货员', skills: ['理货收银'], type: '兼职', pay: [18, 22], unit: '元/小时', tags: ['无经验可', '大龄友好'], hours: [17, 21] },
    { title: '早市摊位帮工', skills: ['理货收银'], type: '零工', pay: [80, 120], unit: '元/天', tags: ['大龄友好'], hours: [5, 9] },
  ],
  物业: [
    { title: '小区绿化养护', skills: ['绿化'], type: '零工', pay: [150, 190], unit: '元/天', tags: ['大龄友好'], hours: [7, 16] },
    { title: '楼道保洁员', skills: ['保洁'], type: '全职', pay: [2600, 3200], unit: '元/月', tags: ['大龄友好', '无经验可'], hours: [7, 16] },
    { title: '社区公益性岗位·治安巡逻', skills: ['安保'], type: '公益性岗位', pay: [2100, 2300], unit: '元/月', tags: ['公益性岗位', '大龄友好'], hours: [8, 16] },
  ],
  农业: [
    { title: '苹果采摘', skills: ['农业种植'], type: '零工', pay: [150, 200], unit: '元/天', tags: ['大龄友好', '无经验可'], hours: [6, 16] },
    { title: '花生剥壳（计件）', skills: ['农业种植', '手工加工'], type: '零工', pay: [1, 2], unit: '元/件', tags: ['大龄友好', '无经验可'], hours: [8, 17] },
    { title: '大棚蔬菜管护', skills: ['农业种植'], type: '兼职', pay: [16, 20], unit: '元/小时', tags: ['大龄友好'], hours: [7, 11] },
  ],
  养老: [
    { title: '助老陪护（上门）', skills: ['养老护理'], type: '兼职', pay: [25, 32], unit: '元/小时', tags: ['大龄友好'], hours: [9, 12] },
    { title: '老年食堂帮厨', skills: ['烹饪', '餐饮服务'], type: '公益性岗位', pay: [1900, 2200], unit: '元/月', tags: ['公益性岗位', '大龄友好'], hours: [9, 14] },
  ],
  水产: [
    { title: '海参加工（季节工）', skills: ['水产加工'], type: '零工', pay: [180, 240], unit: '元/天', tags: ['无经验可'], hours: [6, 15] },
    { title: '海带晾晒', skills: ['水产加工'], type: '零工', pay: [160, 220], unit: '元/天', tags: ['大龄友好'], hours: [5, 12] },
  ],
};

function creditCode(rand: () => number, districtCode: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const body = `9${1 + Math.floor(rand() * 2)}${districtCode}` + Array.from({ length: 9 }, () => pick(rand, alphabet.split(''))).join('');
  return body + creditCodeCheckChar(body)!;
}

export interface DemoOrg { id: string; name: string; type: string; trade: string; creditCode: string; community: CommunityRecord; point: { lat: number; lng: number }; verified: boolean; headcount: number; conditions: string }

export function demoOrgs(): DemoOrg[] {
  const rand = seededRandom(20261123);
  const orgs: DemoOrg[] = [];
  let n = 0;
  for (const { district, count } of ORG_PLAN) {
    const urban = COMMUNITIES.filter((c) => c.districtCode === district && c.kind === 'urban');
    const rural = COMMUNITIES.filter((c) => c.districtCode === district && c.kind === 'rural');
    for (let i = 0; i < count; i++, n++) {
      const kind = ORG_KINDS[n % ORG_KINDS.length];
      const pool = kind.trade === '农业' && rural.length ? rural : urban.length ? urban : rural;
      const community = n === 0 || n === 2 ? COMMUNITIES.find((c) => c.code === '371002002001')! : pick(rand, pool);
      const base = communityPoint(community);
      const point = offsetMeters(base, (rand() - 0.5) * 600, (rand() - 0.5) * 600);
      const brand = n === 2 ? '东山' : BRANDS[n % BRANDS.length];
      const name = kind.type === '社区微工厂' ? `${brand}${kind.suffix}` : `威海${brand}${kind.suffix}`;
      // Derived from n, not drawn from `rand`, so adding it left every other demo value where it was.
      const headcount = kind.type === '个体工商户' ? 2 + (n % 7) : 10 + ((n * 37) % 111);
      const conditions = `${kind.trade}行业，按时结算工资，不收取任何费用；${kind.type === '社区微工厂' ? '可带回家做，适合照顾家庭的居民' : '年满 18 周岁、身体健康'}`;
      orgs.push({ id: `org-${String(n + 1).padStart(3, '0')}`, name, type: kind.type, trade: kind.trade, creditCode: creditCode(rand, district), community, point, verified: n % 9 !== 8, headcount, conditions });
    }
  }
  return orgs;
}

export function demoJobs(orgs: DemoOrg[], today = weihaiToday()): DemoJob[] {
  const rand = seededRandom(7);
  const jobs: DemoJob[] = [];
  let n = 0;
  for (const org of orgs) {
    const templates = JOBS_BY_TRADE[org.trade];
    const perOrg = 6 + (n % 3);
    for (let i = 0; i < perOrg; i++, n++) {
      const t = templates[i % templates.length];
      const day = today.add(between(rand, 0, 13), 'day');
      const startsAt = day.hour(t.hours[0]);
      const endsAt = t.type === '全职' || t.type === '公益性岗位' ? day.add(6, 'month').hour(t.hours[1]) : day.hour(t.hours[1]);
      const point = offsetMeters(org.point, (rand() - 0.5) * 800, (rand() - 0.5) * 800);
      const headcount = t.type === '全职' ? between(rand, 1, 3) : between(rand, 2, 20);
      jobs.push({
        id: `job-${String(n + 1).padStart(4, '0')}`,
        orgId: org.id,
        orgName: org.name,
        orgVerified: org.verified,
        title: t.title,
        type: t.type,
        payAmount: between(rand, t.pay[0], t.pay[1]),
        payUnit: t.unit,
        headcount,
        tags: t.tags,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        headcountLeft: headcount,
        skills: t.skills,
        description: `${org.name}招聘${t.title}，${headcount} 人。工作地点在${org.community.name}附近，步行可达。按时结算，不收取任何费用。`,
        requirements: [t.tags.includes('无经验可') ? '无需经验，岗前有人带' : '有相关经验优先', t.tags.includes('大龄友好') ? '年龄 18-65 周岁，身体健康' : '年龄 18-55 周岁，身体健康'],
        address: `${org.community.name}附近（${org.name}）`,
        communityCode: org.community.code,
        streetCode: org.community.streetCode,
        districtCode: org.community.districtCode,
        lat: point.lat,
        lng: point.lng,
        geohash9: cellOf(point, 9),
        coordSource: 'generated',
        status: org.verified ? 'open' : 'draft',
        createdAt: today.subtract(between(rand, 0, 6), 'day').toISOString(),
      });
    }
  }
  return jobs;
}

/** Training types and target groups per 鲁就办〔2023〕13号 三、12; 城乡劳动者 means "open to any adult". */
const TRAININGS = [
  { title: '家政服务员（初级）', type: '就业技能', category: '家政服务', format: '社区培训点', hours: 40, subsidy: '取得证书后按 1200 元/人申领职业技能培训补贴', ageMax: 60, groups: ['城乡劳动者'] },
  { title: '养老护理员', type: '转岗赋能', category: '健康照护', format: '周末课堂', hours: 56, subsidy: '取得证书后按 1500 元/人申领', ageMax: 60, groups: ['失业人员', '就业困难人员'] },
  { title: '鲁菜师傅·家常菜', type: '实用技能', category: '鲁菜师傅', format: '培训夜课', hours: 48, subsidy: '按 1300 元/人标准补贴', ageMax: 65, groups: ['城乡劳动者'] },
  { title: '山东手造·花饽饽', type: '实用技能', category: '山东手造', format: '居民就业学堂', hours: 32, subsidy: '按 800 元/人标准补贴', ageMax: 65, groups: ['城乡劳动者'] },
  { title: '网约配送员岗前培训', type: '就业技能', category: '网约配送', format: '培训夜课', hours: 16, subsidy: '按 400 元/人标准补贴', ageMax: 55, groups: ['城乡劳动者'] },
  { title: '直播销售入门', type: '就业技能', category: '直播销售', format: '周末课堂', hours: 24, subsidy: '按 600 元/人标准补贴', ageMax: 45, groups: ['高校毕业生', '未升学初高中毕业生', '失业人员'] },
  { title: '微视频制作', type: '通用技能', category: '微视频制作', format: '线上', hours: 20, subsidy: '按 500 元/人标准补贴', ageMax: 60, groups: ['城乡劳动者'] },
  { title: '创业素养（SYB）', type: '创业素养', category: '创业素养', format: '居民就业学堂', hours: 80, subsidy: '合格后按 1000 元/人补贴', ageMax: 60, groups: ['创业人员', '高校毕业生', '失业人员'] },
] as const;

const DONGSHAN = '371002002001';

/**
 * Trainings (the county list) and their sessions as separate bookable items, 2-3 sessions each in the next 3 weeks.
 * The first training is a 培训夜课 (19:00-21:00) at 东山居委会 itself, so the demo resident 张秀英 who lives there is
 * always offered an evening class near home; the second is run by org-001, whose employer account marks attendance.
 */
export function demoTrainings(today = weihaiToday()) {
  const rand = seededRandom(12);
  const districts = ['371002', '371071', '371072', '371003', '371082', '371083'];
  const createdAt = today.toISOString();
  const sessions: Record<string, unknown>[] = [];
  const trainings = Array.from({ length: 24 }, (_, i) => {
    const t = i === 0 ? TRAININGS[2] : TRAININGS[i % TRAININGS.length];
    const district = i === 0 ? '371002' : districts[i % districts.length];
    const community = i === 0 ? COMMUNITIES.find((c) => c.code === DONGSHAN)! : pick(rand, COMMUNITIES.filter((c) => c.districtCode === district && c.kind === 'urban'));
    const point = communityPoint(community);
    const id = `training-${String(i + 1).padStart(3, '0')}`;
    const evening = t.format === '培训夜课';
    const weekend = t.format === '周末课堂';
    const address = t.format === '线上' ? '线上课堂（手机观看）' : `${community.name}${evening ? '社区培训点' : '居民就业学堂'}`;
    const first = today.add(i === 0 ? 1 : between(rand, 1, 6), 'day');
    // 周末课堂 falls on Saturdays, a week apart; the others 4 days apart. All within the next 3 weeks.
    const saturday = first.add((6 - first.day() + 7) % 7, 'day');
    const days = weekend ? [saturday, saturday.add(7, 'day')] : [0, 4, 8].slice(0, 2 + (i % 2)).map((offset) => first.add(offset, 'day'));
    days.forEach((day, k) => {
      const [startHour, endHour] = evening ? [19, 21] : [9, 12];
      const sessionId = `${id}-s${k + 1}`;
      sessions.push({
        id: sessionId, trainingId: id, startsAt: day.hour(startHour).toISOString(), endsAt: day.hour(endHour).toISOString(),
        hours: endHour - startHour, address, capacity: between(rand, 15, 40), status: 'open', waitlistCount: 0, communityCode: community.code, createdAt,
      });
    });
    return {
      id,
      title: t.title,
      type: t.type,
      category: t.category,
      format: t.format,
      hours: t.hours,
      content: `${t.title}：理论讲解与实操练习，结业考核合格颁发培训合格证明。`,
      requirements: `${t.ageMax === 65 ? '16-65' : `16-${t.ageMax}`} 周岁，${t.groups.join('、')}，有培训愿望`,
      eligibility: { ageMin: 16, ageMax: t.ageMax, groups: [...t.groups] },
      subsidyStandard: t.subsidy,
      provider: i === 1 ? '威海海悦家政服务有限公司培训部' : `威海市${['职业技能', '家政', '技工', '创业'][i % 4]}培训学校`,
      providerOrgId: i === 1 ? 'org-001' : null,
      address,
      districtCode: community.districtCode,
      communityCode: community.code,
      lat: point.lat,
      lng: point.lng,
      createdBy: 'user-staff-district',
      createdAt,
    };
  });
  // Seats left start at capacity: nobody has booked yet.
  return { trainings, sessions: sessions.map((s) => ({ ...s, seatsLeft: s.capacity })) };
}
