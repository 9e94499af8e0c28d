// The client repeats the contract's option lists as plain data (src/constants/) so zod stays out of the
// mini-program bundle, the same way as the route table. This keeps the copies identical to the contract.
import { ASSISTED_CATEGORIES, AVAILABILITY, JOB_TAGS, JOB_TYPES, PAY_UNITS, SKILLS, WHEN_OPTIONS } from '../../contract'
import * as options from '../../src/constants/options'
import * as profile from '../../src/constants/profile'

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

  it('widening steps stay inside the radius the API accepts (100–5000 m) and grow', () => {
    const radii = options.WIDEN_STEPS.map((s) => s.radius)
    expect(radii).toEqual([...radii].sort((a, b) => a - b))
    for (const r of radii) expect(r >= 100 && r <= 5000).toBe(true)
  })
})
