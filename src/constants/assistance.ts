import type { AssistedPerson, RouteBody } from '@contract'

/**
 * 就业援助台账 options repeated from contract/assistance.ts as plain data so zod stays out of the mini-program
 * (see constants/options.ts); tests/build/options-assistance.test.ts keeps them equal to the contract.
 */

export type EmploymentStatus = AssistedPerson['status']
export type ServiceType = RouteBody<'addService'>['type']
export type AssistedCategory = AssistedPerson['categories'][number]

export const EMPLOYMENT_STATUSES = ['待业', '灵活就业', '已就业', '公益性岗位安置'] as const satisfies readonly EmploymentStatus[]

/** 「12333」: per rolling 12 months, 2 政策对接, 3 职业指导, 3 岗位推荐, 3 培训信息 (鲁就办〔2023〕13号 三、16). */
export const SERVICE_TYPES = ['政策对接', '职业指导', '岗位推荐', '培训信息'] as const satisfies readonly ServiceType[]
export const SERVICE_TARGETS: Record<ServiceType, number> = { 政策对接: 2, 职业指导: 3, 岗位推荐: 3, 培训信息: 3 }

/** The same categories residents choose in 我的资料. */
export { ASSISTED_CATEGORIES } from './profile'

/** Statuses where the 台账 names the employer (the server refuses them without one). */
export const NEEDS_EMPLOYER: readonly EmploymentStatus[] = ['已就业', '公益性岗位安置']

/** Form limits (contract personFields / AddServiceBodySchema). */
export const NAME_MAX = 20
export const EMPLOYER_MAX = 50
export const NOTE_MAX = 200
export const SERVICE_CONTENT_MIN = 2
export const SERVICE_CONTENT_MAX = 200
export const IMPORT_MAX_ROWS = 50

/** data-testid of each 「12333」 progress bar on the person page (the e2e reads these). */
export const SERVICE_TESTID: Record<ServiceType, string> = { 政策对接: 'progress-policy', 职业指导: 'progress-guidance', 岗位推荐: 'progress-jobs', 培训信息: 'progress-training' }
