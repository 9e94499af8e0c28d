import type { StaffGateProps } from '../../components/staff-gate'

/** What the 招聘活动 pages (the list and a fair's roster) say at the staff gate. */
export const FAIR_GATE: Pick<StaffGateProps, 'loginText' | 'deniedTitle' | 'deniedText'> = {
  loginText: '请用社区工作人员账号登录后管理招聘活动。',
  deniedTitle: '仅工作人员可以查看',
  deniedText: '这个页面用于工作人员组织招聘会、查看报名名单。',
}
