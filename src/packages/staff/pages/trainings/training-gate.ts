import type { Me } from '@contract'
import type { StaffGateProps } from '../../components/staff-gate'

/**
 * What the staff training pages say at the staff gate. Training providers' employer accounts may see their own
 * trainings and rosters (not the needs report); `purpose` is what the page is for.
 */
export const trainingGate = (allowEmployers: boolean, purpose: string): Omit<StaffGateProps, 'className' | 'children'> => ({
  allowEmployers,
  loginText: `请用工作人员${allowEmployers ? '或培训机构' : ''}账号登录后${purpose}。`,
  deniedTitle: allowEmployers ? '仅工作人员和培训机构可以查看' : '仅工作人员可以查看',
  deniedText: `这个页面用于${purpose}。`,
})

/** 发布培训 and 加一次课 are for 区市 and 市 staff (县级职业技能培训通用项目清单). */
export const canPublishTrainings = (me: Me) => me.role === 'staff' && !!me.staff && (me.staff.level === 'district' || me.staff.level === 'city')
