import Taro from '@tarojs/taro'
import type { AssistedPerson, ExportFile, RouteBody, RouteQuery, RouteResponse } from '@contract'
import { ApiError } from './api-error'
import { call, withIdempotencyKey } from './request'
import { uploadToStorage } from './upload'

export type { AssistedPerson, ExportFile } from '@contract'

/** 就业援助台账 and 「12333」 for staff (contract/assistance.ts). */

export type AssistedPersonDetail = RouteResponse<'getAssistedPerson'>
export type AssistedPersonsQuery = RouteQuery<'listAssistedPersons'>
export type AssistedPersonsPage = RouteResponse<'listAssistedPersons'>
export type CreatePersonBody = RouteBody<'createAssistedPerson'>
export type UpdatePersonBody = RouteBody<'updateAssistedPerson'>
export type AddServiceBody = RouteBody<'addService'>
export type AddServiceResult = RouteResponse<'addService'>
export type Worklist = RouteResponse<'worklist'>
export type WorklistItem = Worklist['items'][number]
export type PersonMatches = RouteResponse<'personMatches'>
export type ServiceRecord = AssistedPersonDetail['services'][number]
export type ServiceCount = AssistedPerson['tracking']['counts'][number]

export function listAssistedPersons(query: AssistedPersonsQuery): Promise<AssistedPersonsPage> {
  return call('listAssistedPersons', { query })
}

export function getAssistedPerson(personId: string): Promise<AssistedPersonDetail> {
  return call('getAssistedPerson', { params: { personId } })
}

/** The whole form is the intent: a corrected form is a new request, a retried one is the same. */
export function createAssistedPerson(body: CreatePersonBody): Promise<AssistedPerson> {
  return withIdempotencyKey(`createAssistedPerson:${JSON.stringify(body)}`, (idempotencyKey) => call('createAssistedPerson', { body, idempotencyKey }))
}

export function updateAssistedPerson(personId: string, body: UpdatePersonBody): Promise<AssistedPerson> {
  return withIdempotencyKey(`updateAssistedPerson:${personId}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('updateAssistedPerson', { params: { personId }, body, idempotencyKey }),
  )
}

export function addService(personId: string, body: AddServiceBody): Promise<AddServiceResult> {
  return withIdempotencyKey(`addService:${personId}:${JSON.stringify(body)}`, (idempotencyKey) => call('addService', { params: { personId }, body, idempotencyKey }))
}

/** The viewer's own division, or (city staff) the district chosen. */
export function worklist(division?: string | null): Promise<Worklist> {
  return call('worklist', { query: division ? { division } : {} })
}

export function personMatches(personId: string): Promise<PersonMatches> {
  return call('personMatches', { params: { personId } })
}

export function importTemplate(): Promise<ExportFile> {
  return call('importTemplate')
}

export function exportAssistedPersons(division?: string | null): Promise<ExportFile> {
  return call('exportAssistedPersons', { query: division ? { division } : {} })
}

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const XLSX_MAX_BYTES = 2 * 1024 * 1024

/** A picked workbook: its local path (a blob: URL on H5), size and name. */
export interface PickedSheet {
  path: string
  size: number
  name: string
}
const notXlsx = () => new ApiError({ status: 0, code: 'BAD_REQUEST', message: '请选择用模板填写的 Excel 文件（.xlsx）' })

/** An .xlsx file: a file input on H5, a file from a WeChat chat in the mini-program. Null when cancelled. */
export async function pickSpreadsheet(): Promise<PickedSheet | null> {
  const checked = (path: string, size: number, name: string): PickedSheet => {
    if (!/\.xlsx$/i.test(name)) throw notXlsx()
    if (size <= 0) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '这个文件是空的，请换一个' })
    if (size > XLSX_MAX_BYTES) throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '文件太大了，请上传 2 MB 以内的 Excel' })
    return { path, size, name }
  }
  if (process.env.TARO_ENV === 'h5') {
    const file = await new Promise<File | null>((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      input.setAttribute('data-testid', 'import-file-input')
      input.style.display = 'none'
      input.onchange = () => {
        resolve(input.files?.[0] ?? null)
        input.remove()
      }
      document.body.appendChild(input)
      input.click()
    })
    return file ? checked(URL.createObjectURL(file), file.size, file.name) : null
  }
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
    const file = res.tempFiles?.[0]
    return file?.path ? checked(file.path, file.size, file.name || file.path) : null
  } catch (e) {
    if (/cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))) return null
    throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '没有打开聊天文件，请把 Excel 发到微信聊天里再选择' })
  }
}

/** Sends the workbook to storage with a ticket, then imports it: all rows or none (IMPORT_INVALID lists the rows). */
export async function uploadAndImport(file: PickedSheet, onProgress: (percent: number) => void): Promise<number> {
  const ticket = await call('importUploadUrl', { body: { contentType: XLSX_CONTENT_TYPE, size: file.size } })
  const key = await uploadToStorage(ticket, file, onProgress, {
    network: '网络断了，文件没有传上去，请重试',
    refused: '文件没有传上去，请重新选择文件',
    tooBig: '文件太大了，请上传 2 MB 以内的 Excel',
  })
  const result = await withIdempotencyKey(`importAssistedPersons:${key}`, (idempotencyKey) => call('importAssistedPersons', { body: { key }, idempotencyKey }))
  return result.imported
}
