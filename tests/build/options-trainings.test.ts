// The client repeats the training option lists as plain data (src/constants/trainings.ts) so zod stays out of
// the mini-program bundle; this keeps the copies identical to the contract.
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_SITUATIONS,
  SKILL_LEVELS,
  TARGET_GROUPS,
  TRAINING_BOOKING_LABEL,
  TRAINING_BOOKING_STATUSES,
  TRAINING_CATEGORIES,
  TRAINING_FORMATS,
  TRAINING_TYPES,
  TrainingNeedsBodySchema,
} from '../../contract'
import * as trainings from '../../src/constants/trainings'

describe('client training options match the contract', () => {
  it('formats, categories, types and target groups', () => {
    expect(trainings.TRAINING_FORMATS).toEqual(TRAINING_FORMATS)
    expect(trainings.TRAINING_CATEGORIES).toEqual(TRAINING_CATEGORIES)
    expect(trainings.TRAINING_TYPES).toEqual(TRAINING_TYPES)
    expect(trainings.TARGET_GROUPS).toEqual(TARGET_GROUPS)
  })

  it('the 四清 survey options', () => {
    expect(trainings.EMPLOYMENT_SITUATIONS).toEqual(EMPLOYMENT_SITUATIONS)
    expect(trainings.EDUCATION_LEVELS).toEqual(EDUCATION_LEVELS)
    expect(trainings.SKILL_LEVELS).toEqual(SKILL_LEVELS)
    const wanted = TrainingNeedsBodySchema.shape.wantedCategories
    const pick = (n: number) => TRAINING_CATEGORIES.slice(0, n)
    expect(wanted.safeParse(pick(trainings.MAX_WANTED_CATEGORIES)).success).toBe(true)
    expect(wanted.safeParse(pick(trainings.MAX_WANTED_CATEGORIES + 1)).success).toBe(false)
  })

  it('booking status labels, and a tone for every status', () => {
    expect(trainings.TRAINING_BOOKING_LABEL).toEqual(TRAINING_BOOKING_LABEL)
    expect(Object.keys(trainings.TRAINING_BOOKING_TONE).sort()).toEqual([...TRAINING_BOOKING_STATUSES].sort())
  })
})
