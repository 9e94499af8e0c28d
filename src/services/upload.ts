import Taro from '@tarojs/taro'
import type { UploadTicket } from '@contract'
import { ApiError } from './api-error'

/**
 * Files sent straight to object storage with a presigned browser-form POST: the 营业执照 photo of 单位登记 and the
 * documents of a subsidy application. The API hands out a ticket (url + policy fields + key); the phone posts the
 * file there itself, so big photos never pass through a function.
 */

export type UploadContentType = 'image/jpeg' | 'image/png' | 'application/pdf'

/** A picked file: its local path (a blob: URL on H5), size, type and a name to show. */
export interface PickedFile {
  path: string
  size: number
  contentType: UploadContentType
  name: string
}

/** What the phone tells us about a picked file; weapp gives no type, so the file name decides. */
export function uploadContentType(path: string, type?: string): UploadContentType | null {
  const t = (type || '').toLowerCase()
  if (t === 'image/png' || /\.png$/i.test(path)) return 'image/png'
  if (t === 'application/pdf' || /\.pdf$/i.test(path)) return 'application/pdf'
  if (t === 'image/jpeg' || t === 'image/jpg' || /\.jpe?g$/i.test(path) || !t) return 'image/jpeg'
  return null
}

export interface PickRules {
  maxBytes: number
  /** Said when the file is bigger than `maxBytes`. */
  tooBig: string
  /** Said when the file is not a JPG, PNG or PDF. */
  wrongType: string
}

const isCancel = (e: unknown) => /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))

function checked(path: string, size: number, type: string | undefined, name: string, rules: PickRules): PickedFile {
  const contentType = uploadContentType(path, type)
  if (!contentType) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: rules.wrongType })
  if (size <= 0) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '这个文件是空的，请换一个' })
  if (size > rules.maxBytes) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: rules.tooBig })
  return { path, size, contentType, name }
}

const fileNameOf = (path: string, fallback: string) => {
  const last = path.split(/[\\/]/).pop() || ''
  return /^[\w.-]{1,80}$/.test(last) && /\.\w+$/.test(last) ? last : fallback
}

/** Opens the album or camera; null when the user cancelled. Compressed, so a phone photo fits the limit. */
export async function pickPhoto(rules: PickRules, name = '照片'): Promise<PickedFile | null> {
  let res: Taro.chooseImage.SuccessCallbackResult
  try {
    res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch (e) {
    if (isCancel(e)) return null
    throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '没有打开相册，请检查是否允许使用相册和相机' })
  }
  const file = res.tempFiles?.[0] as (Taro.chooseImage.ImageFile & { type?: string; originalFileObj?: { type?: string; name?: string } }) | undefined
  const path = file?.path || res.tempFilePaths?.[0]
  if (!file || !path) return null
  const ext = (t: UploadContentType) => (t === 'image/png' ? 'png' : t === 'application/pdf' ? 'pdf' : 'jpg')
  const picked = checked(path, file.size, file.type || file.originalFileObj?.type, name, rules)
  const original = file.originalFileObj?.name
  return { ...picked, name: original && original.length <= 80 ? original : `${name}.${ext(picked.contentType)}` }
}

/** A PDF (or photo) from a WeChat chat: weapp only; H5 pickers use `pickPhoto`. Null when cancelled. */
export async function pickChatFile(rules: PickRules, name = '材料'): Promise<PickedFile | null> {
  let res: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
  } catch (e) {
    if (isCancel(e)) return null
    throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '没有打开聊天文件，请从相册选择照片' })
  }
  const file = res.tempFiles?.[0]
  if (!file?.path) return null
  return checked(file.path, file.size, undefined, file.name ? fileNameOf(file.name, name) : fileNameOf(file.path, name), rules)
}

export interface UploadMessages {
  /** The network dropped before the storage answered. */
  network: string
  /** The storage answered with an error (an expired ticket, a refused policy). */
  refused: string
  /** The storage said the file is over the ticket's limit. */
  tooBig: string
}

/**
 * Sends the file to object storage with the browser-form POST the ticket describes: every field of the policy
 * first, then the file as `file`. `onProgress` gets 0–100. Resolves with the ticket's key.
 */
export async function uploadToStorage(ticket: UploadTicket, file: Pick<PickedFile, 'path'>, onProgress: (percent: number) => void, messages: UploadMessages): Promise<string> {
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
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: messages.network })
  }
  if (res.statusCode < 200 || res.statusCode >= 300) {
    const tooBig = /EntityTooLarge/i.test(String(res.data ?? ''))
    throw new ApiError({
      status: res.statusCode,
      code: 'UPLOAD_FAILED',
      message: tooBig ? messages.tooBig : messages.refused,
    })
  }
  onProgress(100)
  return ticket.key
}

/**
 * A signed link to a stored file (15 minutes): a new tab on H5, the image viewer in the mini-program (or, for a
 * PDF there, the document viewer after a download).
 */
export async function openStoredFile(url: string, isPdf = /\.pdf(\?|$)/i.test(url)): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  const expired = () => Taro.showToast({ title: '文件没有打开，链接可能已过期，请下拉刷新后再看', icon: 'none', duration: 2500 })
  if (isPdf) {
    try {
      const file = await Taro.downloadFile({ url })
      if (file.statusCode !== 200) throw new Error(String(file.statusCode))
      await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true })
    } catch {
      expired()
    }
    return
  }
  Taro.previewImage({ urls: [url], current: url }).catch(expired)
}
