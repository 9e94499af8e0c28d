// The client repeats the 就业援助台账 option lists as plain data (src/constants/assistance.ts) so zod stays out of
// the mini-program bundle; this keeps the copies identical to the contract.
import {
  AddServiceBodySchema,
  ASSISTED_CATEGORIES,
  CreateAssistedPersonBodySchema,
  EMPLOYMENT_STATUSES,
  IMPORT_MAX_ROWS,
  OTHER_NOTICE_KINDS,
  SERVICE_TARGETS,
  SERVICE_TYPES,
} from '../../contract'
import * as assistance from '../../src/constants/assistance'
import { NOTICE_LINK } from '../../src/constants/signups'

describe('client 就业援助 options match the contract', () => {
  it('statuses, service types and their 「12333」 targets, categories', () => {
    expect(assistance.EMPLOYMENT_STATUSES).toEqual(EMPLOYMENT_STATUSES)
    expect(assistance.SERVICE_TYPES).toEqual(SERVICE_TYPES)
    expect(assistance.SERVICE_TARGETS).toEqual(SERVICE_TARGETS)
    expect(assistance.ASSISTED_CATEGORIES).toEqual(ASSISTED_CATEGORIES)
    expect(Object.keys(assistance.SERVICE_TESTID)).toEqual([...SERVICE_TYPES])
    expect(assistance.IMPORT_MAX_ROWS).toBe(IMPORT_MAX_ROWS)
  })

  it('form limits', () => {
    const shape = CreateAssistedPersonBodySchema.shape
    expect(shape.name.safeParse('一'.repeat(assistance.NAME_MAX)).success).toBe(true)
    expect(shape.name.safeParse('一'.repeat(assistance.NAME_MAX + 1)).success).toBe(false)
    expect(shape.employerName.safeParse('一'.repeat(assistance.EMPLOYER_MAX + 1)).success).toBe(false)
    expect(shape.note.safeParse('一'.repeat(assistance.NOTE_MAX + 1)).success).toBe(false)
    const content = AddServiceBodySchema.shape.content
    expect(content.safeParse('一'.repeat(assistance.SERVICE_CONTENT_MIN - 1)).success).toBe(false)
    expect(content.safeParse('一'.repeat(assistance.SERVICE_CONTENT_MAX + 1)).success).toBe(false)
  })

  it('the job-recommendation message opens a page', () => {
    expect(OTHER_NOTICE_KINDS).toContain('job_recommended')
    expect(NOTICE_LINK.job_recommended).toMatchObject({ serverLink: true })
  })
})
