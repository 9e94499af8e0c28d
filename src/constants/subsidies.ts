import type {
  BusinessKind,
  DocumentKind,
  LoanKind,
  LoanStatus,
  ReviewLevel,
  STAFF_SUBSIDY_FILTERS as ContractStaffFilters,
  SUBSIDY_DOCUMENT_CONTENT_TYPES as ContractDocumentTypes,
  SubsidyPolicyId,
  SubsidyRegion,
  SubsidyStatus,
  WorkKind,
} from '@contract'

/**
 * Subsidy and 创业提振贷 option lists, repeated from contract/subsidies.ts as plain data so zod stays out of the
 * mini-program (see constants/options.ts). tests/build/options-subsidies.test.ts keeps them equal to the contract
 * and checks the limits below against the contract's schemas and the policy catalog.
 */

export const SUBSIDY_POLICY_IDS = ['startup-subsidy', 'hiring-subsidy', 'social-insurance-subsidy'] as const satisfies readonly SubsidyPolicyId[]

/** Short names for buttons and the apply page's title, before GET /subsidy-policies answers. */
export const SUBSIDY_POLICY_NAME: Record<SubsidyPolicyId, string> = {
  'startup-subsidy': '一次性创业补贴',
  'hiring-subsidy': '一次性吸纳就业补贴',
  'social-insurance-subsidy': '社会保险补贴',
}

/** Who applies: the server refuses the others (SUBSIDY_EMPLOYER_ONLY / SUBSIDY_PERSON_ONLY); the page says so first. */
export const SUBSIDY_APPLICANT: Record<SubsidyPolicyId, 'person' | 'employer' | 'person-or-employer'> = {
  'startup-subsidy': 'person-or-employer',
  'hiring-subsidy': 'employer',
  'social-insurance-subsidy': 'person',
}

export const SUBSIDY_REGIONS = ['weihai', 'shandong-other'] as const satisfies readonly SubsidyRegion[]

export const SUBSIDY_REGION_LABEL: Record<SubsidyRegion, string> = { weihai: '威海市', 'shandong-other': '山东省其他城市' }

export const BUSINESS_KINDS = ['小微企业', '个体工商户'] as const satisfies readonly BusinessKind[]

export const WORK_KINDS = ['单位就业', '灵活就业', '未就业'] as const satisfies readonly WorkKind[]

export const DOCUMENT_KINDS = ['licence', 'id-proof', 'labour-contract', 'employment-proof', 'other'] as const satisfies readonly DocumentKind[]

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  licence: '营业执照',
  'id-proof': '身份证明',
  'labour-contract': '劳动合同',
  'employment-proof': '就业或灵活就业证明',
  other: '其他材料',
}

export type SubsidyDocumentContentType = (typeof ContractDocumentTypes)[number]
export const SUBSIDY_DOCUMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const satisfies readonly SubsidyDocumentContentType[]
export const SUBSIDY_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
export const SUBSIDY_DOCUMENTS_PER_APPLICATION = 12

export const SUBSIDY_STATUSES = ['draft', 'pending-community', 'pending-street', 'pending-district', 'returned', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly SubsidyStatus[]

export const SUBSIDY_STATUS_LABEL: Record<SubsidyStatus, string> = {
  draft: '草稿',
  'pending-community': '待社区初审',
  'pending-street': '待街道复核',
  'pending-district': '待区市审批',
  returned: '已退回，待修改',
  approved: '已批准',
  rejected: '未批准',
  withdrawn: '已撤回',
}

/** The colour of an application's status pill (styles/mixins status-pill); the label always says it too. */
export const SUBSIDY_STATUS_TONE: Record<SubsidyStatus, 'wait' | 'good' | 'progress' | 'bad' | 'over'> = {
  draft: 'over',
  'pending-community': 'progress',
  'pending-street': 'progress',
  'pending-district': 'progress',
  returned: 'wait',
  approved: 'good',
  rejected: 'bad',
  withdrawn: 'over',
}

/** Before submission or after a return the applicant may add documents, correct the facts and (re)submit. */
export const SUBSIDY_EDITABLE_STATUSES = ['draft', 'returned'] as const satisfies readonly SubsidyStatus[]

export const REVIEW_LEVELS = ['community', 'street', 'district'] as const satisfies readonly ReviewLevel[]

export const REVIEW_STEP_LABEL: Record<ReviewLevel, string> = { community: '社区初审', street: '街道复核', district: '区市审批' }

/** Which level acts on a pending application (functions/domain/subsidies/review-flow.ts STEP_OF). */
export const SUBSIDY_STEP_OF: Partial<Record<SubsidyStatus, ReviewLevel>> = {
  'pending-community': 'community',
  'pending-street': 'street',
  'pending-district': 'district',
}

export type StaffSubsidyFilter = (typeof ContractStaffFilters)[number]
export const STAFF_SUBSIDY_FILTERS = ['pending', 'returned', 'approved', 'rejected'] as const satisfies readonly StaffSubsidyFilter[]
export const STAFF_SUBSIDY_FILTER_LABEL: Record<StaffSubsidyFilter, string> = {
  pending: '待审核',
  returned: '已退回',
  approved: '已批准',
  rejected: '未批准',
}

/** The same limits and messages as the contract's application schemas (checked in tests/build). */
export const SUBSIDY_LIMITS = {
  businessNameMin: 2,
  businessNameMax: 50,
  hireNameMin: 2,
  hireNameMax: 20,
  ageMin: 14,
  ageMax: 80,
  contractMonthsMin: 1,
  contractMonthsMax: 600,
  noteMax: 200,
  reviewReasonMin: 2,
  reviewReasonMax: 200,
  voidReasonMin: 4,
  voidReasonMax: 200,
  loanPurposeMin: 4,
  loanPurposeMax: 200,
  loanBusinessNameMax: 50,
  loanNoteMax: 200,
} as const

export const ID_NUMBER_PATTERN = /^\d{17}[\dX]$/

export const LOAN_KINDS = ['individual', 'small-business'] as const satisfies readonly LoanKind[]

export const LOAN_KIND_LABEL: Record<LoanKind, string> = { individual: '创业者个人', 'small-business': '小微企业' }

/**
 * 创业提振贷 limits (鲁就办〔2023〕13号 三、7；威就办〔2023〕9号 三、6), used until GET /subsidy-policies answers with
 * the server's own figures; tests/build checks they are the same.
 */
export const LOAN_LIMITS: Record<LoanKind, { maxYuan: number; maxMonths: number }> = {
  individual: { maxYuan: 500_000, maxMonths: 36 },
  'small-business': { maxYuan: 10_000_000, maxMonths: 24 },
}

export const LOAN_STATUSES = ['referred', 'accepted', 'declined', 'granted'] as const satisfies readonly LoanStatus[]

export const LOAN_STATUS_LABEL: Record<LoanStatus, string> = { referred: '已转介合作银行', accepted: '银行已受理', declined: '银行未受理', granted: '已放款' }

export const LOAN_STATUS_TONE: Record<LoanStatus, 'wait' | 'good' | 'progress' | 'bad' | 'over'> = {
  referred: 'progress',
  accepted: 'wait',
  declined: 'bad',
  granted: 'good',
}

/** What district staff may record next, as the bank reports it. */
export const LOAN_NEXT_STATUSES: Record<LoanStatus, readonly ('accepted' | 'declined' | 'granted')[]> = {
  referred: ['accepted', 'declined'],
  accepted: ['granted', 'declined'],
  declined: [],
  granted: [],
}

export const LOAN_ACTION_LABEL: Record<'accepted' | 'declined' | 'granted', string> = { accepted: '已受理', declined: '未受理', granted: '已放款' }
