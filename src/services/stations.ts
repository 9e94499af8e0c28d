import type { RouteBody, RouteResponse } from '@contract'
import { STATION_PHOTO_MAX_BYTES } from '@/constants/stations'
import { ApiError } from './api-error'
import { call, withIdempotencyKey } from './request'
import { pickPhoto, uploadToStorage, type PickedFile } from './upload'

/** 「六有」 station checklist for staff: read, photo evidence straight to storage, save. */

export type StationChecklist = RouteResponse<'getStation'>
export type StationEntry = StationChecklist['standards'][number]
export type PutStationBody = RouteBody<'putStation'>

export function getStation(communityCode: string): Promise<StationChecklist> {
  return call('getStation', { params: { communityCode } })
}

/** The whole form is the intent: a corrected form is a new request, a retried one is the same. */
export function putStation(communityCode: string, body: PutStationBody): Promise<StationChecklist> {
  return withIdempotencyKey(`putStation:${communityCode}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('putStation', { params: { communityCode }, body, idempotencyKey }),
  )
}

const TOO_BIG = '照片太大了，请上传 5 MB 以内的照片'

export function pickStationPhoto(): Promise<PickedFile | null> {
  return pickPhoto({ maxBytes: STATION_PHOTO_MAX_BYTES, tooBig: TOO_BIG, wrongType: '请上传 JPG 或 PNG 照片' }, '佐证照片')
}

/** Ticket, then the photo straight to storage; resolves with the key to put in the checklist. */
export async function uploadStationPhoto(communityCode: string, file: PickedFile, onProgress: (percent: number) => void): Promise<string> {
  const contentType = file.contentType
  if (contentType !== 'image/jpeg' && contentType !== 'image/png') throw new ApiError({ status: 0, code: 'BAD_REQUEST', message: '请上传 JPG 或 PNG 照片' })
  const ticket = await call('stationPhotoUploadUrl', { params: { communityCode }, body: { contentType, size: file.size } })
  return uploadToStorage(ticket, file, onProgress, {
    network: '照片没有传上去，请检查网络后重试',
    refused: '照片没有传上去，请重试；上传凭证 15 分钟内有效',
    tooBig: TOO_BIG,
  })
}
