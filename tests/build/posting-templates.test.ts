// 一分钟发布 templates (src/constants/posting-templates.ts) must be publishable as they are: valid against the
// contract, free of the words the server refuses, and paid at least the minimum wage.
import { PostingBodySchema } from '../../contract'
import { scamFindings } from '../../functions/domain/posting/scam-terms'
import { belowMinimumWage, MINIMUM_WAGES } from '../../functions/domain/posting/minimum-wage'
import { POSTING_TEMPLATES } from '../../src/constants/posting-templates'
import { SKILLS } from '../../src/constants/profile'
import {
  applyTemplate,
  blankPostForm,
  normaliseDate,
  normaliseTime,
  toPostingBody,
  validatePostForm,
} from '../../src/packages/employer/pages/post/post-form-state'

const FUTURE_DAY = '2099-03-02'
const WEIHAI = '371002001001'

function bodyOf(t: (typeof POSTING_TEMPLATES)[number]) {
  return {
    title: t.title,
    type: t.type,
    payAmount: t.payAmount,
    payUnit: t.payUnit,
    schedule: { kind: 'once' as const, date: FUTURE_DAY, startTime: t.startTime, endTime: t.endTime },
    headcount: t.headcount,
    tags: t.tags,
    skills: t.skills,
    description: t.description,
    requirements: t.requirements,
    address: '统一路 88 号',
    communityCode: WEIHAI,
    templateId: t.id,
  }
}

describe('posting templates', () => {
  it('have unique ids and chip labels', () => {
    expect(new Set(POSTING_TEMPLATES.map((t) => t.id)).size).toBe(POSTING_TEMPLATES.length)
    expect(new Set(POSTING_TEMPLATES.map((t) => t.label)).size).toBe(POSTING_TEMPLATES.length)
  })

  it.each(POSTING_TEMPLATES.map((t) => [t.label, t] as const))('%s passes PostingBodySchema', (_label, t) => {
    const parsed = PostingBodySchema.safeParse(bodyOf(t))
    expect(parsed.error?.issues ?? []).toEqual([])
    for (const s of t.skills) expect(SKILLS).toContain(s)
  })

  it.each(POSTING_TEMPLATES.map((t) => [t.label, t] as const))('%s has no fee, deposit or outside-contact words', (_label, t) => {
    expect(scamFindings([t.title, t.description, ...t.requirements])).toEqual([])
  })

  it.each(POSTING_TEMPLATES.map((t) => [t.label, t] as const))('%s pays at least the Weihai minimum wage', (_label, t) => {
    const hours = (Date.parse(`2000-01-01T${t.endTime}:00Z`) - Date.parse(`2000-01-01T${t.startTime}:00Z`)) / 3600_000
    expect(belowMinimumWage({ amount: t.payAmount, unit: t.payUnit, shiftHours: hours }, MINIMUM_WAGES[0])).toBeUndefined()
  })
})

describe('the 发布岗位 form', () => {
  const today = '2099-03-01'
  const org = { address: '统一路 88 号', community: { code: WEIHAI, name: '东山居委会' } } as Parameters<typeof blankPostForm>[0]

  it('a template on a blank form is valid and becomes a body the contract accepts', () => {
    for (const t of POSTING_TEMPLATES) {
      const form = applyTemplate(blankPostForm(org, today), t)
      expect(validatePostForm(form, today)).toEqual({})
      const body = toPostingBody(form, true, today)
      expect(PostingBodySchema.safeParse(body).error?.issues ?? []).toEqual([])
      expect(body.schedule).toMatchObject({ kind: 'once', date: '2099-03-02' })
    }
  })

  it('a weekly schedule becomes a recurring body', () => {
    const form = { ...applyTemplate(blankPostForm(org, today), POSTING_TEMPLATES[0]), scheduleKind: 'recurring' as const, weekdays: [6, 1] }
    const body = toPostingBody(form, false, today)
    expect(body.schedule).toMatchObject({ kind: 'recurring', weekdays: [1, 6], fromDate: '2099-03-02', toDate: '2099-03-31' })
    expect(PostingBodySchema.safeParse(body).success).toBe(true)
  })

  it('says what is wrong next to the fields, keyed like the server', () => {
    const form = { ...blankPostForm(org, today), date: '2099-02-01', startTime: '14:00', endTime: '9', ageMin: '40', ageMax: '30' }
    const e = validatePostForm(form, today)
    expect(Object.keys(e).sort()).toEqual(['ageMax', 'description', 'payAmount', 'schedule.date', 'schedule.endTime', 'title'])
  })

  it('reads times and dates the way people type them', () => {
    expect(normaliseTime('9')).toBe('09:00')
    expect(normaliseTime('9:30')).toBe('09:30')
    expect(normaliseTime('930')).toBe('09:30')
    expect(normaliseTime('1730')).toBe('17:30')
    expect(normaliseTime('9点半')).toBe('09:30')
    expect(normaliseTime('２１：００')).toBe('21:00')
    expect(normaliseTime('25:00')).toBeNull()
    expect(normaliseDate('2099/3/5', today)).toBe('2099-03-05')
    expect(normaliseDate('2099年3月5日', today)).toBe('2099-03-05')
    expect(normaliseDate('3-5', today)).toBe('2099-03-05')
    expect(normaliseDate('2-5', today)).toBe('2100-02-05')
    expect(normaliseDate('2099-02-30', today)).toBeNull()
  })
})
