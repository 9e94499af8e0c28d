// The employer pages repeat the contract's option lists and limits as plain data (src/constants/employer.ts) so zod
// stays out of the mini-program bundle. This keeps the copies identical to the contract.
import {
  LICENCE_CONTENT_TYPES,
  LICENCE_MAX_BYTES,
  ORG_STATUS_LABEL,
  ORG_STATUSES,
  ORG_TYPES,
  POSTING_STATUS_LABEL,
  POSTING_STATUSES,
  CreditCodeSchema,
  PostingBodySchema,
  RegisterOrgBodySchema,
} from '../../contract'
import * as employer from '../../src/constants/employer'

describe('employer option lists match the contract', () => {
  it('organisation types, statuses and their labels', () => {
    expect(employer.ORG_TYPES).toEqual(ORG_TYPES)
    expect(employer.ORG_STATUSES).toEqual(ORG_STATUSES)
    expect(employer.ORG_STATUS_LABEL).toEqual(ORG_STATUS_LABEL)
  })

  it('posting statuses, labels and tones', () => {
    expect(employer.POSTING_STATUSES).toEqual(POSTING_STATUSES)
    expect(employer.POSTING_STATUS_LABEL).toEqual(POSTING_STATUS_LABEL)
    expect(Object.keys(employer.POSTING_STATUS_TONE).sort()).toEqual([...POSTING_STATUSES].sort())
  })

  it('licence upload types and size', () => {
    expect(employer.LICENCE_CONTENT_TYPES).toEqual(LICENCE_CONTENT_TYPES)
    expect(employer.LICENCE_MAX_BYTES).toBe(LICENCE_MAX_BYTES)
  })

  it('the credit code pattern accepts and refuses what the schema does', () => {
    for (const code of ['91371000MA3C8XYZ1K', '91371000MA3C8XYP1K', '123', '91371000ma3c8xyp1k', '9137100OMA3C8XYP1K']) {
      expect(employer.CREDIT_CODE_PATTERN.test(code)).toBe(CreditCodeSchema.safeParse(code).success)
    }
  })

  it('organisation limits are the ones RegisterOrgBodySchema enforces', () => {
    const L = employer.ORG_LIMITS
    const ok = {
      name: '威海海鲜加工厂',
      type: '企业',
      creditCode: '91371000MA3C8XYP1K',
      contactName: '高峰',
      contactPhone: '13906310014',
      address: '统一路 88 号',
      communityCode: '371002001001',
      headcount: 12,
    }
    expect(RegisterOrgBodySchema.safeParse(ok).success).toBe(true)
    const check = (patch: object) => RegisterOrgBodySchema.safeParse({ ...ok, ...patch }).success
    expect(check({ name: '厂'.repeat(L.nameMin - 1) })).toBe(false)
    expect(check({ name: '厂'.repeat(L.nameMax) })).toBe(true)
    expect(check({ name: '厂'.repeat(L.nameMax + 1) })).toBe(false)
    expect(check({ contactName: '高'.repeat(L.contactMax + 1) })).toBe(false)
    expect(check({ address: '路'.repeat(L.addressMin - 1) })).toBe(false)
    expect(check({ address: '路'.repeat(L.addressMax + 1) })).toBe(false)
    expect(check({ headcount: L.headcountMax })).toBe(true)
    expect(check({ headcount: L.headcountMax + 1 })).toBe(false)
    expect(check({ conditions: '条'.repeat(L.conditionsMax + 1) })).toBe(false)
  })

  it('posting limits are the ones PostingBodySchema enforces', () => {
    const L = employer.POSTING_LIMITS
    const ok = {
      title: '楼道保洁',
      type: '零工',
      payAmount: 25,
      payUnit: '元/小时',
      schedule: { kind: 'once', date: '2099-01-05', startTime: '08:00', endTime: '11:00' },
      headcount: 2,
      description: '打扫小区楼道和电梯间，工具由单位提供。',
      address: '统一路 88 号',
      communityCode: '371002001001',
    }
    expect(PostingBodySchema.safeParse(ok).success).toBe(true)
    const check = (patch: object) => PostingBodySchema.safeParse({ ...ok, ...patch }).success
    expect(check({ title: '保'.repeat(L.titleMin - 1) })).toBe(false)
    expect(check({ title: '保'.repeat(L.titleMax) })).toBe(true)
    expect(check({ title: '保'.repeat(L.titleMax + 1) })).toBe(false)
    expect(check({ headcount: L.headcountMin - 1 })).toBe(false)
    expect(check({ headcount: L.headcountMax })).toBe(true)
    expect(check({ headcount: L.headcountMax + 1 })).toBe(false)
    expect(check({ ageMin: L.ageMin - 1 })).toBe(false)
    expect(check({ ageMax: L.ageMax + 1 })).toBe(false)
    expect(check({ description: '做'.repeat(L.descriptionMin - 1) })).toBe(false)
    expect(check({ description: '做'.repeat(L.descriptionMax + 1) })).toBe(false)
    expect(check({ requirements: Array(L.requirementsMax + 1).fill('能干活') })).toBe(false)
    expect(check({ requirements: ['要'.repeat(L.requirementMax + 1)] })).toBe(false)
    expect(check({ skills: Array(L.skillsMax + 1).fill('保洁') })).toBe(false)
    expect(check({ payAmount: L.payMax + 1 })).toBe(false)
    expect(employer.WEEKDAY_CHIPS.map((w) => w.value)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })
})
