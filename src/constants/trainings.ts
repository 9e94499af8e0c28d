import type { RouteBody, TargetGroup, TrainingBookingStatus, TrainingCategory, TrainingFormat, TrainingSummary } from '@contract'

/**
 * Training options repeated from contract/trainings.ts as plain data so zod stays out of the mini-program
 * (see constants/options.ts); tests/build/options-trainings.test.ts keeps them equal to the contract.
 */

type NeedsBody = RouteBody<'putTrainingNeeds'>
export type EmploymentSituation = NeedsBody['situation']
export type EducationLevel = NeedsBody['education']
export type SkillLevel = NeedsBody['skillLevel']
export type TrainingType = TrainingSummary['type']

export const TRAINING_FORMATS = ['培训夜课', '周末课堂', '社区培训点', '居民就业学堂', '能工巧匠工作室', '线上'] as const satisfies readonly TrainingFormat[]

export const TRAINING_CATEGORIES = [
  '山东手造',
  '鲁菜师傅',
  '齐鲁建筑工匠',
  '健康照护',
  '家政服务',
  '网约配送',
  '直播销售',
  '微视频制作',
  '创业素养',
  '其他技能',
] as const satisfies readonly TrainingCategory[]

export const TRAINING_TYPES = ['转岗赋能', '就业技能', '劳动预备制', '实用技能', '创业素养', '通用技能'] as const satisfies readonly TrainingType[]

export const TARGET_GROUPS = ['城乡劳动者', '失业人员', '就业困难人员', '高校毕业生', '未升学初高中毕业生', '残疾人', '创业人员'] as const satisfies readonly TargetGroup[]

export const EMPLOYMENT_SITUATIONS = ['失业', '未就业高校毕业生', '未升学初高中毕业生', '灵活就业', '在职想提升', '想创业'] as const satisfies readonly EmploymentSituation[]

export const EDUCATION_LEVELS = ['小学及以下', '初中', '高中/中专', '大专', '本科及以上'] as const satisfies readonly EducationLevel[]

export const SKILL_LEVELS = ['没有技能', '会一些，没有证书', '有初级证书', '有中级及以上证书'] as const satisfies readonly SkillLevel[]

export const TRAINING_BOOKING_LABEL = {
  booked: '已预约',
  waitlisted: '候补中',
  cancelled: '已取消',
  attended: '已出勤',
  absent: '缺课',
} as const satisfies Record<TrainingBookingStatus, string>

/** The colour of a booking's status pill (styles/mixins status-pill); the label always says it too. */
export const TRAINING_BOOKING_TONE = {
  booked: 'good',
  waitlisted: 'wait',
  cancelled: 'over',
  attended: 'progress',
  absent: 'bad',
} as const satisfies Record<TrainingBookingStatus, 'good' | 'wait' | 'over' | 'progress' | 'bad'>

/** 培训意愿: at most this many categories (the contract's `.max(5)`). */
export const MAX_WANTED_CATEGORIES = 5
