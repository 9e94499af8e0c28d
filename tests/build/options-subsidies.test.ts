// The client repeats the subsidy and 创业提振贷 option lists as plain data (src/constants/subsidies.ts) so zod stays
// out of the mini-program bundle; this keeps the copies identical to the contract, the limits equal to the schemas
// and the policy catalog, and the client's 身份证号 check equal to the server's.
import {
  BUSINESS_KINDS,
  DOCUMENT_KIND_LABEL,
  DOCUMENT_KINDS,
  DocumentUploadBodySchema,
  LOAN_KIND_LABEL,
  LOAN_KINDS,
  LOAN_STATUS_LABEL,
  LOAN_STATUSES,
  LoanReferralBodySchema,
  LoanStatusBodySchema,
  OTHER_NOTICE_KINDS,
  REVIEW_LEVELS,
  REVIEW_STEP_LABEL,
  ReviewSubsidyBodySchema,
  STAFF_SUBSIDY_FILTERS,
  SUBSIDY_DOCUMENT_CONTENT_TYPES,
  SUBSIDY_DOCUMENT_MAX_BYTES,
  SUBSIDY_DOCUMENTS_PER_APPLICATION,
  SUBSIDY_POLICY_IDS,
  SUBSIDY_REGION_LABEL,
  SUBSIDY_REGIONS,
  SUBSIDY_STATUS_LABEL,
  SUBSIDY_STATUSES,
  SubsidyApplicationBodySchema,
  VoidSubsidyBodySchema,
  WORK_KINDS,
} from '../../contract'
import { policyCatalogView, loanProductsView } from '../../functions/domain/subsidies/catalog-view'
import { UNCONFIGURED } from '../../functions/domain/subsidies/policy-catalog'
import { STEP_OF } from '../../functions/domain/subsidies/review-flow'
import { checkIdNumber, ID_NUMBER_MESSAGES, idCheckChar } from '../../functions/domain/profile/id-number'
import { NOTICE_LINK } from '../../src/constants/signups'
import * as subsidies from '../../src/constants/subsidies'
import { idNumberProblem } from '../../src/packages/subsidy/utils/id-number'

describe('client subsidy options match the contract', () => {
  it('policies, regions, business and work kinds, documents', () => {
    expect(subsidies.SUBSIDY_POLICY_IDS).toEqual(SUBSIDY_POLICY_IDS)
    expect(subsidies.SUBSIDY_REGIONS).toEqual(SUBSIDY_REGIONS)
    expect(subsidies.SUBSIDY_REGION_LABEL).toEqual(SUBSIDY_REGION_LABEL)
    expect(subsidies.BUSINESS_KINDS).toEqual(BUSINESS_KINDS)
    expect(subsidies.WORK_KINDS).toEqual(WORK_KINDS)
    expect(subsidies.DOCUMENT_KINDS).toEqual(DOCUMENT_KINDS)
    expect(subsidies.DOCUMENT_KIND_LABEL).toEqual(DOCUMENT_KIND_LABEL)
    expect(subsidies.SUBSIDY_DOCUMENT_CONTENT_TYPES).toEqual(SUBSIDY_DOCUMENT_CONTENT_TYPES)
    expect(subsidies.SUBSIDY_DOCUMENT_MAX_BYTES).toBe(SUBSIDY_DOCUMENT_MAX_BYTES)
    expect(subsidies.SUBSIDY_DOCUMENTS_PER_APPLICATION).toBe(SUBSIDY_DOCUMENTS_PER_APPLICATION)
  })

  it('names and who applies are the catalog’s', () => {
    for (const p of policyCatalogView(UNCONFIGURED)) {
      expect(subsidies.SUBSIDY_POLICY_NAME[p.id]).toBe(p.name)
      expect(subsidies.SUBSIDY_APPLICANT[p.id]).toBe(p.applicant)
    }
  })

  it('statuses, their labels and tones, review steps and staff filters', () => {
    expect(subsidies.SUBSIDY_STATUSES).toEqual(SUBSIDY_STATUSES)
    expect(subsidies.SUBSIDY_STATUS_LABEL).toEqual(SUBSIDY_STATUS_LABEL)
    expect(Object.keys(subsidies.SUBSIDY_STATUS_TONE).sort()).toEqual([...SUBSIDY_STATUSES].sort())
    expect(subsidies.REVIEW_LEVELS).toEqual(REVIEW_LEVELS)
    expect(subsidies.REVIEW_STEP_LABEL).toEqual(REVIEW_STEP_LABEL)
    expect(subsidies.SUBSIDY_STEP_OF).toEqual(STEP_OF)
    expect(subsidies.STAFF_SUBSIDY_FILTERS).toEqual(STAFF_SUBSIDY_FILTERS)
    expect(Object.keys(subsidies.STAFF_SUBSIDY_FILTER_LABEL).sort()).toEqual([...STAFF_SUBSIDY_FILTERS].sort())
  })

  it('loan kinds, statuses, labels, the next steps staff may record, and the limits', () => {
    expect(subsidies.LOAN_KINDS).toEqual(LOAN_KINDS)
    expect(subsidies.LOAN_KIND_LABEL).toEqual(LOAN_KIND_LABEL)
    expect(subsidies.LOAN_STATUSES).toEqual(LOAN_STATUSES)
    expect(subsidies.LOAN_STATUS_LABEL).toEqual(LOAN_STATUS_LABEL)
    expect(Object.keys(subsidies.LOAN_STATUS_TONE).sort()).toEqual([...LOAN_STATUSES].sort())
    for (const next of Object.values(subsidies.LOAN_NEXT_STATUSES).flat()) {
      expect(LoanStatusBodySchema.safeParse({ status: next }).success).toBe(true)
    }
    for (const l of loanProductsView()) expect(subsidies.LOAN_LIMITS[l.kind]).toEqual({ maxYuan: l.maxYuan, maxMonths: l.maxMonths })
  })

  it('every subsidy and loan message opens a page', () => {
    const ours = OTHER_NOTICE_KINDS.filter((k) => k.startsWith('subsidy_') || k.startsWith('loan_'))
    expect(ours.length).toBeGreaterThan(0)
    for (const k of ours) expect(NOTICE_LINK[k]?.page).toMatch(/^\/packages\//)
  })
})

describe('client subsidy limits are the ones the API enforces', () => {
  const L = subsidies.SUBSIDY_LIMITS
  const ok = (body: unknown) => SubsidyApplicationBodySchema.safeParse(body).success
  const startup = (name: string) => ({ policyId: 'startup-subsidy', business: { kind: '个体工商户', registeredOn: '2024-05-10', name, creditCode: '91371002MA3C12345X' } })
  const hire = (patch: Record<string, unknown>) => ({
    policyId: 'hiring-subsidy',
    hire: { name: '李小明', idNumber: '371002200001011234', age: 22, hiredOn: '2024-05-10', contractMonths: 12, ...patch },
  })

  it('business name, hire name, age and contract months', () => {
    expect(ok(startup('张'.repeat(L.businessNameMin)))).toBe(true)
    expect(ok(startup('张'.repeat(L.businessNameMin - 1)))).toBe(false)
    expect(ok(startup('张'.repeat(L.businessNameMax)))).toBe(true)
    expect(ok(startup('张'.repeat(L.businessNameMax + 1)))).toBe(false)
    expect(ok(hire({ name: '李'.repeat(L.hireNameMax) }))).toBe(true)
    expect(ok(hire({ name: '李'.repeat(L.hireNameMax + 1) }))).toBe(false)
    expect(ok(hire({ age: L.ageMin }))).toBe(true)
    expect(ok(hire({ age: L.ageMin - 1 }))).toBe(false)
    expect(ok(hire({ age: L.ageMax }))).toBe(true)
    expect(ok(hire({ age: L.ageMax + 1 }))).toBe(false)
    expect(ok(hire({ contractMonths: L.contractMonthsMin }))).toBe(true)
    expect(ok(hire({ contractMonths: L.contractMonthsMin - 1 }))).toBe(false)
    expect(ok(hire({ contractMonths: L.contractMonthsMax }))).toBe(true)
    expect(ok(hire({ contractMonths: L.contractMonthsMax + 1 }))).toBe(false)
  })

  it('note, review reason and loan texts', () => {
    expect(ok({ ...startup('东山小吃'), note: '说'.repeat(L.noteMax) })).toBe(true)
    expect(ok({ ...startup('东山小吃'), note: '说'.repeat(L.noteMax + 1) })).toBe(false)
    const review = (reason: string) => ReviewSubsidyBodySchema.safeParse({ decision: 'return', reason }).success
    expect(review('因'.repeat(L.reviewReasonMin))).toBe(true)
    expect(review('因'.repeat(L.reviewReasonMin - 1))).toBe(false)
    expect(review('因'.repeat(L.reviewReasonMax))).toBe(true)
    expect(review('因'.repeat(L.reviewReasonMax + 1))).toBe(false)
    const voidIt = (reason: string) => VoidSubsidyBodySchema.safeParse({ reason, expectedVersion: 0 }).success
    expect(voidIt('因'.repeat(L.voidReasonMin))).toBe(true)
    expect(voidIt('因'.repeat(L.voidReasonMin - 1))).toBe(false)
    expect(voidIt('因'.repeat(L.voidReasonMax))).toBe(true)
    expect(voidIt('因'.repeat(L.voidReasonMax + 1))).toBe(false)
    const loan = (patch: Record<string, unknown>) =>
      LoanReferralBodySchema.safeParse({ kind: 'individual', amountYuan: 100000, termMonths: 12, purpose: '开早餐店买设备', ...patch }).success
    expect(loan({ purpose: '用'.repeat(L.loanPurposeMin) })).toBe(true)
    expect(loan({ purpose: '用'.repeat(L.loanPurposeMin - 1) })).toBe(false)
    expect(loan({ purpose: '用'.repeat(L.loanPurposeMax + 1) })).toBe(false)
    expect(loan({ businessName: '店'.repeat(L.loanBusinessNameMax) })).toBe(true)
    expect(loan({ businessName: '店'.repeat(L.loanBusinessNameMax + 1) })).toBe(false)
    expect(LoanStatusBodySchema.safeParse({ status: 'declined', note: '注'.repeat(L.loanNoteMax + 1) }).success).toBe(false)
  })

  it('document types and size', () => {
    const doc = (contentType: string, size: number) => DocumentUploadBodySchema.safeParse({ kind: 'licence', contentType, size }).success
    for (const t of subsidies.SUBSIDY_DOCUMENT_CONTENT_TYPES) expect(doc(t, subsidies.SUBSIDY_DOCUMENT_MAX_BYTES)).toBe(true)
    expect(doc('image/png', subsidies.SUBSIDY_DOCUMENT_MAX_BYTES + 1)).toBe(false)
    expect(doc('image/gif', 1000)).toBe(false)
  })
})

describe('the client 身份证号 check agrees with the server’s', () => {
  const today = new Date('2026-11-23T00:00:00Z')
  const withCheck = (first17: string) => first17 + idCheckChar(first17)
  const samples = [
    withCheck('37100219680315002'),
    withCheck('37100220000101123'),
    withCheck('11010519491231002'),
    '371002196803150021',
    '37100219680315002',
    '371002196802300021',
    withCheck('37100230000101123'),
    'ABCDEFGHIJKLMNOPQR',
  ]
  it.each(samples)('%s', (id) => {
    const server = checkIdNumber(id, today)
    expect(idNumberProblem(id, today)).toBe(server.ok ? null : ID_NUMBER_MESSAGES[server.problem])
  })
})
