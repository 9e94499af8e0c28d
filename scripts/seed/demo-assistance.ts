import dayjs from 'dayjs';
import { idNumberItem, personItem, type AssistedPersonRow } from '../../functions/adapters/dynamo/assisted-persons';
import { serviceRecordKey, type ServiceRecordRow } from '../../functions/adapters/dynamo/service-records';
import { encryptPii } from '../../functions/commons/pii';
import { idHashOf } from '../../functions/commons/subsidies/identity';
import { isTracked, type ServiceDates } from '../../functions/domain/assistance/tracking';
import type { StatusEntry } from '../../functions/domain/assistance/status-history';
import { idCheckChar } from '../../functions/domain/profile/id-number';
import { weihaiDate, weihaiInstant } from '../../functions/domain/time/weihai-clock';
import type { AssistedCategory, EmploymentStatus, ServiceType } from '../../contract';

/**
 * A demo 就业援助台账 (鲁就办〔2023〕13号 三、16): five people at 东山居委会 (赵敏's community) and two in the village
 * 茅埠屯村 (周涛's), each behind on 「12333」 by a different amount, so the 待办 has an order worth reading. Dates are
 * days before the seed day, so a fresh start always shows the same picture. 陈国强 has one 职业指导 (1/3): the
 * end-to-end test records the second. Made-up people; the 身份证号 are well-formed but not real.
 */
interface Plan {
  id: string;
  name: string;
  id17: string;
  phone: string;
  communityCode: string;
  categories: AssistedCategory[];
  /** days before today, or null when not registered unemployed */
  unemployedDaysAgo: number | null;
  history: { status: EmploymentStatus; daysAgo: number; employerName?: string }[];
  services: { type: ServiceType; daysAgo: number; content: string }[];
  note: string;
}

const DONGSHAN = '371002002001';
const VILLAGE = '371003001203';

const PLANS: Plan[] = [
  {
    id: 'ap-demo-chen', name: '陈国强', id17: '37100219790412003', phone: '13906319101', communityCode: DONGSHAN, categories: ['长期失业'], unemployedDaysAgo: 330,
    history: [{ status: '待业', daysAgo: 330 }], services: [{ type: '职业指导', daysAgo: 200, content: '面谈求职意向，建议从物流分拣做起' }, { type: '政策对接', daysAgo: 150, content: '讲解失业保险金和一次性吸纳就业补贴' }],
    note: '原机械厂工人，腰不好，不能搬重物',
  },
  {
    id: 'ap-demo-liu', name: '刘秀芝', id17: '37100219680915004', phone: '13906319102', communityCode: DONGSHAN, categories: ['大龄', '低保家庭'], unemployedDaysAgo: 40,
    history: [{ status: '待业', daysAgo: 40 }], services: [], note: '想找离家近的保洁、家政零工',
  },
  {
    id: 'ap-demo-sun', name: '孙丽娟', id17: '37100219850220006', phone: '13906319103', communityCode: DONGSHAN, categories: ['零就业家庭'], unemployedDaysAgo: 300,
    history: [{ status: '待业', daysAgo: 300 }],
    services: [
      { type: '政策对接', daysAgo: 280, content: '零就业家庭援助政策' }, { type: '政策对接', daysAgo: 90, content: '公益性岗位申报' },
      { type: '职业指导', daysAgo: 270, content: '简历指导' }, { type: '职业指导', daysAgo: 120, content: '面试辅导' }, { type: '职业指导', daysAgo: 30, content: '回访求职进展' },
      { type: '岗位推荐', daysAgo: 100, content: '推荐社区微工厂来料加工' }, { type: '岗位推荐', daysAgo: 20, content: '推荐超市理货员' },
      { type: '培训信息', daysAgo: 60, content: '家政服务培训夜课' },
    ],
    note: '',
  },
  {
    id: 'ap-demo-zhao', name: '赵立新', id17: '37100219900703005', phone: '13906319104', communityCode: DONGSHAN, categories: ['残疾'], unemployedDaysAgo: null,
    history: [{ status: '待业', daysAgo: 400 }, { status: '灵活就业', daysAgo: 60 }], services: [{ type: '岗位推荐', daysAgo: 70, content: '推荐居家手工编织' }], note: '肢体残疾四级',
  },
  {
    id: 'ap-demo-wang', name: '王海燕', id17: '37100219960118002', phone: '13906319105', communityCode: DONGSHAN, categories: ['未就业高校毕业生'], unemployedDaysAgo: 200,
    history: [{ status: '待业', daysAgo: 200 }, { status: '已就业', daysAgo: 15, employerName: '威海鑫源物流有限公司' }],
    services: [{ type: '职业指导', daysAgo: 180, content: '职业规划' }, { type: '岗位推荐', daysAgo: 30, content: '推荐物流公司文员' }, { type: '政策对接', daysAgo: 25, content: '社会保险补贴' }],
    note: '',
  },
  {
    id: 'ap-demo-li', name: '李春生', id17: '37108119660305001', phone: '13906319106', communityCode: VILLAGE, categories: ['大龄', '脱贫/防返贫监测'], unemployedDaysAgo: null,
    history: [{ status: '待业', daysAgo: 250 }], services: [{ type: '培训信息', daysAgo: 100, content: '农村实用技能培训' }], note: '农闲时可打零工',
  },
  {
    id: 'ap-demo-zhang', name: '张玉梅', id17: '37108119751110008', phone: '13906319107', communityCode: VILLAGE, categories: ['低保边缘家庭'], unemployedDaysAgo: 100,
    history: [{ status: '待业', daysAgo: 100 }], services: [], note: '',
  },
];

const STAFF_OF: Record<string, { userId: string; name: string }> = {
  [DONGSHAN]: { userId: 'user-staff-community', name: '赵敏' },
  [VILLAGE]: { userId: 'user-staff-village', name: '周涛' },
};

export function demoAssistanceItems(now = new Date()): Record<string, unknown>[] {
  const today = dayjs(weihaiDate(now.getTime()));
  const day = (daysAgo: number) => today.subtract(daysAgo, 'day').format('YYYY-MM-DD');
  const at = (daysAgo: number) => weihaiInstant(day(daysAgo), '10:00');
  const items: Record<string, unknown>[] = [];
  for (const plan of PLANS) {
    const staff = STAFF_OF[plan.communityCode];
    const idNumber = plan.id17 + idCheckChar(plan.id17);
    const history: StatusEntry[] = plan.history.map((h) => ({ status: h.status, since: day(h.daysAgo), employerName: h.employerName ?? '', recordedAt: at(h.daysAgo) }));
    const current = history[history.length - 1];
    const serviceDates: ServiceDates = {};
    for (const s of plan.services) (serviceDates[s.type] ??= []).push(day(s.daysAgo));
    for (const dates of Object.values(serviceDates)) dates.sort();
    const entered = plan.history[0].daysAgo;
    const row: AssistedPersonRow = {
      id: plan.id, name: plan.name, idNumberEnc: encryptPii(idNumber), idHash: idHashOf(idNumber), phoneEnc: encryptPii(plan.phone),
      birthYear: Number(plan.id17.slice(6, 10)), communityCode: plan.communityCode, categories: plan.categories,
      unemploymentRegisteredOn: plan.unemployedDaysAgo === null ? null : day(plan.unemployedDaysAgo),
      status: current.status, statusSince: current.since, employerName: current.employerName, statusHistory: history, note: plan.note,
      tracked: false, serviceDates, linkedUserId: null, createdBy: staff.userId, version: 1 + plan.services.length, createdAt: at(entered), updatedAt: at(0),
    };
    row.tracked = isTracked(row);
    items.push(personItem(row), idNumberItem(row));
    plan.services.forEach((s, i) => {
      const record: ServiceRecordRow = {
        id: `svc-demo-${plan.id.slice(8)}-${i + 1}`, personId: plan.id, type: s.type, date: day(s.daysAgo), content: s.content, outcome: '',
        source: 'staff', recordedBy: staff.name, jobId: null, createdAt: at(s.daysAgo),
      };
      items.push({ ...serviceRecordKey(record), entity: 'service-record', ...record });
    });
  }
  return items;
}

