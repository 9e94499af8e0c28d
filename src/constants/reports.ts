import type { ReportCategory, StaffReport } from '@contract'

/**
 * 举报 categories, statuses and outcomes, repeated from contract/reports.ts as plain data so zod stays out of the
 * mini-program (see constants/options.ts); tests/build/options-reports.test.ts keeps them equal to the contract.
 */
export const REPORT_CATEGORIES = ['虚假招聘', '收取费用', '拖欠工资', '其他'] as const satisfies readonly ReportCategory[]

/** One line under each big choice, in the words a resident would use. */
export const REPORT_CATEGORY_HINT: Record<ReportCategory, string> = {
  虚假招聘: '岗位不存在、工作内容或工资与说的不一样',
  收取费用: '要求交押金、报名费、培训费、服装费等',
  拖欠工资: '干完活不给钱，或少给、拖着不给',
  其他: '其他让您觉得不对劲的情况',
}

export const REPORT_STATUSES = ['open', 'resolved'] as const satisfies readonly StaffReport['status'][]
export const REPORT_STATUS_LABEL: Record<StaffReport['status'], string> = { open: '待处理', resolved: '已处理' }

type Outcome = NonNullable<StaffReport['outcome']>
export const REPORT_OUTCOMES = ['confirmed', 'dismissed'] as const satisfies readonly Outcome[]
export const REPORT_OUTCOME_LABEL: Record<Outcome, string> = { confirmed: '情况属实', dismissed: '情况不属实' }

/** The lengths the API accepts (contract CreateReportBodySchema, ResolveReportBodySchema, HideJobBodySchema). */
export const REPORT_DESCRIPTION_MIN = 5
export const REPORT_DESCRIPTION_MAX = 500
export const RESOLVE_NOTE_MIN = 2
export const RESOLVE_NOTE_MAX = 300
export const HIDE_REASON_MIN = 2
export const HIDE_REASON_MAX = 200

/** National 人社 service hotline (人力资源和社会保障部 12333). */
export const HOTLINE_12333 = '12333'
