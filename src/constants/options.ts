import type { JobTag, JobType, PayUnit, When } from '@contract'

/**
 * The option lists the UI offers, with their Chinese labels.
 *
 * The contract declares the same lists as runtime values next to its zod schemas, but importing them at runtime
 * would bundle zod into the mini-program (see services/route-table.ts). So they are repeated here as plain data,
 * typed by the contract (`import type`), and tests/build/options.test.ts checks that the lists still match.
 */

export const JOB_TYPES = ['零工', '全职', '兼职', '公益性岗位', '社区微工厂', '居家就业'] as const satisfies readonly JobType[]

/** How a type reads on a chip. 社区微工厂 covers 来料加工 too. */
export const JOB_TYPE_LABEL: Record<JobType, string> = {
  零工: '零工',
  全职: '全职',
  兼职: '兼职',
  公益性岗位: '公益性岗位',
  社区微工厂: '社区微工厂/来料加工',
  居家就业: '居家就业',
}

/** Shorter labels for the small badge on a job card. */
export const JOB_TYPE_SHORT: Record<JobType, string> = { ...JOB_TYPE_LABEL, 社区微工厂: '社区微工厂' }

export const JOB_TAGS = ['无经验可', '大龄友好', '残疾人友好', '居家就业', '公益性岗位', '社区微工厂'] as const satisfies readonly JobTag[]

/** The tags that say who a job suits (the others repeat a job type). */
export const SUITABILITY_TAGS = ['无经验可', '大龄友好', '残疾人友好'] as const satisfies readonly JobTag[]

export const WHEN_OPTIONS = ['today', 'week', 'weekend', 'evening'] as const satisfies readonly When[]

export const WHEN_LABEL: Record<When, string> = {
  today: '今天',
  week: '本周',
  weekend: '周末',
  evening: '晚上',
}

export const PAY_UNITS = ['元/小时', '元/天', '元/件', '元/月'] as const satisfies readonly PayUnit[]

/** Minimum-pay presets, compared per day by the API (hourly × 8, monthly ÷ 21.75; piece rates excluded). */
export const MIN_PAY_PRESETS: readonly { value: number | null; label: string }[] = [
  { value: null, label: '不限' },
  { value: 100, label: '100元/天以上' },
  { value: 150, label: '150元/天以上' },
  { value: 200, label: '200元/天以上' },
]

/** The service circle the feed can widen to: the whole street, then 5 km (the API accepts 100–5000 m). */
export const WIDEN_STEPS: readonly { radius: number; label: string }[] = [
  { radius: 3000, label: '扩大到整个街道（约 3 公里）' },
  { radius: 5000, label: '扩大到 5 公里' },
]
