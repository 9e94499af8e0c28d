import type {
  LICENCE_CONTENT_TYPES as ContractLicenceTypes,
  OrgStatus,
  OrgType,
  PostingStatus,
} from '@contract'

/**
 * Employer and posting option lists, repeated from contract/orgs.ts and contract/postings.ts as plain data so zod
 * stays out of the mini-program (see constants/options.ts). tests/build/options-employer.test.ts keeps them equal
 * to the contract, and checks the limits below against the contract's schemas.
 */

export const ORG_TYPES = ['企业', '个体工商户', '社会组织', '社区微工厂', '劳务合作社'] as const satisfies readonly OrgType[]

export const ORG_STATUSES = ['pending', 'verified', 'rejected', 'revoked'] as const satisfies readonly OrgStatus[]

export const ORG_STATUS_LABEL: Record<OrgStatus, string> = {
  pending: '待认证',
  verified: '已认证',
  rejected: '未通过',
  revoked: '已撤销认证',
}

export const POSTING_STATUSES = ['draft', 'open', 'closed', 'expired', 'hidden'] as const satisfies readonly PostingStatus[]

export const POSTING_STATUS_LABEL: Record<PostingStatus, string> = {
  draft: '草稿',
  open: '招聘中',
  closed: '已关闭',
  expired: '已结束',
  hidden: '暂停展示（核查中）',
}

/** Colour of a posting's status pill; the label always says it too. */
export const POSTING_STATUS_TONE: Record<PostingStatus, 'good' | 'wait' | 'over' | 'bad'> = {
  draft: 'wait',
  open: 'good',
  closed: 'over',
  expired: 'over',
  hidden: 'bad',
}

export type LicenceContentType = (typeof ContractLicenceTypes)[number]
export const LICENCE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const satisfies readonly LicenceContentType[]
export const LICENCE_MAX_BYTES = 5 * 1024 * 1024

/** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z (GB 32100); the check character is the server's. */
export const CREDIT_CODE_LENGTH = 18
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/
export const CREDIT_CODE_BAD_CHARS = /[IOSVZ]/g

/** The same limits and messages as RegisterOrgBodySchema. */
export const ORG_LIMITS = {
  nameMin: 2,
  nameMax: 50,
  contactMin: 2,
  contactMax: 20,
  addressMin: 4,
  addressMax: 100,
  headcountMax: 100000,
  conditionsMax: 200,
} as const

/** The same limits as PostingBodySchema. */
export const POSTING_LIMITS = {
  titleMin: 2,
  titleMax: 30,
  headcountMin: 1,
  headcountMax: 500,
  payMax: 100000,
  ageMin: 16,
  ageMax: 70,
  descriptionMin: 10,
  descriptionMax: 500,
  requirementsMax: 5,
  requirementMax: 50,
  skillsMax: 5,
  skillMax: 10,
  addressMin: 4,
  addressMax: 100,
} as const

/** ISO weekday (1 = Monday … 7 = Sunday), as the schedule's `weekdays` counts them. */
export const WEEKDAY_CHIPS: readonly { value: number; label: string }[] = [
  { value: 1, label: '一' },
  { value: 2, label: '二' },
  { value: 3, label: '三' },
  { value: 4, label: '四' },
  { value: 5, label: '五' },
  { value: 6, label: '六' },
  { value: 7, label: '日' },
]
