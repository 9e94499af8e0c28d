import type { BusinessKind, Org, PrecheckBody, SubsidyApplicationBody, SubsidyPolicyId, WorkKind } from '@contract'
import { CREDIT_CODE_BAD_CHARS, CREDIT_CODE_LENGTH, CREDIT_CODE_PATTERN } from '@/constants/employer'
import { ASSISTED_CATEGORIES, type AssistedCategory } from '@/constants/profile'
import { BUSINESS_KINDS, SUBSIDY_LIMITS, WORK_KINDS } from '@/constants/subsidies'
import { parseDay, weihaiToday } from '@/utils/days'
import { idNumberProblem, normaliseIdNumber } from '../utils/id-number'

/** The application form as typed, for any of the three policies (each uses its own part). */
export interface ApplyForm {
  businessKind: BusinessKind | null
  registeredOn: string
  businessName: string
  creditCode: string
  hireName: string
  hireIdNumber: string
  age: string
  hiredOn: string
  contractMonths: string
  graduate: boolean
  graduatedOn: string
  unemployedSinceGraduation: boolean
  registeredUnemployed: boolean
  unemploymentRegisteredOn: string
  assistedCategories: AssistedCategory[]
  work: WorkKind | null
  startedOn: string
  /** The applicant's own 身份证号, asked only when 「我的资料」 has none. */
  idNumber: string
  note: string
}

/**
 * Messages keyed by the API's field path under the body (`business.creditCode`, `hire.age`, `idNumber`…), so a
 * server 400 lands on the same field as the form's own check.
 */
export type ApplyErrors = Partial<Record<string, string>>

export const BLANK_APPLY_FORM: ApplyForm = {
  businessKind: null,
  registeredOn: '',
  businessName: '',
  creditCode: '',
  hireName: '',
  hireIdNumber: '',
  age: '',
  hiredOn: '',
  contractMonths: '',
  graduate: false,
  graduatedOn: '',
  unemployedSinceGraduation: false,
  registeredUnemployed: false,
  unemploymentRegisteredOn: '',
  assistedCategories: [],
  work: null,
  startedOn: '',
  idNumber: '',
  note: '',
}

/** Which form field each error key belongs to (for clearing a message as soon as the field is edited). */
export const ERROR_KEY_OF: Record<keyof ApplyForm, string> = {
  businessKind: 'business.kind',
  registeredOn: 'business.registeredOn',
  businessName: 'business.name',
  creditCode: 'business.creditCode',
  hireName: 'hire.name',
  hireIdNumber: 'hire.idNumber',
  age: 'hire.age',
  hiredOn: 'hire.hiredOn',
  contractMonths: 'hire.contractMonths',
  graduate: 'hire.graduatedOn',
  graduatedOn: 'hire.graduatedOn',
  unemployedSinceGraduation: 'hire.unemployedSinceGraduation',
  registeredUnemployed: 'hire.unemploymentRegisteredOn',
  unemploymentRegisteredOn: 'hire.unemploymentRegisteredOn',
  assistedCategories: 'worker.assistedCategories',
  work: 'worker.work',
  startedOn: 'worker.startedOn',
  idNumber: 'idNumber',
  note: 'note',
}

/** The calculator's answers, carried over. */
export function formFromPrecheck(body: PrecheckBody | null): Partial<ApplyForm> {
  if (!body) return {}
  const out: Partial<ApplyForm> = {}
  if (body.business) Object.assign(out, { businessKind: body.business.kind, registeredOn: body.business.registeredOn })
  if (body.hire) {
    const h = body.hire
    Object.assign(out, {
      age: String(h.age),
      hiredOn: h.hiredOn,
      contractMonths: String(h.contractMonths),
      graduate: !!h.graduatedOn,
      graduatedOn: h.graduatedOn ?? '',
      unemployedSinceGraduation: !!h.unemployedSinceGraduation,
      registeredUnemployed: !!h.unemploymentRegisteredOn,
      unemploymentRegisteredOn: h.unemploymentRegisteredOn ?? '',
    })
  }
  if (body.worker) {
    Object.assign(out, { assistedCategories: body.worker.assistedCategories ?? [], work: body.worker.work, startedOn: body.worker.startedOn ?? '' })
  }
  return out
}

/** An employer applies for its own organisation: name, code and kind come from 单位登记. */
export function formFromOrg(org: Pick<Org, 'name' | 'creditCode' | 'type'>): Partial<ApplyForm> {
  return { businessName: org.name, creditCode: org.creditCode, businessKind: org.type === '个体工商户' ? '个体工商户' : '小微企业' }
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})

/**
 * 修改后重新提交 starts from what was stated (`facts`). Identity numbers are kept encrypted and the hire's name comes
 * back masked: the form asks for them again where the policy needs them.
 */
export function formFromFacts(facts: Record<string, unknown>): Partial<ApplyForm> {
  const b = obj(facts.business)
  const h = obj(facts.hire)
  const w = obj(facts.worker)
  const out: Partial<ApplyForm> = {}
  const kind = str(b.kind)
  if ((BUSINESS_KINDS as readonly string[]).includes(kind)) out.businessKind = kind as BusinessKind
  if (b.registeredOn) out.registeredOn = str(b.registeredOn)
  if (b.name) out.businessName = str(b.name)
  if (b.creditCode) out.creditCode = str(b.creditCode)
  // Shown back masked (李**): a masked name must be typed again, never sent as the correction.
  if (h.name && !str(h.name).includes('*')) out.hireName = str(h.name)
  if (h.age !== undefined) out.age = str(h.age)
  if (h.hiredOn) out.hiredOn = str(h.hiredOn)
  if (h.contractMonths !== undefined) out.contractMonths = str(h.contractMonths)
  if (h.graduatedOn) Object.assign(out, { graduate: true, graduatedOn: str(h.graduatedOn) })
  if (h.unemployedSinceGraduation !== undefined) out.unemployedSinceGraduation = h.unemployedSinceGraduation === true
  if (h.unemploymentRegisteredOn) Object.assign(out, { registeredUnemployed: true, unemploymentRegisteredOn: str(h.unemploymentRegisteredOn) })
  if (Array.isArray(w.assistedCategories)) {
    out.assistedCategories = w.assistedCategories.filter((c): c is AssistedCategory => (ASSISTED_CATEGORIES as readonly unknown[]).includes(c))
  }
  const work = str(w.work)
  if ((WORK_KINDS as readonly string[]).includes(work)) out.work = work as WorkKind
  if (w.startedOn) out.startedOn = str(w.startedOn)
  if (typeof facts.note === 'string') out.note = facts.note
  return out
}

/** As typed on a phone: spaces dropped, capitals, at most 18. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase().slice(0, CREDIT_CODE_LENGTH)
}

function creditCodeError(code: string): string | undefined {
  if (code.length !== CREDIT_CODE_LENGTH) return `统一社会信用代码应为 18 位${code ? `，现在是 ${code.length} 位` : ''}`
  if (CREDIT_CODE_PATTERN.test(code)) return undefined
  const bad = code.match(CREDIT_CODE_BAD_CHARS)
  if (bad) return `统一社会信用代码不使用字母 ${[...new Set(bad)].join('、')}，请核对营业执照（可能是数字 0、1、5、2）`
  return '统一社会信用代码只能包含数字和大写字母'
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null)

function dayError(raw: string, what: string, today: string): string | undefined {
  if (!raw.trim()) return `请填写${what}`
  const day = parseDay(raw)
  if (!day) return `${what}请写成 2024-05-10 这样的日期`
  if (day > today) return `${what}不能晚于今天`
  return undefined
}

export interface FormOptions {
  /** The applicant's 身份证号 is asked (「我的资料」 has none, or the server asked for it). */
  askIdNumber: boolean
}

/** The contract's checks, with its messages, so most mistakes show before a round trip. */
export function validateApplyForm(policyId: SubsidyPolicyId, f: ApplyForm, opts: FormOptions, today = weihaiToday()): ApplyErrors {
  const e: ApplyErrors = {}
  const L = SUBSIDY_LIMITS
  if (policyId === 'startup-subsidy') {
    if (!f.businessKind) e['business.kind'] = '请选择小微企业或个体工商户'
    e['business.registeredOn'] = dayError(f.registeredOn, '营业执照上的成立日期', today)
    const name = f.businessName.trim()
    if (name.length < L.businessNameMin) e['business.name'] = '请填写营业执照上的名称'
    else if (name.length > L.businessNameMax) e['business.name'] = `名称最多 ${L.businessNameMax} 个字`
    e['business.creditCode'] = creditCodeError(f.creditCode)
  }
  if (policyId === 'hiring-subsidy') {
    const name = f.hireName.trim()
    if (name.length < L.hireNameMin) e['hire.name'] = '请填写被招用人员姓名'
    else if (name.length > L.hireNameMax) e['hire.name'] = `姓名最多 ${L.hireNameMax} 个字`
    e['hire.idNumber'] = f.hireIdNumber.trim() ? (idNumberProblem(f.hireIdNumber) ?? undefined) : '请填写被招用人员的身份证号'
    const age = whole(f.age)
    if (age === null) e['hire.age'] = '请填写招用时的周岁年龄'
    else if (age < L.ageMin || age > L.ageMax) e['hire.age'] = '年龄不正确'
    e['hire.hiredOn'] = dayError(f.hiredOn, '招用日期', today)
    const months = whole(f.contractMonths)
    if (months === null) e['hire.contractMonths'] = '请填写劳动合同期限（月）'
    else if (months < L.contractMonthsMin) e['hire.contractMonths'] = '合同期限至少 1 个月'
    else if (months > L.contractMonthsMax) e['hire.contractMonths'] = '合同期限不正确'
    if (f.graduate) e['hire.graduatedOn'] = dayError(f.graduatedOn, '离校日期', today)
    if (f.registeredUnemployed) e['hire.unemploymentRegisteredOn'] = dayError(f.unemploymentRegisteredOn, '失业登记日期', today)
  }
  if (policyId === 'social-insurance-subsidy') {
    if (f.assistedCategories.length === 0) e['worker.assistedCategories'] = '请选择就业困难人员类别（可以多选）'
    if (!f.work) e['worker.work'] = '请选择现在的就业情况'
    if (f.startedOn.trim()) e['worker.startedOn'] = dayError(f.startedOn, '开始就业的日期', today)
  }
  if (opts.askIdNumber && policyId !== 'hiring-subsidy') {
    e.idNumber = f.idNumber.trim() ? (idNumberProblem(f.idNumber) ?? undefined) : '请填写您的身份证号'
  }
  if (f.note.trim().length > L.noteMax) e.note = `说明最多 ${L.noteMax} 个字`
  for (const k of Object.keys(e)) if (!e[k]) delete e[k]
  return e
}

/** The body for POST /subsidy-applications (or the corrections of a resubmission). Call after validateApplyForm. */
export function toApplicationBody(policyId: SubsidyPolicyId, f: ApplyForm, opts: FormOptions): SubsidyApplicationBody {
  const note = f.note.trim()
  const idNumber = opts.askIdNumber && f.idNumber.trim() ? { idNumber: normaliseIdNumber(f.idNumber) } : {}
  if (policyId === 'startup-subsidy') {
    return {
      policyId,
      business: { kind: f.businessKind!, registeredOn: parseDay(f.registeredOn)!, name: f.businessName.trim(), creditCode: f.creditCode },
      ...idNumber,
      note,
    }
  }
  if (policyId === 'hiring-subsidy') {
    return {
      policyId,
      hire: {
        name: f.hireName.trim(),
        idNumber: normaliseIdNumber(f.hireIdNumber),
        age: whole(f.age)!,
        hiredOn: parseDay(f.hiredOn)!,
        contractMonths: whole(f.contractMonths)!,
        graduatedOn: f.graduate ? parseDay(f.graduatedOn) : null,
        unemployedSinceGraduation: f.graduate && f.unemployedSinceGraduation,
        unemploymentRegisteredOn: f.registeredUnemployed ? parseDay(f.unemploymentRegisteredOn) : null,
      },
      note,
    }
  }
  return {
    policyId,
    worker: { assistedCategories: f.assistedCategories, work: f.work!, startedOn: f.startedOn.trim() ? parseDay(f.startedOn) : null },
    ...idNumber,
    note,
  }
}
