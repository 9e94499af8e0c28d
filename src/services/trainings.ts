import Taro from '@tarojs/taro'
import type { MyTrainingsResponse, RouteResponse, TrainingBooking, TrainingCategory, TrainingDetail, TrainingFormat, TrainingSummary } from '@contract'
import { PAGES } from '@/utils/routes'
import type { LatLng } from './location'
import { call, withIdempotencyKey } from './request'

export type { MyTrainingsResponse, TrainingBooking, TrainingDetail, TrainingSession, TrainingSummary } from '@contract'

/** 职业技能培训 for residents: the list near home, one training, booking a session and 我的培训. */

export type TrainingsResponse = RouteResponse<'listTrainings'>
export type TrainingRecommendations = RouteResponse<'trainingRecommendations'>
export type TrainingRecommendation = TrainingRecommendations['items'][number]

export interface TrainingFilters {
  formats: TrainingFormat[]
  categories: TrainingCategory[]
  /** yyyy-mm-dd, Weihai dates; null = no bound. */
  from: string | null
  to: string | null
}

export const NO_TRAINING_FILTERS: TrainingFilters = { formats: [], categories: [], from: null, to: null }

/** Around `point`, else (point null) around the signed-in resident's home community. */
export function listTrainings(filters: TrainingFilters, point: LatLng | null): Promise<TrainingsResponse> {
  return call('listTrainings', {
    query: {
      near: point ? `${point.lat},${point.lng}` : undefined,
      format: filters.formats.length ? filters.formats.join(',') : undefined,
      category: filters.categories.length ? filters.categories.join(',') : undefined,
      from: filters.from ?? undefined,
      to: filters.to ?? undefined,
    },
  })
}

export function getTraining(trainingId: string): Promise<TrainingDetail> {
  return call('getTraining', { params: { trainingId } })
}

/** 预约 (候补 when full). 409 NOT_ELIGIBLE carries the reason in its message. */
export function bookTrainingSession(trainingId: string, sessionId: string): Promise<TrainingBooking> {
  return withIdempotencyKey(`bookTrainingSession:${sessionId}`, (idempotencyKey) =>
    call('bookTrainingSession', { params: { trainingId, sessionId }, idempotencyKey }),
  )
}

export function cancelTrainingBooking(bookingId: string): Promise<TrainingBooking> {
  return withIdempotencyKey(`cancelTrainingBooking:${bookingId}`, (idempotencyKey) =>
    call('cancelTrainingBooking', { params: { bookingId }, idempotencyKey }),
  )
}

export function myTrainings(): Promise<MyTrainingsResponse> {
  return call('myTrainings')
}

export function trainingRecommendations(): Promise<TrainingRecommendations> {
  return call('trainingRecommendations')
}

/** Open one training's detail page. */
export function openTraining(training: Pick<TrainingSummary, 'id'>): void {
  const url = `${PAGES.trainingDetail}?id=${encodeURIComponent(training.id)}`
  if (Taro.getCurrentPages().length >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}
