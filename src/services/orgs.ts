import Taro from '@tarojs/taro'
import type { Org, OrgStatus, RegisterOrgBody, StaffOrg, UploadTicket } from '@contract'
import { LICENCE_MAX_BYTES, type LicenceContentType } from '@/constants/employer'
import { ApiError } from './api-error'
import { fetchMe } from './me'
import { call, withIdempotencyKey } from './request'
import { session } from './session'

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

/** A picked photo: its local path (a blob: URL on H5), size and type. */
export interface PickedFile {
  path: string
  size: number
  contentType: LicenceContentType
}

/** What the phone tells us about a picked image; weapp gives no type, so the file name decides. */
export function licenceContentType(path: string, type?: string): LicenceContentType | null {
  const t = (type || '').toLowerCase()
  if (t === 'image/png' || /\.png$/i.test(path)) return 'image/png'
  if (t === 'application/pdf' || /\.pdf$/i.test(path)) return 'application/pdf'
  if (t === 'image/jpeg' || t === 'image/jpg' || /\.jpe?g$/i.test(path) || !t) return 'image/jpeg'
  return null
}

/** Opens the album or camera; null when the user cancelled. Compressed, so a phone photo fits the 5 MB limit. */
export async function pickLicencePhoto(): Promise<PickedFile | null> {
  let res: Taro.chooseImage.SuccessCallbackResult
  try {
    res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch (e) {
    if (/cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))) return null
    throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '没有打开相册，请检查是否允许使用相册和相机' })
  }
  const file = res.tempFiles?.[0] as (Taro.chooseImage.ImageFile & { type?: string; originalFileObj?: { type?: string } }) | undefined
  const path = file?.path || res.tempFilePaths?.[0]
  if (!file || !path) return null
  const contentType = licenceContentType(path, file.type || file.originalFileObj?.type)
  if (!contentType) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '营业执照请上传 JPG、PNG 图片或 PDF' })
  if (file.size > LICENCE_MAX_BYTES) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '照片太大了，请上传 5 MB 以内的照片' })
  return { path, size: file.size, contentType }
}

/**
 * Sends the photo straight to object storage with the browser-form POST the ticket describes: every field of the
 * policy first, then the file as `file`. Returns the key to put in the registration. `onProgress` gets 0–100.
 */
export async function uploadLicence(file: PickedFile, onProgress: (percent: number) => void): Promise<string> {
  const ticket = await requestLicenceUpload(file.contentType, file.size)
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    const task = Taro.uploadFile({
      url: ticket.url,
      filePath: file.path,
      name: 'file',
      formData: ticket.fields,
      // H5: the storage answers CORS without credentials; sending cookies would make the browser refuse it.
      withCredentials: false,
    } as Taro.uploadFile.Option)
    const progress = (p: { progress: number }) => onProgress(Math.min(100, Math.max(0, p.progress)))
    // weapp and H5 both put the task's listener on the returned promise.
    if (typeof task.onProgressUpdate === 'function') task.onProgressUpdate(progress)
    else (task as unknown as { progress?: (cb: typeof progress) => void }).progress?.(progress)
    res = await task
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '照片没有传上去，请检查网络后重试' })
  }
  if (res.statusCode < 200 || res.statusCode >= 300) {
    const tooBig = /EntityTooLarge/i.test(String(res.data ?? ''))
    throw new ApiError({
      status: res.statusCode,
      code: 'UPLOAD_FAILED',
      message: tooBig ? '照片太大了，请上传 5 MB 以内的照片' : '照片没有传上去，请重试；上传凭证 15 分钟内有效',
    })
  }
  onProgress(100)
  return ticket.key
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
