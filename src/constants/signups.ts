import type { Notification, SignupStatus } from '@contract'

/**
 * Sign-up statuses and their labels, repeated from contract/signups.ts as plain data so zod stays out of the
 * mini-program (see constants/options.ts); tests/build/options.test.ts keeps them equal to the contract.
 */
export const SIGNUP_STATUSES = [
  'pending',
  'waitlisted',
  'approved',
  'rejected',
  'cancelled',
  'checked_in',
  'completed',
  'no_show',
  'expired',
] as const satisfies readonly SignupStatus[]

export const SIGNUP_STATUS_LABEL: Record<SignupStatus, string> = {
  pending: '待审核',
  waitlisted: '候补中',
  approved: '审核通过',
  rejected: '未通过',
  cancelled: '已取消',
  checked_in: '已签到',
  completed: '已完成',
  no_show: '缺勤',
  expired: '已过期',
}

/** The colour family of a status pill: waiting (amber), good (green), in progress (blue), bad (red), over (grey). */
export type SignupTone = 'wait' | 'good' | 'progress' | 'bad' | 'over'

export const SIGNUP_STATUS_TONE: Record<SignupStatus, SignupTone> = {
  pending: 'wait',
  waitlisted: 'wait',
  approved: 'good',
  rejected: 'bad',
  cancelled: 'over',
  checked_in: 'progress',
  completed: 'good',
  no_show: 'bad',
  expired: 'over',
}

/** How each step reads on the timeline of 我的报名. */
export const SIGNUP_EVENT_LABEL: Record<SignupStatus, string> = {
  pending: '报名成功，等待审核',
  waitlisted: '进入候补',
  approved: '审核通过',
  rejected: '审核未通过',
  cancelled: '已取消报名',
  checked_in: '到岗签到',
  completed: '已完工',
  no_show: '缺勤',
  expired: '未审核，已过期',
}

/** Statuses after which nothing more happens to a sign-up. */
export const SIGNUP_FINAL_STATUSES = ['rejected', 'cancelled', 'completed', 'no_show', 'expired'] as const satisfies readonly SignupStatus[]

/** Who did a step, as the resident would say it. */
export const SIGNUP_ACTOR_LABEL: Record<'resident' | 'staff' | 'employer' | 'system', string> = {
  resident: '本人',
  staff: '社区工作人员',
  employer: '用工单位',
  system: '系统',
}

/** The wage-dispute note the API accepts (contract DisputeBodySchema). */
export const DISPUTE_NOTE_MIN = 2
export const DISPUTE_NOTE_MAX = 300

/** The items PROFILE_INCOMPLETE can name (contract/errors.ts details[].field). */
export type MissingProfileField = 'name' | 'phone' | 'homeCommunityCode'

/**
 * Messages about something other than a sign-up that open a page: what the tap says, and where it goes (the
 * server's `link` when `serverLink`, else `page`). A loan message opens 我的补贴, where the referral's progress is,
 * rather than the loan form the server links. tests/build/options-subsidies.test.ts checks every subsidy and loan
 * message kind is here.
 */
export const NOTICE_LINK: Partial<Record<Notification['kind'], { text: string; page: string; serverLink: boolean }>> = {
  subsidy_progress: { text: '查看补贴申请', page: '/packages/subsidy/pages/mine/index', serverLink: true },
  subsidy_returned: { text: '去修改补贴申请', page: '/packages/subsidy/pages/mine/index', serverLink: true },
  subsidy_approved: { text: '查看补贴申请', page: '/packages/subsidy/pages/mine/index', serverLink: true },
  subsidy_rejected: { text: '查看补贴申请', page: '/packages/subsidy/pages/mine/index', serverLink: true },
  loan_progress: { text: '查看贷款进度', page: '/packages/subsidy/pages/mine/index', serverLink: false },
  // 社区推荐的岗位 (「12333」 岗位推荐): the server links the job itself; the home feed if the link is unusable
  job_recommended: { text: '查看推荐的岗位', page: '/pages/index/index', serverLink: true },
}
