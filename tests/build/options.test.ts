// The client repeats the contract's option lists as plain data (src/constants/) so zod stays out of the
// mini-program bundle, the same way as the route table. This keeps the copies identical to the contract.
import {
  ASSISTED_CATEGORIES,
  AVAILABILITY,
  DisputeBodySchema,
  JOB_TAGS,
  JOB_TYPES,
  PAY_UNITS,
  SIGNUP_ACTORS,
  SIGNUP_STATUS_LABEL,
  SIGNUP_STATUSES,
  SKILLS,
  WHEN_OPTIONS,
} from '../../contract'
import * as options from '../../src/constants/options'
import * as profile from '../../src/constants/profile'
import * as signups from '../../src/constants/signups'

describe('client option lists match the contract', () => {
  it('jobs: types, tags, when, pay units', () => {
    expect(options.JOB_TYPES).toEqual(JOB_TYPES)
    expect(options.JOB_TAGS).toEqual(JOB_TAGS)
    expect(options.WHEN_OPTIONS).toEqual(WHEN_OPTIONS)
    expect(options.PAY_UNITS).toEqual(PAY_UNITS)
    for (const tag of options.SUITABILITY_TAGS) expect(JOB_TAGS).toContain(tag)
    expect(Object.keys(options.JOB_TYPE_LABEL).sort()).toEqual([...JOB_TYPES].sort())
  })

  it('profile: skills, availability, assisted categories', () => {
    expect(profile.SKILLS).toEqual(SKILLS)
    expect(profile.AVAILABILITY).toEqual(AVAILABILITY)
    expect(profile.ASSISTED_CATEGORIES).toEqual(ASSISTED_CATEGORIES)
    expect(Object.keys(profile.AVAILABILITY_LABEL).sort()).toEqual([...AVAILABILITY].sort())
  })

  it('sign-ups: statuses, their labels, tones, timeline wording and actors', () => {
    expect(signups.SIGNUP_STATUSES).toEqual(SIGNUP_STATUSES)
    expect(signups.SIGNUP_STATUS_LABEL).toEqual(SIGNUP_STATUS_LABEL)
    expect(Object.keys(signups.SIGNUP_STATUS_TONE).sort()).toEqual([...SIGNUP_STATUSES].sort())
    expect(Object.keys(signups.SIGNUP_EVENT_LABEL).sort()).toEqual([...SIGNUP_STATUSES].sort())
    expect(Object.keys(signups.SIGNUP_ACTOR_LABEL).sort()).toEqual([...SIGNUP_ACTORS].sort())
    for (const s of signups.SIGNUP_FINAL_STATUSES) expect(SIGNUP_STATUSES).toContain(s)
  })

  it('the dispute note limits the sheet checks are the ones the API enforces', () => {
    const note = (n: number) => ({ note: '欠'.repeat(n) })
    expect(DisputeBodySchema.safeParse(note(signups.DISPUTE_NOTE_MIN - 1)).success).toBe(false)
    expect(DisputeBodySchema.safeParse(note(signups.DISPUTE_NOTE_MIN)).success).toBe(true)
    expect(DisputeBodySchema.safeParse(note(signups.DISPUTE_NOTE_MAX)).success).toBe(true)
    expect(DisputeBodySchema.safeParse(note(signups.DISPUTE_NOTE_MAX + 1)).success).toBe(false)
  })

  it('widening steps stay inside the radius the API accepts (100–5000 m) and grow', () => {
    const radii = options.WIDEN_STEPS.map((s) => s.radius)
    expect(radii).toEqual([...radii].sort((a, b) => a - b))
    for (const r of radii) expect(r >= 100 && r <= 5000).toBe(true)
  })
})
