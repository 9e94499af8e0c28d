import type { Org, OrgStatus, RegisterOrgBody, StaffOrg, UploadTicket } from '@contract'
import { LICENCE_MAX_BYTES, type LicenceContentType } from '@/constants/employer'
import { fetchMe } from './me'
import { call, withIdempotencyKey } from './request'
import { session } from './session'
import { pickPhoto, uploadToStorage, type PickedFile } from './upload'

export type { Org, StaffOrg, RegisterOrgBody }

/** 用工单位: the employer's own organisation, its 营业执照 upload, and staff verification. */

export function getMyOrg(): Promise<Org | null> {
  return call('myOrg').then((r) => r.org)
}

/**
 * 登记 (or resubmit after 未通过). A resident becomes an employer here and the server answers with a new session:
 * store it straight away so every page sees the employer role (我的, 发布岗位) without signing in again.
 */
export async function registerOrg(body: RegisterOrgBody): Promise<Org> {
  const res = await withIdempotencyKey(`registerOrg:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('registerOrg', { body, idempotencyKey }),
  )
  if (res.session) session.start(res.session)
  else fetchMe().catch(() => undefined) // the org name on 我的 may have changed
  return res.org
}

export function requestLicenceUpload(contentType: LicenceContentType, size: number): Promise<UploadTicket> {
  return call('licenceUploadUrl', { body: { contentType, size } })
}

export type { PickedFile } from './upload'

const LICENCE_TOO_BIG = '照片太大了，请上传 5 MB 以内的照片'

/** Opens the album or camera; null when the user cancelled. Compressed, so a phone photo fits the 5 MB limit. */
export function pickLicencePhoto(): Promise<PickedFile | null> {
  return pickPhoto({ maxBytes: LICENCE_MAX_BYTES, tooBig: LICENCE_TOO_BIG, wrongType: '营业执照请上传 JPG、PNG 图片或 PDF' }, '营业执照')
}

/**
 * Sends the photo straight to object storage (services/upload.ts) and returns the key to put in the registration.
 * `onProgress` gets 0–100.
 */
export async function uploadLicence(file: PickedFile, onProgress: (percent: number) => void): Promise<string> {
  const ticket = await requestLicenceUpload(file.contentType, file.size)
  return uploadToStorage(ticket, file, onProgress, {
    network: '照片没有传上去，请检查网络后重试',
    refused: '照片没有传上去，请重试；上传凭证 15 分钟内有效',
    tooBig: LICENCE_TOO_BIG,
  })
}

export const STAFF_ORGS_PAGE_SIZE = 20

export function listStaffOrgs(status: OrgStatus, cursor?: string | null): Promise<{ items: StaffOrg[]; nextCursor: string | null }> {
  return call('staffOrgs', { query: { status, limit: STAFF_ORGS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } })
}

export function verifyOrg(orgId: string): Promise<StaffOrg> {
  return withIdempotencyKey(`verifyOrg:${orgId}`, (idempotencyKey) => call('verifyOrg', { params: { orgId }, idempotencyKey }))
}

export function rejectOrg(orgId: string, reason: string): Promise<StaffOrg> {
  const body = { reason: reason.trim() }
  return withIdempotencyKey(`rejectOrg:${orgId}:${body.reason}`, (idempotencyKey) =>
    call('rejectOrg', { params: { orgId }, body, idempotencyKey }),
  )
}
