// The client repeats the 「六有」, survey and brand-community options as plain data (src/constants/stations.ts,
// surveys.ts, brand.ts) so zod stays out of the mini-program bundle; this keeps the copies equal to the contract.
import {
  BRAND_GRADES,
  PutStationBodySchema,
  STATION_PHOTO_MAX_BYTES,
  STATION_STANDARD_LABEL,
  STATION_STANDARDS,
  StationPhotoUploadBodySchema,
  SubmitSurveyBodySchema,
  SURVEY_SUBJECT_LABEL,
  SURVEY_SUBJECTS,
} from '../../contract'
import { BRAND_GRADE_RULES, BRAND_TOTAL } from '../../functions/domain/brand/selection'
import * as brand from '../../src/constants/brand'
import * as stations from '../../src/constants/stations'
import * as surveys from '../../src/constants/surveys'

describe('client 「六有」 options match the contract', () => {
  it('the six standards and their labels', () => {
    expect(stations.STATION_STANDARDS).toEqual(STATION_STANDARDS)
    expect(stations.STATION_STANDARD_LABEL).toEqual(STATION_STANDARD_LABEL)
  })

  it('photo size, photos per standard and note length', () => {
    expect(stations.STATION_PHOTO_MAX_BYTES).toBe(STATION_PHOTO_MAX_BYTES)
    expect(StationPhotoUploadBodySchema.safeParse({ contentType: 'image/jpeg', size: stations.STATION_PHOTO_MAX_BYTES }).success).toBe(true)
    const body = (photos: number, note: number) => ({
      expectedVersion: 0,
      standards: STATION_STANDARDS.map((standard) => ({ standard, met: true, note: 'x'.repeat(note), photoKeys: Array.from({ length: photos }, (_, i) => `k${i}`) })),
    })
    expect(PutStationBodySchema.safeParse(body(stations.STATION_PHOTOS_PER_STANDARD, stations.STATION_NOTE_MAX)).success).toBe(true)
    expect(PutStationBodySchema.safeParse(body(stations.STATION_PHOTOS_PER_STANDARD + 1, 1)).success).toBe(false)
    expect(PutStationBodySchema.safeParse(body(1, stations.STATION_NOTE_MAX + 1)).success).toBe(false)
  })
})

describe('client survey options match the contract', () => {
  it('subjects, labels, the five scores and the comment length', () => {
    expect(surveys.SURVEY_SUBJECTS).toEqual(SURVEY_SUBJECTS)
    expect(surveys.SURVEY_SUBJECT_LABEL).toEqual(SURVEY_SUBJECT_LABEL)
    const body = (score: number, comment = '') => ({ subject: 'gig', subjectId: 's1', score, comment })
    expect(surveys.SURVEY_SCORES.map((s) => s.score)).toEqual([1, 2, 3, 4, 5])
    for (const s of surveys.SURVEY_SCORES) expect(SubmitSurveyBodySchema.safeParse(body(s.score)).success).toBe(true)
    expect(SubmitSurveyBodySchema.safeParse(body(1, 'x'.repeat(surveys.SURVEY_COMMENT_MAX))).success).toBe(true)
    expect(SubmitSurveyBodySchema.safeParse(body(1, 'x'.repeat(surveys.SURVEY_COMMENT_MAX + 1))).success).toBe(false)
  })
})

describe('client brand-community grades match the contract and the server rules', () => {
  it('grades, the 20 in all, and the award named in each label', () => {
    expect(brand.BRAND_GRADES).toEqual(BRAND_GRADES)
    expect(brand.BRAND_TOTAL).toBe(BRAND_TOTAL)
    for (const grade of BRAND_GRADES) expect(brand.BRAND_GRADE_LABEL[grade]).toContain(`${BRAND_GRADE_RULES[grade].rewardYuan / 10_000} 万元`)
  })
})
