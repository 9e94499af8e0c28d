import type { ASSISTED_CATEGORIES as ContractCategories, AVAILABILITY as ContractAvailability, SKILLS as ContractSkills } from '@contract'

/**
 * Profile option lists, repeated from contract/profile.ts as plain data (no zod in the bundle; see options.ts).
 * tests/build/options.test.ts checks they match the contract.
 */

export type Skill = (typeof ContractSkills)[number]
export type Availability = (typeof ContractAvailability)[number]
export type AssistedCategory = (typeof ContractCategories)[number]

export const SKILLS = [
  '保洁', '家政', '育婴', '养老护理', '烹饪', '面点', '餐饮服务', '搬运装卸', '快递分拣', '配送', '驾驶',
  '手工加工', '缝纫', '理货收银', '绿化', '农业种植', '水产加工', '水电维修', '电脑办公', '直播销售', '安保',
] as const satisfies readonly Skill[]

export const MAX_SKILLS = 10

export const AVAILABILITY = ['weekday', 'evening', 'weekend'] as const satisfies readonly Availability[]

export const AVAILABILITY_LABEL: Record<Availability, string> = {
  weekday: '工作日白天',
  evening: '晚上',
  weekend: '周末',
}

export const ASSISTED_CATEGORIES = [
  '零就业家庭', '低保家庭', '低保边缘家庭', '脱贫/防返贫监测', '大龄', '残疾', '长期失业', '未就业高校毕业生',
] as const satisfies readonly AssistedCategory[]

/** The one consent this app asks for, and the version of the notice the resident reads (pages/consent). */
export const SENSITIVE_CONSENT = { kind: 'sensitive-personal-info', version: '2026-11' } as const


/** The same rule and message as the contract's UpdateProfileBodySchema.phone. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/
export const PHONE_MESSAGE = '手机号应为 11 位，以 1 开头'
