import type { BusinessKind, PrecheckBody, SubsidyPolicyId, SubsidyRegion, WorkKind } from '@contract'
import type { AssistedCategory } from '@/constants/profile'
import { SUBSIDY_LIMITS } from '@/constants/subsidies'
import { parseDay, weihaiToday } from '@/utils/days'

/** 补贴测算 as answered. null = not answered yet; each section may be left out. */
export interface Answers {
  region: SubsidyRegion
  business: BusinessKind | 'none' | null
  registeredOn: string
  hired: 'yes' | 'no' | null
  age: string
  hiredOn: string
  contractMonths: string
  graduate: 'yes' | 'no' | null
  graduatedOn: string
  unemployedSinceGraduation: boolean
  registeredUnemployed: 'yes' | 'no' | null
  unemploymentRegisteredOn: string
  assisted: 'yes' | 'no' | null
  assistedCategories: AssistedCategory[]
  work: WorkKind | null
  startedOn: string
}

export type AnswerErrors = Partial<Record<keyof Answers, string>>

export const NO_ANSWERS: Answers = {
  region: 'weihai',
  business: null,
  registeredOn: '',
  hired: null,
  age: '',
  hiredOn: '',
  contractMonths: '',
  graduate: null,
  graduatedOn: '',
  unemployedSinceGraduation: false,
  registeredUnemployed: null,
  unemploymentRegisteredOn: '',
  assisted: null,
  assistedCategories: [],
  work: null,
  startedOn: '',
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null)

function dayError(raw: string, what: string, required: boolean, today: string): string | undefined {
  if (!raw.trim()) return required ? `请填写${what}` : undefined
  const day = parseDay(raw)
  if (!day) return `${what}请写成 2024-05-10 这样的日期`
  if (day > today) return `${what}不能晚于今天`
  return undefined
}

/** What stops the answers being sent; sections answered 「没有」 or not at all need nothing. */
export function checkAnswers(a: Answers, today = weihaiToday()): AnswerErrors {
  const e: AnswerErrors = {}
  if (a.business && a.business !== 'none') e.registeredOn = dayError(a.registeredOn, '营业执照成立日期', true, today)
  if (a.hired === 'yes') {
    const age = whole(a.age)
    if (age === null) e.age = '请填写招用时的周岁年龄'
    else if (age < SUBSIDY_LIMITS.ageMin || age > SUBSIDY_LIMITS.ageMax) e.age = '年龄不正确'
    e.hiredOn = dayError(a.hiredOn, '招用日期', true, today)
    const months = whole(a.contractMonths)
    if (months === null) e.contractMonths = '请填写劳动合同期限（月），如 1 年填 12'
    else if (months < SUBSIDY_LIMITS.contractMonthsMin) e.contractMonths = '合同期限至少 1 个月'
    else if (months > SUBSIDY_LIMITS.contractMonthsMax) e.contractMonths = '合同期限不正确'
    if (a.graduate === 'yes') e.graduatedOn = dayError(a.graduatedOn, '离校日期', true, today)
    if (a.registeredUnemployed === 'yes') e.unemploymentRegisteredOn = dayError(a.unemploymentRegisteredOn, '失业登记日期', true, today)
  }
  if (a.assisted === 'yes' && a.assistedCategories.length === 0) e.assistedCategories = '请选择属于哪一类（可以多选）'
  if (a.assisted && !a.work) e.work = '请选择现在的就业情况'
  if (a.assisted === 'yes') e.startedOn = dayError(a.startedOn, '开始就业的日期', false, today)
  for (const k of Object.keys(e) as (keyof Answers)[]) if (!e[k]) delete e[k]
  return e
}

/** The questionnaire as the API takes it (call after checkAnswers found nothing). */
export function toPrecheckBody(a: Answers): PrecheckBody {
  const business = a.business && a.business !== 'none' ? { kind: a.business, registeredOn: parseDay(a.registeredOn)! } : null
  const hire =
    a.hired === 'yes'
      ? {
          age: whole(a.age)!,
          hiredOn: parseDay(a.hiredOn)!,
          contractMonths: whole(a.contractMonths)!,
          graduatedOn: a.graduate === 'yes' ? parseDay(a.graduatedOn) : null,
          unemployedSinceGraduation: a.graduate === 'yes' && a.unemployedSinceGraduation,
          unemploymentRegisteredOn: a.registeredUnemployed === 'yes' ? parseDay(a.unemploymentRegisteredOn) : null,
        }
      : null
  const worker =
    a.assisted && a.work
      ? {
          assistedCategories: a.assisted === 'yes' ? a.assistedCategories : [],
          work: a.work,
          startedOn: a.assisted === 'yes' && a.startedOn.trim() ? parseDay(a.startedOn) : null,
        }
      : null
  return { region: a.region, business, hire, worker }
}

/** The policy whose section was answered 「没有」: its card says so instead of asking again. */
export function declinedPolicies(a: Answers): SubsidyPolicyId[] {
  const out: SubsidyPolicyId[] = []
  if (a.business === 'none') out.push('startup-subsidy')
  if (a.hired === 'no') out.push('hiring-subsidy')
  return out
}
