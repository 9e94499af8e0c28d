import Taro from '@tarojs/taro'
import type {
  DocumentKind,
  ExportFile,
  LoanReferral,
  LoanStatus,
  PrecheckBody,
  PrecheckResponse,
  ReviewLevel,
  RouteBody,
  RouteResponse,
  SubsidyApplication,
  SubsidyApplicationBody,
  SubsidyClaim,
  SubsidyPolicyId,
} from '@contract'
import { SUBSIDY_DOCUMENT_MAX_BYTES, type StaffSubsidyFilter } from '@/constants/subsidies'
import { call, withIdempotencyKey } from './request'
import { pickChatFile, pickPhoto, uploadToStorage, type PickedFile, type PickRules } from './upload'

export type { LoanReferral, PrecheckBody, PrecheckResponse, SubsidyApplication, SubsidyApplicationBody, SubsidyClaim } from '@contract'

/** 就业补贴 and 创业提振贷: the rules, the calculator, applications with their documents, review, referrals. */

export type SubsidyPolicies = RouteResponse<'subsidyPolicies'>
export type SubsidyPolicy = SubsidyPolicies['items'][number]
export type LoanProduct = SubsidyPolicies['loans'][number]
export type PrecheckLine = PrecheckResponse['lines'][number]
export type LoanReferralBody = RouteBody<'createLoanReferral'>
export type SubsidyDocument = SubsidyApplication['documents'][number]
export type RequiredDocument = SubsidyApplication['requiredDocuments'][number]
export type TimelineEntry = SubsidyApplication['timeline'][number]
export type ReviewDecision = RouteBody<'reviewSubsidyApplication'>['decision']
export type SubsidyClaimsQuery = { idNumber: string } | { creditCode: string }
export type VoidSubsidyBody = RouteBody<'voidSubsidyApplication'>

let policiesCache: Promise<SubsidyPolicies> | null = null

/** The policy list changes with a new policy version only: one request per app session (a failure is not kept). */
export function subsidyPolicies(): Promise<SubsidyPolicies> {
  if (!policiesCache) {
    policiesCache = call('subsidyPolicies').catch((e: unknown) => {
      policiesCache = null
      throw e
    })
  }
  return policiesCache
}

/** 补贴测算: needs no login. */
export function precheck(body: PrecheckBody): Promise<PrecheckResponse> {
  return call('subsidyPrecheck', { body })
}

/** The draft; the whole body is the intent, so a corrected form is a new request and a retried one the same. */
export function createSubsidyApplication(body: SubsidyApplicationBody): Promise<SubsidyApplication> {
  return withIdempotencyKey(`createSubsidyApplication:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('createSubsidyApplication', { body, idempotencyKey }),
  )
}

export function getSubsidyApplication(applicationId: string): Promise<SubsidyApplication> {
  return call('getSubsidyApplication', { params: { applicationId } })
}

/** 提交 (or 修改后重新提交 with `corrections`). */
export function submitSubsidyApplication(applicationId: string, corrections: SubsidyApplicationBody | null): Promise<SubsidyApplication> {
  const body = { corrections }
  return withIdempotencyKey(`submitSubsidyApplication:${applicationId}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('submitSubsidyApplication', { params: { applicationId }, body, idempotencyKey }),
  )
}

/** 撤回 a draft or returned application; its one-time place is freed. */
export function withdrawSubsidyApplication(applicationId: string): Promise<SubsidyApplication> {
  return withIdempotencyKey(`withdrawSubsidyApplication:${applicationId}`, (idempotencyKey) =>
    call('withdrawSubsidyApplication', { params: { applicationId }, idempotencyKey }),
  )
}

export async function mySubsidyApplications(): Promise<SubsidyApplication[]> {
  return (await call('mySubsidyApplications')).items
}

export const STAFF_SUBSIDIES_PAGE_SIZE = 20

export function staffSubsidyApplications(status: StaffSubsidyFilter, level: ReviewLevel | null, cursor?: string | null) {
  return call('staffSubsidyApplications', {
    query: { status, limit: STAFF_SUBSIDIES_PAGE_SIZE, ...(level && status === 'pending' ? { level } : {}), ...(cursor ? { cursor } : {}) },
  })
}

/** 通过 / 退回修改 / 不予批准, against the version the reviewer saw (409 when the applicant changed it meanwhile). */
export function reviewSubsidyApplication(app: Pick<SubsidyApplication, 'id' | 'version'>, decision: ReviewDecision, reason = ''): Promise<SubsidyApplication> {
  const body = { decision, reason: reason.trim(), expectedVersion: app.version }
  return withIdempotencyKey(`reviewSubsidyApplication:${app.id}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('reviewSubsidyApplication', { params: { applicationId: app.id }, body, idempotencyKey }),
  )
}

/** 名额核查 (区市、市): the one-time places a 身份证号 or a 统一社会信用代码 holds, and the application holding each. */
export async function subsidyClaims(query: SubsidyClaimsQuery): Promise<SubsidyClaim[]> {
  return (await call('subsidyClaims', { query })).claims
}

/**
 * 作废 after 名额核查: the application becomes 不予批准 with the reason (the applicant reads it) and its places are freed.
 * `expectedVersion` is the version seen in the look-up (409 when it changed meanwhile); a retried request voids once.
 */
export function voidSubsidyApplication(applicationId: string, body: VoidSubsidyBody): Promise<SubsidyApplication> {
  const sent = { reason: body.reason.trim(), expectedVersion: body.expectedVersion }
  return withIdempotencyKey(`voidSubsidyApplication:${applicationId}:${JSON.stringify(sent)}`, (idempotencyKey) =>
    call('voidSubsidyApplication', { params: { applicationId }, body: sent, idempotencyKey }),
  )
}

export function exportApprovedSubsidies(): Promise<ExportFile> {
  return call('exportApprovedSubsidies', { query: { format: 'xlsx' } })
}

const DOCUMENT_RULES: PickRules = {
  maxBytes: SUBSIDY_DOCUMENT_MAX_BYTES,
  tooBig: '文件太大了，请上传 10 MB 以内的照片或 PDF',
  wrongType: '材料请上传 JPG、PNG 图片或 PDF',
}

/** A photo of the document (album or camera); in the mini-program also a PDF from a chat. Null when cancelled. */
export function pickSubsidyDocument(source: 'photo' | 'chat', name: string): Promise<PickedFile | null> {
  return source === 'chat' ? pickChatFile(DOCUMENT_RULES, name) : pickPhoto(DOCUMENT_RULES, name)
}

/** The ticket records the document on the application; the file then goes straight to storage. */
export async function uploadSubsidyDocument(applicationId: string, kind: DocumentKind, file: PickedFile, onProgress: (percent: number) => void): Promise<void> {
  const ticket = await call('subsidyDocumentUploadUrl', {
    params: { applicationId },
    body: { kind, contentType: file.contentType, size: file.size, fileName: file.name.slice(0, 80) },
  })
  await uploadToStorage(ticket, file, onProgress, {
    network: '材料没有传上去，请检查网络后重试',
    refused: '材料没有传上去，请重试；上传凭证 15 分钟内有效',
    tooBig: DOCUMENT_RULES.tooBig,
  })
}

/** 创业提振贷转介. The body is the intent: retrying the same form refers once. */
export function createLoanReferral(body: LoanReferralBody): Promise<LoanReferral> {
  return withIdempotencyKey(`createLoanReferral:${JSON.stringify(body)}`, (idempotencyKey) => call('createLoanReferral', { body, idempotencyKey }))
}

export async function myLoanReferrals(): Promise<LoanReferral[]> {
  return (await call('myLoanReferrals')).items
}

export async function staffLoanReferrals(status: LoanStatus): Promise<LoanReferral[]> {
  return (await call('staffLoanReferrals', { query: { status } })).items
}

export function updateLoanReferral(referralId: string, status: 'accepted' | 'declined' | 'granted', note = ''): Promise<LoanReferral> {
  const body = { status, note: note.trim() }
  return withIdempotencyKey(`updateLoanReferral:${referralId}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('updateLoanReferral', { params: { referralId }, body, idempotencyKey }),
  )
}

/**
 * The calculator's answers, kept while the resident goes on to apply (and through signing in, which may reload
 * the H5 page): the apply form starts from them.
 */
export interface PrecheckAnswers {
  body: PrecheckBody
  /** When they were given (ms); answers older than a day are not used. */
  at: number
}

const ANSWERS_KEY = 'subsidyPrecheckAnswers'
const ANSWERS_TTL_MS = 24 * 60 * 60 * 1000

export function rememberPrecheckAnswers(body: PrecheckBody): void {
  try {
    Taro.setStorageSync(ANSWERS_KEY, { body, at: Date.now() } satisfies PrecheckAnswers)
  } catch {
    // storage full or unavailable: the apply form simply starts empty
  }
}

export function recallPrecheckAnswers(): PrecheckBody | null {
  try {
    const v = Taro.getStorageSync(ANSWERS_KEY) as PrecheckAnswers | '' | undefined
    if (!v || typeof v !== 'object' || !v.body || Date.now() - v.at > ANSWERS_TTL_MS) return null
    return v.body
  } catch {
    return null
  }
}

/** Which policy a precheck line is about, as a page parameter. */
export function isPolicyId(v: string | undefined): v is SubsidyPolicyId {
  return v === 'startup-subsidy' || v === 'hiring-subsidy' || v === 'social-insurance-subsidy'
}
