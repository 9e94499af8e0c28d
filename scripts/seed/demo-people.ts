import type { DivisionLevel, Role } from '../../contract';

/**
 * Demo personas (log in with `POST /auth/dev-login { persona }` in local/dev only). Names and phone numbers are invented.
 * The community staff look after 东山居委会 (371002002001) in 鲸园街道, 环翠区, where 张秀英 lives.
 */
export interface PersonaSpec {
  persona: string;
  displayName: string;
  role: Role;
  description: string;
  name: string;
  phone: string;
  homeCommunityCode?: string;
  staff?: { level: DivisionLevel; divisionCode: string };
  orgIndex?: number;
  /** Residents' age matters for 参训要求 and matching. */
  birthYear?: number;
}

export const PERSONAS: PersonaSpec[] = [
  { persona: 'resident-zhang', displayName: '张秀英（居民）', role: 'resident', name: '张秀英', phone: '13906310001', homeCommunityCode: '371002002001', birthYear: 1968, description: '58 岁，环翠区鲸园街道东山居委会，想找附近的保洁、家政零工' },
  { persona: 'resident-li', displayName: '李建国（村民）', role: 'resident', name: '李建国', phone: '13906310002', homeCommunityCode: '371003001203', birthYear: 1971, description: '文登区茅埠屯村，农村 5 公里服务圈，农闲时打零工' },
  { persona: 'resident-wang', displayName: '王小雨（新用户）', role: 'resident', name: '王小雨', phone: '13906310003', birthYear: 2003, description: '刚毕业的高校毕业生，还没有选择自己的社区' },
  { persona: 'employer-haiyue', displayName: '刘海燕（海悦家政）', role: 'employer', name: '刘海燕', phone: '13906310011', orgIndex: 0, description: '用工单位：威海海悦家政服务有限公司（已认证）' },
  { persona: 'employer-xinyuan', displayName: '陈志强（鑫源物流）', role: 'employer', name: '陈志强', phone: '13906310012', orgIndex: 1, description: '用工单位：威海鑫源物流有限公司（已认证）' },
  { persona: 'employer-weigongfang', displayName: '孙丽（社区微工厂）', role: 'employer', name: '孙丽', phone: '13906310013', orgIndex: 2, description: '用工单位：东山社区微工厂（来料加工）' },
  { persona: 'employer-new', displayName: '高峰（新单位，待登记）', role: 'employer', name: '高峰', phone: '13906310014', description: '刚开始用平台的用工方：还没有登记单位，可以演示登记、认证和发布' },
  { persona: 'staff-community', displayName: '赵敏（社区）', role: 'staff', name: '赵敏', phone: '13906310021', staff: { level: 'community', divisionCode: '371002002001' }, description: '社区工作人员：环翠区鲸园街道东山居委会' },
  { persona: 'staff-village', displayName: '周涛（村）', role: 'staff', name: '周涛', phone: '13906310022', staff: { level: 'community', divisionCode: '371003001203' }, description: '社区工作人员：文登区龙山路街道茅埠屯村委会' },
  { persona: 'staff-street', displayName: '吴刚（镇街）', role: 'staff', name: '吴刚', phone: '13906310023', staff: { level: 'street', divisionCode: '371002002' }, description: '镇街工作人员：环翠区鲸园街道' },
  { persona: 'staff-district', displayName: '郑华（区市）', role: 'staff', name: '郑华', phone: '13906310024', staff: { level: 'district', divisionCode: '371002' }, description: '区市工作人员：环翠区人社局' },
  { persona: 'staff-city', displayName: '冯静（市）', role: 'staff', name: '冯静', phone: '13906310025', staff: { level: 'city', divisionCode: '3710' }, description: '市级工作人员：威海市人社局就业科' },
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['桂兰', '淑珍', '建华', '志刚', '秀梅', '海波', '丽娟', '永强', '玉兰', '国庆', '春燕', '明', '婷婷', '磊', '凤英', '德胜', '小红', '卫东', '晓燕', '宏伟', '丹', '军'];

/** Further residents, spread over a few communities so staff lists have people in them. */
export function extraResidents(count: number, homes: string[]) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
    phone: `1390631${String(1000 + i).padStart(4, '0')}`,
    homeCommunityCode: homes[i % homes.length],
  }));
}
